using System.Collections.Frozen;
using Dyad.Annotation.Time;
using YamlDotNet.RepresentationModel;

namespace Dyad.Annotation.Events;

/// <summary>A country's role in a directed event as a preposition gives it; Agent is the doer, whose side the trigger rule says.</summary>
internal enum PrepositionRole { Source, Target, Agent }

/// <summary>The small words event reading leans on (Data/event-lexicon.yaml): clause openers, pair phrases, prepositions, actor kinds.</summary>
internal sealed class EventLexicon
{
    private EventLexicon(Raw raw)
    {
        ClauseOpeners = Set(raw.ClauseOpeners);
        PairPhrases = new WordPhrases(raw.PairPhrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).OrderByDescending(p => p.Length));
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
        Hedges = new WordPhrases(raw.Hedges.Select(h => h.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
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
    public WordPhrases PairPhrases { get; }
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
    public WordPhrases Hedges { get; }
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
        var raw = Raw.Read(reader);
        var lexicon = new EventLexicon(raw);
        raw.ThrowOnUnread();
        return lexicon;
    }

    /// <summary>
    /// The file's shape, read from its YAML nodes (no reflection, so NativeAOT keeps it whole). Every list is required
    /// and every key must be read, so a misspelt key fails loudly at load.
    /// </summary>
    private sealed class Raw
    {
        private readonly Dictionary<string, YamlNode> _keys = new(StringComparer.Ordinal);
        private readonly HashSet<string> _read = new(StringComparer.Ordinal);

        public static Raw Read(TextReader reader)
        {
            var yaml = new YamlStream();
            yaml.Load(reader);
            var raw = new Raw();
            if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root) throw Error("the file must be a mapping of word lists");
            foreach (var (key, value) in root.Children) raw._keys[Text(key)] = value;
            return raw;
        }

        public List<string> ClauseOpeners => Words("clause_openers");
        public List<string> PairPhrases => Words("pair_phrases");
        public List<string> AnaphoricDeterminers => Words("anaphoric_determiners");
        public List<string> SpecificDeterminers => Words("specific_determiners");
        public List<string> PronounSubjects => Words("pronoun_subjects");
        public List<string> Copulas => Words("copulas");
        public List<string> VerbMarkers => Words("verb_markers");
        public List<string> PerfectAuxiliaries => Words("perfect_auxiliaries");
        public List<string> PassiveAuxiliaries => Words("passive_auxiliaries");
        public List<string> ProgressivePresent => Words("progressive_present");
        public List<string> TopicPrepositions => Words("topic_prepositions");
        public List<string> LocativePrepositions => Words("locative_prepositions");
        public List<string> PlainPrepositions => Words("plain_prepositions");
        public List<string> MakerSuffixes => Words("maker_suffixes");
        public List<string> CurrencyWords => Words("currency_words");
        public List<string> NonEventDateOpeners => Words("non_event_date_openers");
        public Dictionary<string, Dictionary<string, string>> RolePrepositions =>
            Mapping(Key("role_prepositions"), "role_prepositions", (node, what) => Mapping(node, what, (value, _) => Text(value)));
        public List<string> StateActorKinds => Words("state_actor_kinds");
        public List<string> FirstSessionWords => Words("first_session_words");
        public Dictionary<string, List<string>> SanctionObjects => Mapping(Key("sanction_objects"), "sanction_objects", List);
        public List<string> Hedges => Words("hedges");
        public List<string> ContentLinks => Words("content_links");

        public void ThrowOnUnread()
        {
            if (_keys.Keys.FirstOrDefault(k => !_read.Contains(k)) is { } unknown) throw Error($"unknown key '{unknown}'");
        }

        private YamlNode Key(string key)
        {
            _read.Add(key);
            return _keys.TryGetValue(key, out var node) ? node : throw Error($"missing key '{key}'");
        }

        private List<string> Words(string key) => List(Key(key), key);

        private static List<string> List(YamlNode node, string what) =>
            node is YamlSequenceNode list ? list.Children.Select(Text).ToList() : throw Error($"'{what}' must be a list");

        private static Dictionary<string, T> Mapping<T>(YamlNode node, string what, Func<YamlNode, string, T> read) =>
            node is YamlMappingNode map
                ? map.Children.ToDictionary(p => Text(p.Key), p => read(p.Value, $"{what}.{Text(p.Key)}"))
                : throw Error($"'{what}' must be a mapping");

        private static string Text(YamlNode node) =>
            node is YamlScalarNode { Value: { } value } ? value : throw Error($"line {node.Start.Line}: expected a word, not a list or mapping");

        private static FormatException Error(string reason) => new($"event-lexicon.yaml: {reason}");
    }
}
