using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Turns the knowledge-base names of the body into candidates, choosing the sense: a capital is its
/// country (the government speaking) and, where the words around it make it a place ("talks in Moscow",
/// "Moscow hosted"), also the city. Country names inside a longer name ("Russia-Pakistan Joint Military
/// Consultative Committee", "China-Pakistan Economic Corridor") are still mentions of those countries.
/// </summary>
internal static class KnowledgeMentions
{
    public static void Find(EntityScan scan)
    {
        var inner = new List<KnowledgeMatch>();
        foreach (var match in scan.Matches)
        {
            var span = new TextSpan(match.Start, match.End);
            if (Sense(match, AliasKind.Capital) is { Entry: Country country })
            {
                var city = PlaceSense(match);
                var asPlace = city is not null && IsPlaceInContext(scan, span);
                scan.Candidates.Add(MentionCandidate.FromEntry(span, country, place: asPlace ? city : null));
                continue;
            }
            var sense = match.Senses[0];
            var nestable = sense.Entry is Country && sense.Kind is not AliasKind.Capital;
            scan.Candidates.Add(MentionCandidate.FromEntry(span, sense.Entry, nestable));
            if (sense.Entry is AffiliatedEntry) AddInnerCountries(scan, span, inner);
        }
    }

    /// <summary>
    /// Country names inside a matched name of a body or programme, searched before its last word (the head:
    /// "Committee", "Corridor"), so the whole name is not found again and a one-word name ("Indo-Pacific") has none.
    /// </summary>
    private static void AddInnerCountries(EntityScan scan, TextSpan outer, List<KnowledgeMatch> found)
    {
        var lastWord = scan.TokenAt(outer.End) - 1;
        var regionEnd = scan.Tokens[lastWord].Start;
        var covered = outer.Start;
        foreach (var at in PartStarts(scan, outer.Start, lastWord))
        {
            if (at < covered) continue;
            found.Clear();
            scan.Knowledge.Matcher.Match(scan.Text.AsSpan(at, regionEnd - at).TrimEnd(), found);
            if (found.Count == 0 || found[0].Start != 0) continue;
            var span = new TextSpan(at, at + found[0].End);
            if (Sense(found[0], AliasKind.Name, AliasKind.Alias, AliasKind.Demonym, AliasKind.CombiningForm) is { Entry: Country country })
                scan.Candidates.Add(MentionCandidate.FromEntry(span, country, nestable: true));
            covered = span.End;
        }
    }

    /// <summary>Where a name may start in the words before <paramref name="lastWord"/>: at each word, and after each hyphen ("Russia-Pakistan").</summary>
    private static IEnumerable<int> PartStarts(EntityScan scan, int start, int lastWord)
    {
        for (var t = scan.TokenAt(start); t < lastWord; t++)
        {
            var token = scan.Tokens[t];
            yield return token.Start;
            for (var i = token.Start; i < token.End - 1; i++)
                if (scan.Text[i] is '-' or '\u2010' or '\u2011') yield return i + 1;
        }
    }

    // Indexed loops and a span of kinds: a foreach over the interface and a params array allocated for every match.
    private static AliasSense? Sense(KnowledgeMatch match, params ReadOnlySpan<AliasKind> kinds)
    {
        var senses = match.Senses;
        for (var i = 0; i < senses.Count; i++)
            if (kinds.Contains(senses[i].Kind) && senses[i].Entry is Country) return senses[i];
        return null;
    }

    private static Location? PlaceSense(KnowledgeMatch match)
    {
        var senses = match.Senses;
        for (var i = 0; i < senses.Count; i++)
            if (senses[i].Entry is Location city) return city;
        return null;
    }

    /// <summary>"in Moscow", "visited Moscow", "Moscow hosted": the words beside the capital make it a place.</summary>
    private static bool IsPlaceInContext(EntityScan scan, TextSpan capital)
    {
        var first = scan.TokenAt(capital.Start);
        var after = scan.TokenAt(capital.End);
        var lexicon = scan.Lexicon;
        return lexicon.PlaceCuesBefore.EndsBefore(scan.Text, scan.Tokens, first)
            || lexicon.PlaceCuesAfter.Match(scan.Text, scan.Tokens, after) > 0;
    }
}
