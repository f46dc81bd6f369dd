using System.Collections.Frozen;

namespace Dyad.Annotation.Events;

/// <summary>What a word is to event reading before any rule runs: it opens a clause, it can begin a trigger rule or a status cue.</summary>
[Flags]
internal enum WordRoles : byte
{
    None = 0,
    ClauseOpener = 1,
    /// <summary>The first word of a trigger rule (a whole word: rules that begin with a prefix or a slot are tried everywhere).</summary>
    TriggerStart = 2,
    CueStart = 4,
}

/// <summary>
/// Every word the event tables spell out, lower case, with its <see cref="WordRoles"/>: one lookup a token tells
/// the tokenizer what later passes would otherwise look up again, and gives known words one shared string.
/// </summary>
internal sealed class EventVocabulary
{
    private readonly FrozenDictionary<string, (string Word, WordRoles Roles)>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public EventVocabulary(EventLexicon lexicon, TriggerTable triggers, StatusCueTable cues)
    {
        var words = new Dictionary<string, WordRoles>(StringComparer.Ordinal);
        void Add(IEnumerable<string> list, WordRoles roles)
        {
            foreach (var word in list) words[word] = words.GetValueOrDefault(word) | roles;
        }

        Add(lexicon.ClauseOpeners, WordRoles.ClauseOpener);
        foreach (var rule in triggers.Rules)
            for (var e = 0; e < rule.Elements.Length; e++)
                if (rule.Elements[e] is WordChoice choice) Add(choice.Words, e == 0 ? WordRoles.TriggerStart : WordRoles.None);
        foreach (var cue in cues.Cues)
        {
            Add(cue.Words[..1], WordRoles.CueStart);
            Add(cue.Words, WordRoles.None);
        }
        // The small words the argument and status readers compare tokens with: shared strings, no role.
        foreach (var set in lexicon.WordLists) Add(set, WordRoles.None);
        _lookup = words.ToFrozenDictionary(p => p.Key, p => (p.Key, p.Value), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static EventVocabulary Default { get; } =
        new(EventLexicon.Default, TriggerTable.Default, StatusCueTable.Default);

    /// <summary>The shared string and roles of a lower-case word; a new string and no roles for a word the tables do not spell.</summary>
    public (string Word, WordRoles Roles) Find(ReadOnlySpan<char> lower) =>
        _lookup.TryGetValue(lower, out var known) ? known : (new string(lower), WordRoles.None);
}
