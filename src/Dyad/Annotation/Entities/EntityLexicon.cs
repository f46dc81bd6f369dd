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

        Titles = new PhraseTable(Read("titles.txt"));
        TitleModifiers = new PhraseTable(Read("title-modifiers.txt"));
        PersonRoles = new WordSet(Read("person-roles.txt").Select(e => e.Entry));
        SpeechVerbs = new WordSet(Read("speech-verbs.txt").Select(e => e.Entry));
        NameParticles = new WordSet(Read("name-particles.txt").Select(e => e.Entry));
        FunctionWords = new WordSet(Read("function-words.txt").Select(e => e.Entry));
        InstitutionWords = new WordSet(Read("institution-words.txt").Select(e => e.Entry));
        GenericBodyWords = new WordSet(Read("generic-body-words.txt").Select(e => e.Entry));
        CalendarWords = new WordSet(TimeLexicon.FullMonthNames.Concat(TimeLexicon.Weekdays.Keys));

        var cues = Read("place-cues.txt").Select(e => e.Entry).ToList();
        PlaceCuesBefore = new PhraseTable(cues.Where(c => c.EndsWith(" _", StringComparison.Ordinal)).Select(c => (c[..^2], "")));
        PlaceCuesAfter = new PhraseTable(cues.Where(c => c.StartsWith("_ ", StringComparison.Ordinal)).Select(c => (c[2..], "")));

        _bodyHeads = Read("body-heads.txt").ToFrozenDictionary(e => e.Entry, e => ParseType(e.Tag), StringComparer.OrdinalIgnoreCase);
        _bodyHeadLookup = _bodyHeads.GetAlternateLookup<ReadOnlySpan<char>>();

        // Unions of the lists above, so the name rules ask once where they would ask each list in turn.
        TitleStarts = new WordSet(Titles.FirstWords.Concat(TitleModifiers.FirstWords).Concat(Read("person-roles.txt").Select(e => e.Entry)));
        var neverInNames = new[] { "function-words.txt", "institution-words.txt", "person-roles.txt" }.SelectMany(f => Read(f).Select(e => e.Entry))
            .Concat(TimeLexicon.FullMonthNames).Concat(TimeLexicon.Weekdays.Keys)
            .Concat(Titles.SingleWords).Concat(TitleModifiers.SingleWords).Concat(_bodyHeads.Keys).ToList();
        NeverInNames = new WordSet(neverInNames);

        Classes = new WordClassTable(
            Classify(Titles.FirstWords, WordClass.TitleFirstWord)
            .Concat(Classify(TitleModifiers.FirstWords, WordClass.ModifierFirstWord))
            .Concat(Classify(Titles.SingleWords, WordClass.TitleWord))
            .Concat(Classify(Read("person-roles.txt").Select(e => e.Entry), WordClass.PersonRole))
            .Concat(Classify(Read("speech-verbs.txt").Select(e => e.Entry), WordClass.SpeechVerb))
            .Concat(Classify(Read("name-particles.txt").Select(e => e.Entry), WordClass.NameParticle))
            .Concat(Classify(Read("function-words.txt").Select(e => e.Entry), WordClass.FunctionWord))
            .Concat(Classify(TimeLexicon.FullMonthNames.Concat(TimeLexicon.Weekdays.Keys), WordClass.CalendarWord))
            .Concat(Classify(Read("generic-body-words.txt").Select(e => e.Entry), WordClass.GenericBodyWord))
            .Concat(_bodyHeads.Select(h => KeyValuePair.Create(h.Key, h.Value == EntityType.Program ? WordClass.ProgramHead : WordClass.OrgHead)))
            .Concat(Classify(neverInNames, WordClass.NeverInNames)));

        var notDesignations = Read("non-designations.txt").Select(e => e.Entry).ToList();
        NonDesignationPrefixes = new WordSet(Field(notDesignations, "prefix:"));
        NonDesignationNextWords = new WordSet(Field(notDesignations, "next:"));
    }

    public static EntityLexicon Default => LazyDefault.Value;

    /// <summary>Titles, ranks and offices; tag "surname" where a surname alone may follow.</summary>
    public PhraseTable Titles { get; }

    /// <summary>Words that qualify a title before it ("Deputy", "Defence", "Special").</summary>
    public PhraseTable TitleModifiers { get; }

    /// <summary>Nouns that say a person is meant ("analyst", "professor", "spokesman").</summary>
    public WordSet PersonRoles { get; }

    public WordSet SpeechVerbs { get; }

    /// <summary>Lower-case words inside personal names ("ul", "bin", "von").</summary>
    public WordSet NameParticles { get; }

    /// <summary>Determiners, pronouns, conjunctions, prepositions and sentence adverbs.</summary>
    public WordSet FunctionWords { get; }

    /// <summary>Words of institutions, places and documents: never in a personal name.</summary>
    public WordSet InstitutionWords { get; }

    /// <summary>Words that describe a kind of body ("Joint", "Working", "Standing"): not enough to name one.</summary>
    public WordSet GenericBodyWords { get; }

    /// <summary>Month and weekday names (from the time lexicon): in no name of a person or body.</summary>
    public WordSet CalendarWords { get; }

    /// <summary>The first words of titles and title modifiers, and person roles: a word outside them opens no title.</summary>
    public WordSet TitleStarts { get; }

    /// <summary>
    /// Function, institution and calendar words, one-word titles and title modifiers, person roles and heads of body
    /// names: words that are never part of a personal name.
    /// </summary>
    public WordSet NeverInNames { get; }

    /// <summary>Every word above with its classes, for the tokenizer to tag each word once.</summary>
    public WordClassTable Classes { get; }

    /// <summary>Words before a capital that make it a place ("in", "visited").</summary>
    public PhraseTable PlaceCuesBefore { get; }

    /// <summary>Words after a capital that make it a place ("hosted").</summary>
    public PhraseTable PlaceCuesAfter { get; }

    public WordSet NonDesignationPrefixes { get; }

    public WordSet NonDesignationNextWords { get; }

    /// <summary>The type a head word gives a body name ("Institute" → ORG, "Programme" → PROGRAM), if it is one.</summary>
    public bool TryGetBodyHead(ReadOnlySpan<char> word, out EntityType type) => _bodyHeadLookup.TryGetValue(word, out type);

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
