using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>An acronym a document defines: "Joint Military Consultative Committee (JMCC)".</summary>
/// <param name="Expansion">The words the acronym's letters stand for, as written.</param>
/// <param name="HeadType">The type the expansion's head word gives (Committee → ORG, program → PROGRAM), if it is a head word.</param>
internal readonly record struct AcronymDefinition(string Acronym, TextSpan Expansion, TextSpan AcronymSpan, EntityType? HeadType);

/// <summary>
/// Finds acronyms defined in the text: capitals in parentheses right after the words whose initials they
/// spell, small words ("and", "of", "the") skipped and a lower-case head word allowed at the end
/// ("International Military Education and Training program (IMET)"). Hyphenated words give one initial a part.
/// </summary>
internal static class AcronymDefinitions
{
    private static readonly string[] SmallWords = ["and", "of", "for", "the", "on", "in", "to", "&"];

    public static List<AcronymDefinition> Find(EntityScan scan)
    {
        var found = new List<AcronymDefinition>();
        var tokens = scan.Tokens;
        // The parentheses are searched for in the text, not looked for token by token: most documents have none.
        var text = scan.Text.AsSpan();
        for (var from = 0; text[from..].IndexOf('(') is var next and >= 0;)
        {
            var at = from + next;
            from = at + 1;
            var open = scan.TokenAt(at); // a '(' of the body is a token of its own
            if (open < 1 || open + 2 >= tokens.Length || tokens[open].Start != at) continue;
            if (!scan.IsPunctuation(open, '(') || !scan.IsPunctuation(open + 2, ')') || tokens[open + 1].Kind != TokenKind.Word) continue;
            var acronym = scan.Word(open + 1);
            if (!IsAcronym(acronym)) continue;
            if (TryMatchExpansion(scan, open, acronym, out var first, out var last, out var headType))
                found.Add(new AcronymDefinition(acronym.ToString(), new TextSpan(tokens[first].Start, tokens[last].End), tokens[open + 1].Span, headType));
        }
        return found;
    }

    /// <summary>Two to ten letters (digits allowed), starting with a capital, at least two capitals ("JMCC", "MoU", "G20").</summary>
    private static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 10 || !char.IsUpper(word[0])) return false;
        var capitals = 0;
        foreach (var c in word)
        {
            if (char.IsUpper(c)) capitals++;
            else if (!char.IsLetterOrDigit(c)) return false;
        }
        return capitals >= 2;
    }

    /// <summary>Walks back from the parenthesis, matching the acronym's capitals to initials, last first.</summary>
    private static bool TryMatchExpansion(EntityScan scan, int open, ReadOnlySpan<char> acronym, out int first, out int last, out EntityType? headType)
    {
        Span<char> letters = stackalloc char[acronym.Length];
        var n = 0;
        foreach (var c in acronym)
            if (char.IsUpper(c)) letters[n++] = c;
        first = last = open - 1;
        headType = null;
        var k = open - 1;
        // A lower-case head word after the spelled words: "… Training program (IMET)".
        if (k >= 0 && scan.Tokens[k].Kind == TokenKind.Word && char.IsLower(scan.Text[scan.Tokens[k].Start])
            && scan.Lexicon.TryGetBodyHead(scan.Word(k), out var lowerHead))
        {
            headType = lowerHead;
            k--;
        }
        var remaining = n;
        var lastSpelled = k;
        while (remaining > 0 && k >= 0 && !scan.Tokens[k + 1].BreakBefore)
        {
            var token = scan.Tokens[k];
            if (token.Kind == TokenKind.Possessive || (token.Kind == TokenKind.Word && IsSmallWord(scan, k) && remaining < n))
            {
                k--;
                continue;
            }
            if (token.Kind != TokenKind.Word || !char.IsUpper(scan.Text[token.Start])) return false;
            if (!ConsumeInitials(scan.Word(k), letters, ref remaining)) return false;
            first = k--;
        }
        if (remaining > 0) return false;
        if (headType is null && scan.Lexicon.TryGetBodyHead(scan.Word(lastSpelled), out var head)) headType = head;
        last = lastSpelled;
        return true;
    }

    /// <summary>Matches the initials of a word's hyphenated parts against the letters still to spell, from the end.</summary>
    private static bool ConsumeInitials(ReadOnlySpan<char> word, Span<char> letters, ref int remaining)
    {
        Span<char> initials = stackalloc char[word.Length];
        var count = 0;
        var atStart = true;
        foreach (var c in word)
        {
            if (c is '-' or '\u2010' or '\u2011') { atStart = true; continue; }
            if (atStart && char.IsUpper(c)) initials[count++] = c;
            atStart = false;
        }
        if (count == 0 || count > remaining) return false;
        for (var i = 0; i < count; i++)
            if (letters[remaining - count + i] != initials[i]) return false;
        remaining -= count;
        return true;
    }

    private static bool IsSmallWord(EntityScan scan, int k)
    {
        if (char.IsUpper(scan.Text[scan.Tokens[k].Start])) return false;
        foreach (var w in SmallWords)
            if (scan.IsWord(k, w)) return true;
        return false;
    }
}
