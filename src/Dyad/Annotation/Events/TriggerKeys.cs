using System.Buffers;
using System.Collections.Frozen;
using Dyad.Annotation.Entities;
using Dyad.Documents;

namespace Dyad.Annotation.Events;

/// <summary>
/// One key element a trigger rule (<see cref="KeyOf"/>), and a test on a sentence's raw text that rules out every
/// rule at once: most sentences hold none of the key words, so they are never tokenized. Exact: a sentence it passes
/// over holds no trigger match.
/// </summary>
/// <remarks>
/// A trigger word matches a token that is no mention. Such a token starts where a run of letters and digits starts
/// (the tokenizer cuts words only at other characters, or at a mention's edge), so its first run is a whole run
/// of the text, and it is enough to look each key word's first run up among the text's runs. Mentions whose edge
/// falls inside a run, characters outside ASCII that lower-case into it, and mentions a key slot accepts make the
/// test give up and say yes.
/// </remarks>
internal sealed class TriggerKeys
{
    /// <summary>Non-ASCII characters that lower-case to ASCII (the Kelvin sign is a 'k'): where one stands, a case-blind search could miss a key.</summary>
    private static readonly SearchValues<char> AsciiLookalikes = SearchValues.Create(
        Enumerable.Range(0x80, char.MaxValue - 0x7F).Select(c => (char)c).Where(c => char.ToLowerInvariant(c) <= 0x7F).ToArray());

    private readonly bool _searchable;
    private readonly int _shortest, _longest;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _runs;
    private readonly string[] _prefixRuns;
    private readonly MentionKind _slotKinds;

    public TriggerKeys(TriggerTable table, EventLexicon lexicon)
    {
        var functionWords = lexicon.WordLists.SelectMany(list => list).ToHashSet(StringComparer.Ordinal);
        var runs = new HashSet<string>(StringComparer.Ordinal);
        var prefixRuns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in table.Rules)
        {
            switch (rule.Elements[KeyOf(rule, functionWords)])
            {
                case WordChoice key:
                    runs.UnionWith(key.Words.Select(FirstRun));
                    prefixRuns.UnionWith(key.Prefixes.Select(FirstRun));
                    break;
                case SlotElement slot:
                    _slotKinds |= TriggerTable.KindsFor(slot.Slot);
                    break;
            }
        }
        _runs = runs.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixRuns = [.. prefixRuns];
        // A key that does not start with a run of ASCII letters or digits cannot be looked up so: then every sentence is read.
        _searchable = runs.Concat(prefixRuns).All(run => run.Length > 0 && run.All(char.IsAscii));
        _shortest = runs.Concat(prefixRuns).Min(run => run.Length);
        _longest = runs.Concat(prefixRuns).Max(run => run.Length);
    }

    /// <summary>
    /// The element every match of the rule passes through that is likeliest rare in text: a word choice without small
    /// words ('with', 'the'), the one whose shortest word is longest (the later one on a tie: 'state|official visit' keys
    /// on 'visit'); else the first slot of a rule made only of slots.
    /// </summary>
    private static int KeyOf(TriggerRule rule, HashSet<string> functionWords)
    {
        var key = -1;
        var best = (Plain: false, Length: 0);
        for (var e = 0; e < rule.Elements.Length; e++)
        {
            if (rule.Elements[e] is not WordChoice choice) continue;
            var rank = (Plain: !choice.Words.Any(functionWords.Contains), Length: choice.Words.Concat(choice.Prefixes).Min(w => w.Length));
            if (key >= 0 && (rank.Plain != best.Plain ? !rank.Plain : rank.Length < best.Length)) continue;
            key = e;
            best = rank;
        }
        return key >= 0 ? key : Array.FindIndex(rule.Elements, e => e is SlotElement);
    }

    /// <summary>False when no trigger rule can match in the sentence; true when one may.</summary>
    /// <param name="mentions">The entity mentions inside the sentence, as <see cref="ClauseText.Read"/> gets them.</param>
    public bool MayOccurIn(string text, TextSpan sentence, IReadOnlyList<(Entity Entity, EntityMention Mention)> mentions)
    {
        if (!_searchable) return true;
        foreach (var (entity, mention) in mentions)
            if ((MentionRef.KindOf(entity, mention.Text) & _slotKinds) != 0
                || InsideRun(text, mention.Span.Start) || InsideRun(text, mention.Span.End)) return true;

        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (words.ContainsAny(AsciiLookalikes)) return true;
        Span<char> lower = stackalloc char[_longest];
        for (var at = 0; at < words.Length;)
        {
            if (!char.IsLetterOrDigit(words[at])) { at++; continue; }
            var start = at;
            while (at < words.Length && char.IsLetterOrDigit(words[at])) at++;
            var run = words[start..at];
            if (run.Length < _shortest) continue;
            if (run.Length > _longest) run = run[.._longest]; // still long enough to start with a prefix
            var length = run.ToLowerInvariant(lower);
            if (_runs.Contains(lower[..length])) return true;
            foreach (var prefix in _prefixRuns)
                if (lower[..length].StartsWith(prefix, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when the offset falls between two letters or digits: a mention edge there cuts a word into tokens.</summary>
    private static bool InsideRun(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsLetterOrDigit(text[offset - 1]) && char.IsLetterOrDigit(text[offset]);

    private static string FirstRun(string word)
    {
        var end = 0;
        while (end < word.Length && char.IsLetterOrDigit(word[end])) end++;
        return word[..end];
    }
}
