using System.Text.RegularExpressions;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Finds equipment by the shape of its designation: a capital and up to three more letters, a dash,
/// one to four digits and an optional suffix ("Su-35", "RD-93", "Mi-171E", "JF-17", "S-400", "T-90S",
/// "MiG-29K"). Linked to the knowledge base when it knows the designation as written (the matcher
/// finds those first); otherwise an EQUIPMENT entity of its own, never guessed into a family.
/// Not equipment: a four-digit year after the dash ("Druzhba-2016"), prefixes and following words of
/// non-designations.txt ("G-20", "M-2 motorway"), and a prefix the knowledge base knows as something else.
/// </summary>
internal static partial class Designations
{
    public static void Find(EntityScan scan)
    {
        var tokens = scan.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            ref readonly var token = ref tokens[k]; // read in place: most tokens are passed over at the first test
            // A capital and a dash between letters or digits, or no designation: most words skip the pattern.
            if (token.Knowledge >= 0 || !token.Is(WordClass.Capitalized) || !token.Is(WordClass.Hyphenated)) continue;
            var word = scan.Word(k);
            if (!DesignationShape().IsMatch(word)) continue;
            var dash = word.IndexOfAny('-', '\u2010', '\u2011');
            var prefix = word[..dash];
            var digits = DigitsAfter(word, dash + 1);
            if (digits.Length == 4 && digits[0] is '1' or '2' && word.Length == dash + 5) continue;
            if (scan.Lexicon.NonDesignationPrefixes.Contains(prefix) || IsKnownAsOther(scan, prefix)) continue;
            if (k + 1 < scan.TokenCount && scan.Tokens[k + 1].Kind == TokenKind.Word && scan.Lexicon.NonDesignationNextWords.Contains(scan.Word(k + 1))) continue;
            var name = SingularName(word);
            var span = scan.Tokens[k].Span;
            if (FindEquipment(scan, name) is { } known) scan.Candidates.Add(MentionCandidate.FromEntry(span, known));
            else scan.Candidates.Add(new MentionCandidate(span, EntityType.Equipment, KnowledgeFileReader.SlugId("equipment:", name), name, null, MentionEvidence.Shape));
        }
    }

    private static Equipment? FindEquipment(EntityScan scan, string name)
    {
        foreach (var sense in scan.Knowledge.FindByName(name))
            if (sense.Entry is Equipment e) return e;
        return null;
    }

    /// <summary>"Aman" in "Aman-25" is an exercise the KB knows: the form is an edition, not a designation.</summary>
    private static bool IsKnownAsOther(EntityScan scan, ReadOnlySpan<char> prefix)
    {
        foreach (var sense in scan.Knowledge.FindByName(prefix))
            if (sense.Entry is not Equipment) return true;
        return false;
    }

    private static ReadOnlySpan<char> DigitsAfter(ReadOnlySpan<char> word, int from)
    {
        var end = from;
        while (end < word.Length && char.IsAsciiDigit(word[end])) end++;
        return word[from..end];
    }

    /// <summary>"Su-35s" is the plural of "Su-35": a lower-case s right after the digits is dropped from the name.</summary>
    private static string SingularName(ReadOnlySpan<char> word) =>
        word.Length > 2 && word[^1] == 's' && char.IsAsciiDigit(word[^2]) ? word[..^1].ToString() : word.ToString();

    [GeneratedRegex(@"^[A-Z][A-Za-z]{0,3}[-\u2010\u2011][0-9]{1,4}[A-Za-z0-9]{0,4}$")]
    private static partial Regex DesignationShape();
}
