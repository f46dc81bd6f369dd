using System.Collections.Frozen;
using Dyad.Annotation.Time;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>A set of single words, matched case-insensitively without allocating.</summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words) =>
        _lookup = words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}

/// <summary>
/// The word lists the entity rules are written over, read from the data files beside this class
/// (embedded as Dyad.Annotation.Entities.Data.*.txt): titles, title modifiers, person roles, speech
/// verbs, name particles, function and institution words, heads of body names, place cues and forms
/// that are not equipment. One line an entry; '#' starts a comment; "entry | tag" where a tag is used.
/// </summary>
internal sealed class EntityLexicon
{
    private const string ResourcePrefix = "Dyad.Annotation.Entities.Data.";

    private static readonly Lazy<EntityLexicon> LazyDefault = new(() => new EntityLexicon(ReadResource), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly FrozenDictionary<string, EntityType> _bodyHeads;
    private readonly FrozenDictionary<string, EntityType>.AlternateLookup<ReadOnlySpan<char>> _bodyHeadLookup;

    /// <summary>Builds the lexicon from files read by name ("titles.txt" …): the shipped ones by default.</summary>
    public EntityLexicon(Func<string, IEnumerable<string>> readFile)
    {
        List<(string Entry, string Tag)> Read(string file) => readFile(file).Select(ParseLine).Where(e => e.Entry.Length > 0).ToList();
        List<string> Words(string file) => Read(file).Select(e => e.Entry).ToList();

        Titles = new PhraseTable(Read("titles.txt"));
        TitleModifiers = new PhraseTable(Read("title-modifiers.txt"));
        NameParticles = new WordSet(Words("name-particles.txt"));

        var cues = Words("place-cues.txt");
        PlaceCuesBefore = new PhraseTable(cues.Where(c => c.EndsWith(" _", StringComparison.Ordinal)).Select(c => (c[..^2], "")));
        PlaceCuesAfter = new PhraseTable(cues.Where(c => c.StartsWith("_ ", StringComparison.Ordinal)).Select(c => (c[2..], "")));

        _bodyHeads = Read("body-heads.txt").ToFrozenDictionary(e => e.Entry, e => ParseType(e.Tag), StringComparer.OrdinalIgnoreCase);
        _bodyHeadLookup = _bodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        var calendarWords = TimeLexicon.FullMonthNames.Concat(TimeLexicon.Weekdays.Keys).ToList();
        var personRoles = Words("person-roles.txt");
        var functionWords = Words("function-words.txt");
        // Words that are never part of a personal name: a union of the lists, so the name rules ask once.
        var neverInNames = functionWords.Concat(Words("institution-words.txt")).Concat(personRoles).Concat(calendarWords)
            .Concat(Titles.SingleWords).Concat(TitleModifiers.SingleWords).Concat(_bodyHeads.Keys);
        Classes = new FoldedWordTable<WordClass>(Merged(
            Classify(Titles.FirstWords, WordClass.TitleFirstWord)
            .Concat(Classify(TitleModifiers.FirstWords, WordClass.ModifierFirstWord))
            .Concat(Classify(Titles.SingleWords, WordClass.TitleWord))
            .Concat(Classify(personRoles, WordClass.PersonRole))
            .Concat(Classify(Words("speech-verbs.txt"), WordClass.SpeechVerb))
            .Concat(Classify(Words("name-particles.txt"), WordClass.NameParticle))
            .Concat(Classify(functionWords, WordClass.FunctionWord))
            .Concat(Classify(calendarWords, WordClass.CalendarWord))
            .Concat(Classify(Words("generic-body-words.txt"), WordClass.GenericBodyWord))
            .Concat(_bodyHeads.Select(h => KeyValuePair.Create(h.Key, h.Value == EntityType.Program ? WordClass.ProgramHead : WordClass.OrgHead)))
            .Concat(Classify(neverInNames, WordClass.NeverInNames))));

        var notDesignations = Words("non-designations.txt");
        NonDesignationPrefixes = new WordSet(Field(notDesignations, "prefix:"));
        NonDesignationNextWords = new WordSet(Field(notDesignations, "next:"));
    }

    public static EntityLexicon Default => LazyDefault.Value;

    /// <summary>Titles, ranks and offices; tag "surname" where a surname alone may follow.</summary>
    public PhraseTable Titles { get; }

    /// <summary>Words that qualify a title before it ("Deputy", "Defence", "Special").</summary>
    public PhraseTable TitleModifiers { get; }

    /// <summary>Lower-case words inside personal names ("ul", "bin", "von").</summary>
    public WordSet NameParticles { get; }

    /// <summary>
    /// The words of all the lists with their classes (see <see cref="WordClass"/>), for the tokenizer to tag each word once:
    /// first words of titles and modifiers, one-word titles, person roles, speech verbs, particles, function, calendar and
    /// generic body words, heads of body names, and the words never part of a personal name.
    /// </summary>
    public FoldedWordTable<WordClass> Classes { get; }

    /// <summary>Words before a capital that make it a place ("in", "visited").</summary>
    public PhraseTable PlaceCuesBefore { get; }

    /// <summary>Words after a capital that make it a place ("hosted").</summary>
    public PhraseTable PlaceCuesAfter { get; }

    public WordSet NonDesignationPrefixes { get; }

    public WordSet NonDesignationNextWords { get; }

    /// <summary>The type a head word gives a body name ("Institute" → ORG, "Programme" → PROGRAM), if it is one.</summary>
    public bool TryGetBodyHead(ReadOnlySpan<char> word, out EntityType type) => _bodyHeadLookup.TryGetValue(word, out type);

    /// <summary>One entry a word (case ignored), with the classes of every list it is in.</summary>
    private static Dictionary<string, WordClass> Merged(IEnumerable<KeyValuePair<string, WordClass>> classified)
    {
        var merged = new Dictionary<string, WordClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (word, wordClass) in classified)
            merged[word] = merged.GetValueOrDefault(word) | wordClass;
        return merged;
    }

    private static IEnumerable<KeyValuePair<string, WordClass>> Classify(IEnumerable<string> words, WordClass wordClass) =>
        words.Select(w => KeyValuePair.Create(w, wordClass));

    private static IEnumerable<string> Field(List<string> lines, string prefix) =>
        lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..].Trim());

    private static (string Entry, string Tag) ParseLine(string line)
    {
        var hash = line.IndexOf('#');
        if (hash >= 0) line = line[..hash];
        var bar = line.IndexOf('|');
        return bar < 0 ? (line.Trim(), "") : (line[..bar].Trim(), line[(bar + 1)..].Trim());
    }

    private static EntityType ParseType(string tag) => tag switch
    {
        "ORG" => EntityType.Org,
        "PROGRAM" => EntityType.Program,
        _ => throw new FormatException($"body-heads.txt: '{tag}' is not ORG or PROGRAM"),
    };

    private static IEnumerable<string> ReadResource(string file)
    {
        var assembly = typeof(EntityLexicon).Assembly;
        using var stream = assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"entity data file '{file}' is not embedded in {assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line) lines.Add(line);
        return lines;
    }
}
