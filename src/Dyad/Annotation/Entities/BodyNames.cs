using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Finds bodies and programmes the knowledge base does not know by the shape of their names: capitalized
/// words ending in a head word ("Islamabad Policy Research Institute", "Joint Working Group on Energy") or a head
/// word followed by "of"/"for"/"on" and capitalized words ("Ministry of Foreign Affairs", "Institute of
/// Strategic Studies"), or both. The head gives the type (body-heads.txt). At least two capitalized words, one
/// of them more than a description of the kind of body: "the Committee" and "the Working Group" are no names.
/// Country and place names may stand inside; other known names may not.
/// </summary>
internal static class BodyNames
{
    private static readonly string[] Connectors = ["of", "for", "and", "on", "&"];
    private static readonly string[] HeadFirstLinks = ["of", "for", "on"];

    public static void Find(EntityScan scan)
    {
        var tokens = scan.Tokens;
        for (var h = 0; h < tokens.Length; h++)
        {
            ref readonly var token = ref tokens[h]; // read in place: most tokens are passed over at this test
            if (!token.Is(WordClass.Capitalized) || !token.Is(WordClass.BodyHead) || token.Knowledge >= 0) continue;
            var type = token.Is(WordClass.ProgramHead) ? EntityType.Program : EntityType.Org;
            var first = ExtendBack(scan, h, out var wordsBefore);
            var last = ExtendForward(scan, h, out var wordsAfter);
            if (wordsBefore + wordsAfter == 0 || !HasNamingWord(scan, first, last, h)) continue;
            if (scan.IsWord(first - 1, "a") || scan.IsWord(first - 1, "an")) continue; // "a Joint Committee": a kind, not a name
            Add(scan, first, last, type);
            h = last;
        }
    }

    private static void Add(EntityScan scan, int first, int last, EntityType type)
    {
        var span = new TextSpan(scan.Tokens[first].Start, scan.Tokens[last].End);
        var name = scan.NameText(span.Start, span.End);
        foreach (var sense in scan.Knowledge.FindByName(name))
            if (sense.Entry.Type is EntityType.Org or EntityType.Program)
            {
                scan.Candidates.Add(MentionCandidate.FromEntry(span, sense.Entry));
                return;
            }
        var prefix = type == EntityType.Program ? "program:" : "org:";
        scan.Candidates.Add(new MentionCandidate(span, type, KnowledgeFileReader.SlugId(prefix, name), name, null, MentionEvidence.Shape));
    }

    /// <summary>A word besides the head that names rather than describes: "Working Group" alone is a kind of body.</summary>
    private static bool HasNamingWord(EntityScan scan, int first, int last, int head)
    {
        for (var k = first; k <= last; k++)
            if (k != head && scan.IsCapitalized(k) && !scan.Is(k, WordClass.GenericBodyWord | WordClass.BodyHead))
                return true;
        return false;
    }

    /// <summary>The first token of the name, walking back from the head over capitalized words and connectors.</summary>
    private static int ExtendBack(EntityScan scan, int head, out int words)
    {
        words = 0;
        var first = head;
        var k = head - 1;
        var joined = false;
        while (k >= 0 && !scan.Tokens[k + 1].BreakBefore)
        {
            // "Department of Trade and Industry" has one 'and'; "Midlothian Council and Scottish Enterprise" are two names.
            if (IsConnector(scan, k) && k > 0 && IsBodyWord(scan, k - 1) && !scan.Is(k - 1, WordClass.BodyHead)
                && !(joined && scan.IsWord(k, "and")))
            {
                joined |= scan.IsWord(k, "and");
                k--;
                continue;
            }
            if (!IsBodyWord(scan, k)) break;
            if (scan.KnowledgeAt(k) is { } place) k = Math.Min(k, scan.TokenHolding(place.Start));
            first = k--;
            words++;
        }
        // A title before the name belongs to a person ("Chairman Joint Chiefs of Staff Committee"): not to the body.
        while (first < head && (scan.Is(first, WordClass.TitleWord) || IsConnector(scan, first)))
        {
            first++;
            if (!IsConnector(scan, first - 1)) words--;
        }
        return first;
    }

    /// <summary>The last token of the name: after "of"/"for"/"on" (and "the"), capitalized words and connectors.</summary>
    private static int ExtendForward(EntityScan scan, int head, out int words)
    {
        words = 0;
        var k = head + 1;
        if (k >= scan.TokenCount || scan.Tokens[k].BreakBefore || !IsOneOf(scan, k, HeadFirstLinks)) return head;
        k++;
        if (scan.IsWord(k, "the") && char.IsLower(scan.Text[scan.Tokens[k].Start])) k++;
        var last = head;
        var joined = false;
        while (k < scan.TokenCount && !scan.Tokens[k].BreakBefore)
        {
            if (IsBodyWord(scan, k))
            {
                if (scan.KnowledgeAt(k) is { } place) k = Math.Max(k, scan.TokenAt(place.End) - 1);
                last = k++;
                words++;
            }
            else if (words > 0 && IsConnector(scan, k) && IsBodyWord(scan, k + 1) && !(joined && scan.IsWord(k, "and")))
            {
                joined |= scan.IsWord(k, "and");
                k++;
            }
            else break;
        }
        return last;
    }

    /// <summary>A capitalized word that may stand in a body's name: no function or calendar word; a known name only if a country or place.</summary>
    private static bool IsBodyWord(EntityScan scan, int k)
    {
        if (!scan.IsCapitalized(k) || scan.Is(k, WordClass.FunctionWord | WordClass.CalendarWord)) return false;
        return scan.KnowledgeAt(k) is not { } known || known.Entry is Country or Location;
    }

    private static bool IsConnector(EntityScan scan, int k) =>
        k >= 0 && k < scan.TokenCount && !char.IsUpper(scan.Text[scan.Tokens[k].Start]) && IsOneOf(scan, k, Connectors);

    private static bool IsOneOf(EntityScan scan, int k, string[] words)
    {
        foreach (var w in words)
            if (scan.IsWord(k, w) || (w == "&" && scan.IsPunctuation(k, '&'))) return true;
        return false;
    }
}
