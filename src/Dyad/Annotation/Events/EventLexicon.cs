using System.Collections.Frozen;
using Dyad.Annotation.Time;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Dyad.Annotation.Events;

/// <summary>A country's role in a directed event as a preposition gives it; Agent is the doer, whose side the trigger rule says.</summary>
internal enum PrepositionRole { Source, Target, Agent }

/// <summary>The small words event reading leans on (Data/event-lexicon.yaml): clause openers, pair phrases, prepositions, actor kinds.</summary>
internal sealed class EventLexicon
{
    private EventLexicon(Raw raw)
    {
        ClauseOpeners = Set(raw.ClauseOpeners);
        PairPhrases = raw.PairPhrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length).ToArray();
        AnaphoricDeterminers = Set(raw.AnaphoricDeterminers);
        SpecificDeterminers = Set(raw.SpecificDeterminers);
        PronounSubjects = Set(raw.PronounSubjects);
        Copulas = Set(raw.Copulas);
        VerbMarkers = Set(raw.VerbMarkers);
        PerfectAuxiliaries = Set(raw.PerfectAuxiliaries);
        PassiveAuxiliaries = Set(raw.PassiveAuxiliaries);
        ProgressivePresent = Set(raw.ProgressivePresent);
        TopicPrepositions = Set(raw.TopicPrepositions);
        LocativePrepositions = Set(raw.LocativePrepositions);
        PlainPrepositions = Set(raw.PlainPrepositions);
        MakerSuffixes = raw.MakerSuffixes.ToArray();
        CurrencyWords = Set(raw.CurrencyWords);
        NonEventDateOpeners = Set(raw.NonEventDateOpeners);
        StateActorKinds = Set(raw.StateActorKinds);
        FirstSessionWords = Set(raw.FirstSessionWords);
        Hedges = raw.Hedges.Select(h => h.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        ContentLinks = Set(raw.ContentLinks);
        SanctionObjects = raw.SanctionObjects.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.OrdinalIgnoreCase);
        var roles = new Dictionary<EventType, FrozenDictionary<string, PrepositionRole>>();
        foreach (var (typeName, map) in raw.RolePrepositions)
        {
            if (!EventTypeNames.TryParse(typeName, out var type)) throw new FormatException($"event-lexicon.yaml: unknown event type '{typeName}' in role_prepositions");
            roles[type] = map.ToFrozenDictionary(p => p.Key, p => p.Value switch
            {
                "source" => PrepositionRole.Source,
                "target" => PrepositionRole.Target,
                "agent" => PrepositionRole.Agent,
                _ => throw new FormatException($"event-lexicon.yaml: role '{p.Value}' for '{p.Key}' is not source, target or agent"),
            }, StringComparer.OrdinalIgnoreCase);
        }
        RolePrepositions = roles.ToFrozenDictionary();
    }

    public static EventLexicon Default { get; } = Load();

    public FrozenSet<string> ClauseOpeners { get; }
    /// <summary>Word sequences, longest first.</summary>
    public string[][] PairPhrases { get; }
    public FrozenSet<string> AnaphoricDeterminers { get; }
    public FrozenSet<string> SpecificDeterminers { get; }
    public FrozenSet<string> PronounSubjects { get; }
    public FrozenSet<string> Copulas { get; }
    public FrozenSet<string> VerbMarkers { get; }
    public FrozenSet<string> PerfectAuxiliaries { get; }
    public FrozenSet<string> PassiveAuxiliaries { get; }
    public FrozenSet<string> ProgressivePresent { get; }
    public FrozenSet<string> TopicPrepositions { get; }
    public FrozenSet<string> LocativePrepositions { get; }
    public FrozenSet<string> PlainPrepositions { get; }
    public string[] MakerSuffixes { get; }
    public FrozenSet<string> CurrencyWords { get; }
    public FrozenSet<string> NonEventDateOpeners { get; }
    public FrozenSet<string> StateActorKinds { get; }
    public FrozenSet<string> FirstSessionWords { get; }
    public string[][] Hedges { get; }
    public FrozenSet<string> ContentLinks { get; }
    public FrozenDictionary<string, string[]> SanctionObjects { get; }
    public FrozenDictionary<EventType, FrozenDictionary<string, PrepositionRole>> RolePrepositions { get; }

    /// <summary>Every word list above, and the words of the phrases: what a token may be compared with.</summary>
    public IEnumerable<IEnumerable<string>> WordLists =>
    [
        ClauseOpeners, AnaphoricDeterminers, SpecificDeterminers, PronounSubjects, Copulas, VerbMarkers, PerfectAuxiliaries,
        PassiveAuxiliaries, ProgressivePresent, TopicPrepositions, LocativePrepositions, PlainPrepositions, CurrencyWords,
        NonEventDateOpeners, FirstSessionWords, ContentLinks, .. PairPhrases, .. Hedges,
        .. RolePrepositions.Values.Select(map => map.Keys.Select(k => k.ToLowerInvariant())),
    ];

    /// <summary>The session number an ordinal word gives: "third" 3, "3rd" 3, "inaugural" 1; null for other words.</summary>
    public int? SessionNumber(string word)
    {
        if (FirstSessionWords.Contains(word)) return 1;
        if (TimeLexicon.Ordinals.TryGetValue(word, out var n)) return n;
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits])) digits++;
        return digits > 0 && word.Length == digits + 2 && word.AsSpan(digits) is "st" or "nd" or "rd" or "th"
            && int.TryParse(word.AsSpan(0, digits), out var value) ? value : null;
    }

    private static FrozenSet<string> Set(IEnumerable<string> words) => words.Select(w => w.ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal);

    private static EventLexicon Load()
    {
        using var reader = EventDataFiles.Open("event-lexicon.yaml");
        var raw = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build().Deserialize<Raw>(reader);
        return new EventLexicon(raw);
    }

    /// <summary>The file's shape; every list is required, so a misspelt key fails loudly at load.</summary>
    private sealed class Raw
    {
        public List<string> ClauseOpeners { get; set; } = [];
        public List<string> PairPhrases { get; set; } = [];
        public List<string> AnaphoricDeterminers { get; set; } = [];
        public List<string> SpecificDeterminers { get; set; } = [];
        public List<string> PronounSubjects { get; set; } = [];
        public List<string> Copulas { get; set; } = [];
        public List<string> VerbMarkers { get; set; } = [];
        public List<string> PerfectAuxiliaries { get; set; } = [];
        public List<string> PassiveAuxiliaries { get; set; } = [];
        public List<string> ProgressivePresent { get; set; } = [];
        public List<string> TopicPrepositions { get; set; } = [];
        public List<string> LocativePrepositions { get; set; } = [];
        public List<string> PlainPrepositions { get; set; } = [];
        public List<string> MakerSuffixes { get; set; } = [];
        public List<string> CurrencyWords { get; set; } = [];
        public List<string> NonEventDateOpeners { get; set; } = [];
        public Dictionary<string, Dictionary<string, string>> RolePrepositions { get; set; } = [];
        public List<string> StateActorKinds { get; set; } = [];
        public List<string> FirstSessionWords { get; set; } = [];
        public Dictionary<string, List<string>> SanctionObjects { get; set; } = [];
        public List<string> Hedges { get; set; } = [];
        public List<string> ContentLinks { get; set; } = [];
    }
}
