using System.Runtime.CompilerServices;
using Dyad.Annotation;

namespace Dyad.Knowledge;

/// <summary>
/// Finds every knowledge-base name in a text in one pass: a character trie over all aliases,
/// walked from each word start, keeping the longest name that ends on a word boundary and
/// passes the case rules. Leftmost-longest: "Russian Federation" wins over "Russia", and
/// matches never overlap. Built once; safe to share across threads; allocates only the result list.
/// </summary>
/// <remarks>
/// A name can only start at a word whose letters and digits, folded, are the first word of some name:
/// a bit set over the hashes of those first words lets the scan skip most words of a text without
/// walking the trie ("said", "would"), which is most of the work on prose. A second bit set, over the first two
/// words, passes over the common words that do start names ("the" of "The Pentagon", "a", "is") where the next
/// word starts none.
/// </remarks>
/// <remarks>
/// Matching folds case, dashes (– — ‐ to -), apostrophes (’ to ') and runs of white space
/// (not across a blank line); then the case rules keep out false hits:
/// letters of an all-capital token of two or more letters ("US", "IS", "SCO", "JF" in "JF-17")
/// must match exactly, so "us" and "Is" are not the United States or Islamic State;
/// a word the name capitalises must be capitalised in the text, so "turkey", "chad",
/// "china plates" and "The news" are not names, while "THE New York Times" still is;
/// and a two-letter acronym beside a word in capitals ("THIS IS WAR") is a headline, not an acronym.
/// </remarks>
public sealed class KnowledgeMatcher
{
    private const int NoNode = -1;
    private const int FirstWordBits = 1 << 16;

    private readonly int[] _rootAscii = new int[128];
    private readonly int[] _edgeStart;
    private readonly int[] _edgeCount;
    private readonly char[] _edgeChar;
    private readonly int[] _edgeTarget;
    private readonly Variant[]?[] _terminal;
    private readonly ulong[] _firstWords = new ulong[FirstWordBits / 64];

    /// <summary>First words after which a name goes on otherwise than with a space and a second word (or ends); and first words with the second word after a space.</summary>
    private readonly ulong[] _endsOrGoesOn = new ulong[FirstWordBits / 64];
    private readonly ulong[] _firstTwoWords = new ulong[FirstWordBits / 64];

    private enum CaseRule : byte
    {
        AnyCase,
        Exact,
        UpperCase,
    }

    /// <summary>One written form of a name: its casing decides which texts it accepts.</summary>
    private sealed class Variant
    {
        public required string Pattern { get; init; }
        public required CaseRule[] Rules { get; init; }
        public required bool ShortAcronym { get; init; }
        public required AliasSense[] Senses { get; init; }
    }

    public KnowledgeMatcher(IEnumerable<(string Alias, AliasSense Sense)> aliases)
    {
        // Group senses by written form, and written forms by folded key (one trie path).
        var byForm = new Dictionary<string, List<AliasSense>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (alias, sense) in aliases)
        {
            var form = Normalize(alias);
            if (form.Length == 0) continue;
            if (!byForm.TryGetValue(form, out var senses))
            {
                byForm[form] = senses = [];
                order.Add(form);
            }
            if (!senses.Exists(s => ReferenceEquals(s.Entry, sense.Entry))) senses.Add(sense);
        }

        // Edges by (node, folded character); node ids in order of creation, the root 0.
        var edges = new Dictionary<(int Node, char Char), int>();
        var terminals = new List<List<Variant>?> { null };
        foreach (var form in order)
        {
            var node = 0;
            foreach (var c in form)
            {
                var key = (node, Fold(c));
                if (!edges.TryGetValue(key, out var next))
                {
                    next = terminals.Count;
                    edges[key] = next;
                    terminals.Add(null);
                }
                node = next;
            }
            (terminals[node] ??= []).Add(MakeVariant(form, byForm[form]));
            AddFirstWord(form);
        }

        // Each node's edges side by side, sorted by character for the binary search in Child.
        var sorted = edges.ToArray();
        Array.Sort(sorted, (a, b) => a.Key.Node != b.Key.Node ? a.Key.Node.CompareTo(b.Key.Node) : a.Key.Char.CompareTo(b.Key.Char));
        var nodeCount = terminals.Count;
        _edgeStart = new int[nodeCount];
        _edgeCount = new int[nodeCount];
        _edgeChar = new char[sorted.Length];
        _edgeTarget = new int[sorted.Length];
        _terminal = new Variant[]?[nodeCount];
        for (var e = sorted.Length - 1; e >= 0; e--)
        {
            var ((node, c), target) = sorted[e];
            _edgeStart[node] = e;
            _edgeCount[node]++;
            _edgeChar[e] = c;
            _edgeTarget[e] = target;
        }
        for (var n = 0; n < nodeCount; n++) _terminal[n] = terminals[n]?.ToArray();
        Array.Fill(_rootAscii, NoNode);
        for (var e = 0; e < _edgeCount[0]; e++)
            if (_edgeChar[e] < 128) _rootAscii[_edgeChar[e]] = _edgeTarget[e];
        PatternCount = byForm.Count;
        NodeCount = nodeCount;
    }

    /// <summary>How many distinct written forms the matcher knows.</summary>
    public int PatternCount { get; }

    /// <summary>The trie's size, for diagnostics.</summary>
    public int NodeCount { get; }

    /// <summary>All names in the text, leftmost-longest, in order.</summary>
    public List<KnowledgeMatch> Match(ReadOnlySpan<char> text)
    {
        var found = new List<KnowledgeMatch>();
        Match(text, found);
        return found;
    }

    /// <summary>Adds all names in the text to <paramref name="into"/>, leftmost-longest, in order; offsets are into <paramref name="text"/>.</summary>
    public void Match(ReadOnlySpan<char> text, List<KnowledgeMatch> into)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            // A word starts at i: the rest of its letters and digits start no name, whatever happens here.
            var wordEnd = RunEnd(text, i, out var hash);
            if (MayStartName(hash) && MayGoOnAt(text, wordEnd, hash) && TryMatchAt(text, i, out var match))
            {
                into.Add(match);
                i = match.End; // a name ends before a character that is no letter or digit: no word starts there
            }
            else i = wordEnd;
        }
    }

    /// <summary>
    /// The name starting at the word start <paramref name="start"/> (a letter or digit after none), if any: for a
    /// caller that walks the words of a text itself (<see cref="Match(ReadOnlySpan{char}, List{KnowledgeMatch})"/> does
    /// the same). The word's letters and digits end at <paramref name="end"/>; <paramref name="firstWordHash"/> is their
    /// <see cref="RunHash"/>.
    /// </summary>
    internal bool TryMatchWord(ReadOnlySpan<char> text, int start, int end, uint firstWordHash, out KnowledgeMatch match)
    {
        match = default;
        return MayStartName(firstWordHash) && MayGoOnAt(text, end, firstWordHash) && TryMatchAt(text, start, out match);
    }

    /// <summary>
    /// False when no name starts with the first word whose letters and digits end at <paramref name="end"/> (their hash
    /// given) and with what follows it: most "the", "a" and "is" of a text. A name the trie walks through the first word
    /// either ends there or goes on with a character other than a space, which <see cref="_endsOrGoesOn"/> knows of the
    /// first word, or goes on with white space and a second word, whose letters and digits the trie walks as they stand.
    /// </summary>
    private bool MayGoOnAt(ReadOnlySpan<char> text, int end, uint firstWordHash)
    {
        if (Test(_endsOrGoesOn, firstWordHash)) return true;
        if (end == text.Length || !char.IsWhiteSpace(text[end])) return false;
        while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
        RunEnd(text, end, out var second);
        return Test(_firstTwoWords, WordHash.Pair(firstWordHash, second));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Test(ulong[] bits, uint hash)
    {
        var bit = BitOf(hash);
        return (bits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static void Set(ulong[] bits, uint hash)
    {
        var bit = BitOf(hash);
        bits[bit >> 6] |= 1UL << bit;
    }

    /// <summary>False when no name starts with the word whose <see cref="RunHash"/> is given: most words.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool MayStartName(uint firstWordHash)
    {
        return Test(_firstWords, firstWordHash);
    }

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, out KnowledgeMatch match)
    {
        var found = TryMatchAt(text, start, out var end, out var variant);
        match = found ? new KnowledgeMatch(start, end, variant.Senses) : default;
        return found;
    }

    /// <summary>
    /// Remembers the first word of a written form (its leading letters and digits, folded), and what follows it: the
    /// second word after a space, or that the form ends or goes on otherwise. A text word matching a name's first
    /// characters must be exactly that word: the name goes on with a character that is no letter or digit, or ends
    /// where the text's word must end; so must a second word.
    /// </summary>
    private void AddFirstWord(string form)
    {
        var length = RunEnd(form, 0, out var hash);
        if (length == 0) return; // starts with no letter or digit: never matches at a word start
        Set(_firstWords, hash);
        if (length == form.Length || form[length] != ' ')
        {
            Set(_endsOrGoesOn, hash);
            return;
        }
        RunEnd(form, length + 1, out var second);
        Set(_firstTwoWords, WordHash.Pair(hash, second));
    }

    /// <summary>Where the run of letters and digits from <paramref name="start"/> ends, and its <see cref="RunHash"/>.</summary>
    private static int RunEnd(ReadOnlySpan<char> text, int start, out uint hash)
    {
        var (hasLower, ascii) = (false, true);
        var end = LetterDigitRuns.End(text, start, ref hasLower, ref ascii);
        hash = RunHash(text, start, end, ascii);
        return end;
    }

    /// <summary>
    /// The hash of a run of letters and digits folded as the trie folds them, which the first-word filters hold;
    /// <paramref name="ascii"/> says the run is ASCII, which a scan hashes as it stands.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint RunHash(ReadOnlySpan<char> text, int start, int end, bool ascii) =>
        ascii ? WordHash.OfLowered(text, start, end) : FoldedRunHash(text[start..end]);

    private static uint FoldedRunHash(ReadOnlySpan<char> run)
    {
        const int OnStack = 64;
        Span<char> folded = run.Length <= OnStack ? stackalloc char[run.Length] : new char[run.Length];
        for (var i = 0; i < run.Length; i++) folded[i] = Fold(run[i]);
        return WordHash.Of(folded);
    }

    private static int BitOf(uint hash) => (int)((hash ^ (hash >> 16)) & (FirstWordBits - 1));

    private bool TryMatchAt(ReadOnlySpan<char> text, int start, out int bestEnd, out Variant bestVariant)
    {
        bestEnd = 0;
        bestVariant = null!;
        var first = Fold(text[start]);
        var node = first < 128 ? _rootAscii[first] : Child(0, first);
        var j = start + 1;
        while (node != NoNode)
        {
            if (_terminal[node] is { } variants && (j == text.Length || !char.IsLetterOrDigit(text[j])))
            {
                foreach (var v in variants)
                {
                    if (!Accepts(v, text, start, j)) continue;
                    bestEnd = j;
                    bestVariant = v;
                    break;
                }
            }
            if (j == text.Length) break;
            var c = text[j];
            if (char.IsWhiteSpace(c))
            {
                var k = j;
                var lineBreaks = 0;
                while (k < text.Length && char.IsWhiteSpace(text[k]))
                    if (text[k++] == '\n') lineBreaks++;
                if (lineBreaks > 1) break;
                node = Child(node, ' ');
                j = k;
            }
            else
            {
                node = Child(node, Fold(c));
                j++;
            }
        }
        return bestEnd > 0;
    }

    private int Child(int node, char c)
    {
        var lo = _edgeStart[node];
        var hi = lo + _edgeCount[node] - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var m = _edgeChar[mid];
            if (m == c) return _edgeTarget[mid];
            if (m < c) lo = mid + 1;
            else hi = mid - 1;
        }
        return NoNode;
    }

    /// <summary>Walks the text span against the written form, applying the case rules.</summary>
    private static bool Accepts(Variant v, ReadOnlySpan<char> text, int start, int end)
    {
        var i = start;
        var pattern = v.Pattern;
        for (var k = 0; k < pattern.Length; k++)
        {
            if (pattern[k] == ' ')
            {
                while (i < end && char.IsWhiteSpace(text[i])) i++;
                continue;
            }
            switch (v.Rules[k])
            {
                case CaseRule.Exact when text[i] != pattern[k]:
                case CaseRule.UpperCase when !char.IsUpper(text[i]):
                    return false;
            }
            i++;
        }
        return !v.ShortAcronym || !InCapitalRun(text, start, end);
    }

    /// <summary>True when a neighbouring word is all capitals of four letters or more: a headline in capitals.</summary>
    private static bool InCapitalRun(ReadOnlySpan<char> text, int start, int end)
    {
        var before = start - 1;
        while (before >= 0 && char.IsWhiteSpace(text[before])) before--;
        var wordEnd = before + 1;
        while (before >= 0 && char.IsLetter(text[before])) before--;
        if (IsCapitalWord(text[(before + 1)..wordEnd])) return true;
        var after = end;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        var wordStart = after;
        while (after < text.Length && char.IsLetter(text[after])) after++;
        return IsCapitalWord(text[wordStart..after]);
    }

    private static bool IsCapitalWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 4) return false;
        foreach (var c in word)
            if (!char.IsUpper(c)) return false;
        return true;
    }

    private static Variant MakeVariant(string form, List<AliasSense> senses)
    {
        var rules = new CaseRule[form.Length];
        var acronymTokens = 0;
        var tokens = 0;
        var tokenStart = 0;
        for (var k = 0; k <= form.Length; k++)
        {
            if (k < form.Length && form[k] is not (' ' or '-')) continue;
            var token = form.AsSpan(tokenStart, k - tokenStart);
            tokens++;
            if (IsAcronym(token))
            {
                acronymTokens++;
                for (var t = tokenStart; t < k; t++)
                    if (char.IsLetter(form[t])) rules[t] = CaseRule.Exact;
            }
            else if (token.Length > 0 && char.IsUpper(token[0])) rules[tokenStart] = CaseRule.UpperCase;
            tokenStart = k + 1;
        }
        return new Variant
        {
            Pattern = form,
            Rules = rules,
            ShortAcronym = tokens == 1 && acronymTokens == 1 && CountLetters(form) <= 2,
            Senses = senses.ToArray(),
        };
    }

    /// <summary>A token of two or more letters, all capitals ("US", "U.S.", "SCO", "JF").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> token)
    {
        var letters = 0;
        foreach (var c in token)
        {
            if (!char.IsLetter(c)) continue;
            if (!char.IsUpper(c)) return false;
            letters++;
        }
        return letters >= 2;
    }

    private static int CountLetters(string s)
    {
        var n = 0;
        foreach (var c in s)
            if (char.IsLetter(c)) n++;
        return n;
    }

    /// <summary>An alias as the trie stores it: trimmed, white space runs as one space, dashes and apostrophes unified, case kept.</summary>
    public static string Normalize(string alias)
    {
        var chars = new char[alias.Length];
        return new string(chars, 0, Normalize(alias, chars));
    }

    /// <summary>Writes the alias as <see cref="Normalize(string)"/> gives it into <paramref name="chars"/> (as long as the alias); returns its length.</summary>
    internal static int Normalize(ReadOnlySpan<char> alias, Span<char> chars)
    {
        var n = 0;
        foreach (var raw in alias.Trim())
        {
            var c = raw;
            if (char.IsWhiteSpace(c))
            {
                if (n > 0 && chars[n - 1] == ' ') continue;
                c = ' ';
            }
            else c = UnifyPunctuation(c);
            chars[n++] = c;
        }
        return n;
    }

    /// <summary>The key a character has in the trie: lower case, one dash, one apostrophe.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
        return char.ToLowerInvariant(UnifyPunctuation(c));
    }

    private static char UnifyPunctuation(char c) => c switch
    {
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
        '\u2018' or '\u2019' or '\u02BC' or '\u0060' or '\u00B4' => '\'',
        _ => c,
    };
}
