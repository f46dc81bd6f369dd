using System.Globalization;

namespace Dyad.Annotation.Events;

/// <summary>What an entity slot of a trigger pattern accepts.</summary>
internal enum Slot { Country, Place, Person, Body, Exercise, Program, Equipment, Location }

/// <summary>One element of a trigger pattern: a word choice, a gap, or an entity slot.</summary>
internal abstract record PatternElement;

/// <summary>Any of the listed words, whole (<c>visit</c>) or by prefix (<c>host*</c>); ^ before them marks the head.</summary>
internal sealed record WordChoice(string[] Words, string[] Prefixes, bool IsHead) : PatternElement
{
    public bool Accepts(string word)
    {
        foreach (var w in Words)
            if (string.Equals(w, word, StringComparison.Ordinal)) return true;
        foreach (var p in Prefixes)
            if (word.StartsWith(p, StringComparison.Ordinal)) return true;
        return false;
    }
}

/// <summary>Up to <see cref="Max"/> words between two elements.</summary>
internal sealed record Gap(int Max) : PatternElement;

internal sealed record SlotElement(Slot Slot) : PatternElement;

/// <summary>The part of speech a trigger's head word plays: a noun may be plural and generic; a verb's subject is its agent.</summary>
internal enum TriggerForm { Verb, Noun }

/// <summary>
/// One trigger rule of Data/triggers.tsv: a pattern and the event type it signals, with how strong the
/// words are alone, which side the doer is on in a directed event, and the arguments the clause must hold.
/// </summary>
internal sealed record TriggerRule(
    int Line,
    string Pattern,
    PatternElement[] Elements,
    EventType Type,
    TriggerForm Form,
    double Strength,
    PrepositionRole? Agent,
    Slot[] Requires)
{
    /// <summary>
    /// Which word of the pattern is the head (its number says plural, its ending -ing or -ed): the one
    /// marked ^, else the first word of a verb rule and the last of a noun rule.
    /// </summary>
    public int HeadWord { get; } = HeadOf(Elements, Form);

    private static int HeadOf(PatternElement[] elements, TriggerForm form)
    {
        var words = 0;
        foreach (var e in elements)
            if (e is WordChoice w)
            {
                if (w.IsHead) return words;
                words++;
            }
        return form == TriggerForm.Verb ? 0 : words - 1;
    }

    /// <summary>How specific the rule is: slots and required arguments count most, then words.</summary>
    public int Specificity { get; } = (Elements.Count(e => e is SlotElement) + Requires.Length) * 100 + Elements.Count(e => e is WordChoice);
}

/// <summary>The trigger rules shipped in Data/triggers.tsv.</summary>
internal sealed class TriggerTable
{
    public const int GapWords = 4;

    private TriggerTable(List<TriggerRule> rules) => Rules = rules;

    public static TriggerTable Default { get; } = Load();

    public IReadOnlyList<TriggerRule> Rules { get; }

    private static TriggerTable Load()
    {
        const string file = "triggers.tsv";
        using var reader = EventDataFiles.Open(file);
        var rules = new List<TriggerRule>();
        foreach (var (line, cells) in EventDataFiles.ReadTable(reader))
        {
            if (cells.Length < 6) throw EventDataFiles.Error(file, line, "expected 6 tab-separated columns: pattern, type, form, strength, agent, requires");
            if (!EventTypeNames.TryParse(cells[1], out var type)) throw EventDataFiles.Error(file, line, $"unknown event type '{cells[1]}'");
            var form = cells[2] switch
            {
                "verb" => TriggerForm.Verb,
                "noun" => TriggerForm.Noun,
                _ => throw EventDataFiles.Error(file, line, $"form '{cells[2]}' is not verb or noun"),
            };
            if (!double.TryParse(cells[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var strength) || strength is <= 0 or > 1)
                throw EventDataFiles.Error(file, line, $"strength '{cells[3]}' is not a number in (0, 1]");
            PrepositionRole? agent = cells[4] switch
            {
                "source" => PrepositionRole.Source,
                "target" => PrepositionRole.Target,
                "-" => null,
                _ => throw EventDataFiles.Error(file, line, $"agent '{cells[4]}' is not source, target or -"),
            };
            var requires = cells[5] == "-" ? [] : cells[5].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(s => ParseSlot(s, file, line)).ToArray();
            rules.Add(new TriggerRule(line, cells[0], ParsePattern(cells[0], file, line), type, form, strength, agent, requires));
        }
        return new TriggerTable(rules);
    }

    private static PatternElement[] ParsePattern(string pattern, string file, int line)
    {
        var elements = new List<PatternElement>();
        foreach (var part in pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part is "…" or "...") elements.Add(new Gap(GapWords));
            else if (part.StartsWith('<') && part.EndsWith('>')) elements.Add(new SlotElement(ParseSlot(part[1..^1], file, line)));
            else
            {
                var isHead = part.StartsWith('^');
                var alternatives = part.TrimStart('^').ToLowerInvariant().Split('|', StringSplitOptions.RemoveEmptyEntries);
                elements.Add(new WordChoice(
                    alternatives.Where(a => !a.EndsWith('*')).ToArray(),
                    alternatives.Where(a => a.EndsWith('*')).Select(a => a[..^1]).ToArray(),
                    isHead));
            }
        }
        if (elements.Count == 0 || elements[0] is Gap || elements[^1] is Gap)
            throw EventDataFiles.Error(file, line, $"pattern '{pattern}' must start and end with a word or a slot");
        return elements.ToArray();
    }

    private static Slot ParseSlot(string name, string file, int line) => name switch
    {
        "COUNTRY" => Slot.Country,
        "PLACE" => Slot.Place,
        "PERSON" => Slot.Person,
        "BODY" => Slot.Body,
        "EXERCISE" => Slot.Exercise,
        "PROGRAM" => Slot.Program,
        "EQUIPMENT" => Slot.Equipment,
        "LOCATION" => Slot.Location,
        _ => throw EventDataFiles.Error(file, line, $"unknown slot '{name}'"),
    };

    public static MentionKind KindsFor(Slot slot) => slot switch
    {
        Slot.Country => MentionKind.Country,
        Slot.Place => MentionKind.Country | MentionKind.Location,
        Slot.Person => MentionKind.Person,
        Slot.Body => MentionKind.Body,
        Slot.Exercise => MentionKind.Exercise,
        Slot.Program => MentionKind.Program,
        Slot.Equipment => MentionKind.Equipment,
        _ => MentionKind.Location,
    };
}
