using System.Buffers;
using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Dyad.Annotation.Entities;
using Dyad.Documents;

namespace Dyad.Annotation.Events;

/// <summary>
/// A test on a sentence's raw text that rules out every trigger rule at once: a rule can match only where each of its
/// words has a run of letters and digits to stand on and each of its slots and required arguments a mention of a kind
/// it takes. Most sentences hold no rule's rarest word (its key, <see cref="KeyOf"/>), and most of the rest lack another
/// of its words, so they are never tokenized. Exact: a sentence it passes over holds no trigger match.
/// </summary>
/// <remarks>
/// A trigger word matches a token that is no mention. Such a token starts where a run of letters and digits starts
/// (the tokenizer cuts words only at other characters, or at a mention's edge), so its first run is a whole run
/// of the text, and it is enough to look each word's first run up among the text's runs. Mentions whose edge
/// falls inside a run and characters outside ASCII that lower-case into it make the test give up and say yes.
/// </remarks>
internal sealed class TriggerKeys
{
    /// <summary>Non-ASCII characters that lower-case to ASCII (the Kelvin sign is a 'k'): where one stands, a case-blind search could miss a word.</summary>
    private static readonly SearchValues<char> AsciiLookalikes = SearchValues.Create(
        Enumerable.Range(0x80, char.MaxValue - 0x7F).Select(c => (char)c).Where(c => char.ToLowerInvariant(c) <= 0x7F).ToArray());

    /// <summary>What one rule needs of a sentence: all its word choices (by number), and a mention kind for each slot and required argument.</summary>
    private sealed record Needs(int[] Choices, MentionKind[] Kinds);

    private readonly bool _searchable;
    private readonly int _choiceCount;

    /// <summary>The first run of each word of the rules, with the word choices (by number) it may satisfy.</summary>
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _choicesByRun;
    private readonly (string Run, int Choice)[] _prefixRuns;

    /// <summary>The runs of the rules' keys, and of all their words: a sentence is scanned for the keys first, for the rest only when one is there.</summary>
    private readonly RunHashes _keyRuns, _allRuns;

    /// <summary>The rules by the number of their key word choice; rules made only of slots apart.</summary>
    private readonly Needs[][] _rulesByKey;
    private readonly Needs[] _slotRules;

    public TriggerKeys(TriggerTable table, EventLexicon lexicon)
    {
        var functionWords = lexicon.WordLists.SelectMany(list => list).ToHashSet(StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal); // one number for word choices spelt alike
        var choicesByRun = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var prefixRuns = new HashSet<(string, int)>();
        var keyRuns = new HashSet<string>(StringComparer.Ordinal);
        var keyPrefixes = new HashSet<string>(StringComparer.Ordinal);
        var rulesByKey = new Dictionary<int, List<Needs>>();
        var slotRules = new List<Needs>();
        foreach (var rule in table.Rules)
        {
            var key = KeyOf(rule, functionWords);
            var keyChoice = -1;
            var choices = new List<int>();
            var kinds = rule.Requires.Select(TriggerTable.KindsFor).ToList();
            for (var e = 0; e < rule.Elements.Length; e++)
            {
                switch (rule.Elements[e])
                {
                    case WordChoice choice:
                        var spelling = string.Join('|', choice.Words) + "|*" + string.Join('|', choice.Prefixes);
                        if (!numbers.TryGetValue(spelling, out var number))
                        {
                            numbers[spelling] = number = numbers.Count;
                            foreach (var word in choice.Words)
                            {
                                var run = FirstRun(word);
                                if (!choicesByRun.TryGetValue(run, out var set)) choicesByRun[run] = set = [];
                                set.Add(number);
                            }
                            foreach (var prefix in choice.Prefixes) prefixRuns.Add((FirstRun(prefix), number));
                        }
                        choices.Add(number);
                        if (e != key) break;
                        keyChoice = number;
                        keyRuns.UnionWith(choice.Words.Select(FirstRun));
                        keyPrefixes.UnionWith(choice.Prefixes.Select(FirstRun));
                        break;
                    case SlotElement slot:
                        kinds.Add(TriggerTable.KindsFor(slot.Slot));
                        break;
                }
            }
            var needs = new Needs([.. choices.Distinct()], [.. kinds.Distinct()]);
            if (keyChoice < 0) slotRules.Add(needs);
            else if (rulesByKey.TryGetValue(keyChoice, out var list)) list.Add(needs);
            else rulesByKey[keyChoice] = [needs];
        }
        _choiceCount = numbers.Count;
        _choicesByRun = choicesByRun.ToFrozenDictionary(p => p.Key, p => p.Value.Order().ToArray(), StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixRuns = [.. prefixRuns];
        _keyRuns = new RunHashes(keyRuns, keyPrefixes);
        _allRuns = new RunHashes(choicesByRun.Keys, [.. prefixRuns.Select(p => p.Item1)]);
        _rulesByKey = new Needs[_choiceCount][];
        for (var c = 0; c < _choiceCount; c++) _rulesByKey[c] = rulesByKey.TryGetValue(c, out var list) ? [.. list] : [];
        _slotRules = [.. slotRules];
        var runs = choicesByRun.Keys.Concat(prefixRuns.Select(p => p.Item1)).ToList();
        // A word that does not start with a run of ASCII letters or digits cannot be looked up so: then every sentence is read.
        _searchable = runs.All(run => run.Length > 0 && run.All(char.IsAscii));
    }

    /// <summary>
    /// The element every match of the rule passes through that is likeliest rare in text: a word choice without small
    /// words ('with', 'the'), the one whose shortest word is longest (the later one on a tie: 'state|official visit' keys
    /// on 'visit'); -1 for a rule made only of slots.
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
        return key;
    }

    /// <summary>False when no trigger rule can match in the sentence; true when one may.</summary>
    /// <param name="mentions">The entity mentions inside the sentence, as <see cref="ClauseText.Read"/> gets them.</param>
    /// <param name="index">The runs of the document's body, hashed as the entity tokenizer read them, when this thread has them.</param>
    public bool MayOccurIn(string text, TextSpan sentence, IReadOnlyList<(Entity Entity, EntityMention Mention)> mentions, WordRunIndex? index = null)
    {
        if (!_searchable) return true;
        var kinds = MentionKind.None;
        for (var m = 0; m < mentions.Count; m++)
        {
            var (entity, mention) = mentions[m];
            if (InsideRun(text, mention.Span.Start) || InsideRun(text, mention.Span.End)) return true;
            kinds |= MentionRef.KindOf(entity, mention.Text);
        }
        foreach (var rule in _slotRules)
            if (HasAll(kinds, rule.Kinds)) return true;

        var words = text.AsSpan(sentence.Start, sentence.Length);
        if (words.ContainsAny(AsciiLookalikes)) return true;
        Span<ulong> present = stackalloc ulong[(_choiceCount + 63) / 64];
        present.Clear();
        if (index is not null && index.TryRunsIn(sentence, out var indexed) && AllAscii(indexed))
        {
            // The runs the entity tokenizer hashed: most sentences hold no key, and are not read again to say so.
            if (!FindChoices(text, indexed, _keyRuns, present)) return false;
            FindChoices(text, indexed, _allRuns, present);
        }
        else
        {
            const int OnStack = 512; // sized to the sentence: the stack is cleared as it is taken
            Span<char> folded = words.Length <= OnStack ? stackalloc char[words.Length + LetterRuns.Padding] : new char[words.Length + LetterRuns.Padding];
            Span<(int Start, int End)> runs = words.Length <= OnStack ? stackalloc (int, int)[words.Length / 2 + 1] : new (int, int)[words.Length / 2 + 1];
            runs = runs[..LetterRuns.Find(words, folded, runs)];
            if (!FindChoices(folded, runs, _keyRuns, present)) return false;
            FindChoices(folded, runs, _allRuns, present);
        }
        for (var block = 0; block < present.Length; block++)
            for (var bits = present[block]; bits != 0; bits &= bits - 1)
                foreach (var rule in _rulesByKey[block * 64 + BitOperations.TrailingZeroCount(bits)])
                    if (HasAll(present, rule.Choices) && HasAll(kinds, rule.Kinds)) return true;
        return false;
    }

    private static bool AllAscii(ReadOnlySpan<WordRunIndex.Run> runs)
    {
        foreach (var run in runs)
            if (!run.Ascii) return false;
        return true;
    }

    /// <summary>
    /// <see cref="FindChoices(ReadOnlySpan{char}, ReadOnlySpan{ValueTuple{int, int}}, RunHashes, Span{ulong})"/> over ASCII runs
    /// of <paramref name="text"/> with their hashes: a run, or its start, is lower-cased only to be looked up when its hash is in the set.
    /// </summary>
    private bool FindChoices(string text, ReadOnlySpan<WordRunIndex.Run> runs, RunHashes hashes, Span<ulong> present)
    {
        var found = false;
        var prefixes = hashes.PrefixLengths.Length > 0; // the keys have none: their pass reads only the hashes
        Span<char> buffer = stackalloc char[32];
        foreach (var run in runs)
        {
            if (hashes.MayHoldHash(run.Hash)) found |= AddChoices(Lowered(text.AsSpan(run.Start, run.End - run.Start), buffer), present);
            if (!prefixes || !hashes.MayStartPrefix((char)(text[run.Start] | 0x20))) continue;
            foreach (var length in hashes.PrefixLengths)
                if (length <= run.End - run.Start && hashes.MayHoldPrefixHash(WordHash.OfLowered(text, run.Start, run.Start + length)))
                    found |= AddPrefixChoices(Lowered(text.AsSpan(run.Start, length), buffer), present);
        }
        return found;
    }

    /// <summary>An ASCII word lower-cased, as <see cref="LetterRuns"/> folds it, in <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lowered(ReadOnlySpan<char> word, Span<char> buffer)
    {
        var lowered = word.Length <= buffer.Length ? buffer[..word.Length] : new char[word.Length];
        Ascii.ToLower(word, lowered, out _);
        return lowered;
    }

    /// <summary>Sets the bit of each word choice a run may satisfy, looking up only runs <paramref name="hashes"/> may hold; true when one was set.</summary>
    private bool FindChoices(ReadOnlySpan<char> folded, ReadOnlySpan<(int Start, int End)> runs, RunHashes hashes, Span<ulong> present)
    {
        var found = false;
        foreach (var (start, end) in runs)
        {
            if (hashes.MayHoldRun(folded, start, end - start)) found |= AddChoices(folded[start..end], present);
            if (!hashes.MayStartPrefix(folded[start])) continue;
            foreach (var length in hashes.PrefixLengths)
                if (length <= end - start && hashes.MayHoldPrefix(folded, start, length)) found |= AddPrefixChoices(folded.Slice(start, length), present);
        }
        return found;
    }

    /// <summary>
    /// Sets the bits of the word choices whose words the run (its ASCII letters lower-cased) may be the first run of. The
    /// rules' runs are ASCII and lower-case, and no character outside ASCII of the sentence lower-cases into ASCII (else
    /// the sentence is not searched): a run lower-cased in full is one of them exactly when the folded run is.
    /// </summary>
    private bool AddChoices(ReadOnlySpan<char> run, Span<ulong> present)
    {
        if (!_choicesByRun.TryGetValue(run, out var choices)) return false;
        foreach (var choice in choices) present[choice >> 6] |= 1UL << choice;
        return true;
    }

    /// <summary>Sets the bits of the word choices with a prefix whose first run the start of a run (ASCII letters lower-cased, as in <see cref="AddChoices"/>) is.</summary>
    private bool AddPrefixChoices(ReadOnlySpan<char> start, Span<ulong> present)
    {
        var found = false;
        foreach (var (prefix, choice) in _prefixRuns)
            if (start.SequenceEqual(prefix))
            {
                present[choice >> 6] |= 1UL << choice;
                found = true;
            }
        return found;
    }

    private static bool HasAll(ReadOnlySpan<ulong> present, int[] choices)
    {
        foreach (var choice in choices)
            if ((present[choice >> 6] & (1UL << choice)) == 0) return false;
        return true;
    }

    /// <summary>True when the sentence's mentions hold a kind each slot or required argument takes.</summary>
    private static bool HasAll(MentionKind kinds, MentionKind[] needed)
    {
        foreach (var kind in needed)
            if ((kinds & kind) == 0) return false;
        return true;
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

    /// <summary>
    /// A bit for each <see cref="LetterRuns.Hash"/> of a set of runs, and of the rules' prefixes (Bloom filters of one hash):
    /// nearly every run of a sentence is in no set, and a bit test says so before a dictionary lookup would. Before the
    /// hash, a table by a run's first two characters says which lengths the set's runs with them have: most runs of a
    /// text ('the', 'said') are ruled out by one load, with no hash to compute.
    /// </summary>
    private sealed class RunHashes
    {
        private const int Bits = 1 << 16;
        private readonly ulong[] _runs = new ulong[Bits / 64];
        private readonly ulong[] _prefixes = new ulong[Bits / 64];
        private readonly bool[] _prefixStarts = new bool[128];
        private readonly RunShapes _shapes;

        public RunHashes(IReadOnlyCollection<string> runs, IReadOnlyCollection<string> prefixes)
        {
            foreach (var run in runs) Set(_runs, LetterRuns.Hash(run));
            foreach (var prefix in prefixes)
            {
                Set(_prefixes, LetterRuns.Hash(prefix));
                if (prefix.Length > 0 && prefix[0] < 128) _prefixStarts[prefix[0]] = true; // others make the stage read every sentence
            }
            _shapes = new RunShapes(runs);
            PrefixLengths = [.. prefixes.Select(prefix => prefix.Length).Distinct()];
        }

        /// <summary>The lengths of the prefixes: a run's start of each length is looked up.</summary>
        public int[] PrefixLengths { get; }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldRun(ReadOnlySpan<char> folded, int start, int length) =>
            _shapes.MayHold(folded, start, length) && Test(_runs, LetterRuns.Hash(folded, start, length));

        /// <summary>False when no run of the set has the <see cref="LetterRuns.Hash"/>.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldHash(uint hash) => Test(_runs, hash);

        /// <summary>False when no prefix starts with the (folded) character: most runs, which then need no hash of their starts.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayStartPrefix(char first) => first < 128 && _prefixStarts[first];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldPrefix(ReadOnlySpan<char> folded, int start, int length) => MayHoldPrefixHash(LetterRuns.Hash(folded, start, length));

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public bool MayHoldPrefixHash(uint hash) => Test(_prefixes, hash);

        private static void Set(ulong[] bits, uint hash)
        {
            var bit = Bit(hash);
            bits[bit >> 6] |= 1UL << bit;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private static bool Test(ulong[] bits, uint hash)
        {
            var bit = Bit(hash);
            return (bits[bit >> 6] & (1UL << bit)) != 0;
        }

        private static int Bit(uint hash) => (int)(hash >> 16);
    }
}
