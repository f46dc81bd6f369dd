using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Builds a document's entities from its settled mentions, and adds the short forms the document
/// resolves itself: a defined acronym ("JMCC") joins the entity of its expansion wherever it stands,
/// and a surname alone ("Fomin", "Bajwa") joins the one person of the document with that surname.
/// One entity an id; mentions in text order; entities in order of first mention.
/// </summary>
internal static class EntityAssembler
{
    public static List<Entity> Assemble(EntityScan scan, List<MentionCandidate> mentions, List<AcronymDefinition> definitions)
    {
        AddPlaces(mentions);
        AddAcronyms(scan, mentions, definitions);
        AddSurnames(scan, mentions);
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.End.CompareTo(a.Span.End));

        var fullest = FullestNames(mentions);
        var byId = new Dictionary<string, Entity>(mentions.Count, StringComparer.Ordinal);
        var entities = new List<Entity>();
        foreach (var m in mentions)
        {
            if (!byId.TryGetValue(m.Id, out var entity))
            {
                entity = new Entity(m.Id, m.Type, m.Entry?.Name ?? fullest[m.Id], m.Entry);
                byId[m.Id] = entity;
                entities.Add(entity);
            }
            if (entity.Mentions.Count > 0 && entity.Mentions[^1].Span == m.Span) continue;
            entity.Mentions.Add(new EntityMention(m.Span, MentionText(scan, m)));
        }
        return entities;
    }

    /// <summary>For each id, the longest name the document gives it (the first of that length in text order).</summary>
    private static Dictionary<string, string> FullestNames(List<MentionCandidate> mentions)
    {
        var fullest = new Dictionary<string, string>(mentions.Count, StringComparer.Ordinal); // at most an id a mention: never grows
        foreach (var m in mentions)
            if (!fullest.TryGetValue(m.Id, out var name) || m.Name.Length > name.Length) fullest[m.Id] = m.Name;
        return fullest;
    }

    /// <summary>The words of the mention as written: the candidate's name string itself when the text spells it so.</summary>
    private static string MentionText(EntityScan scan, MentionCandidate m)
    {
        var written = scan.Text.AsSpan(m.Span.Start, m.Span.Length);
        if (!EntityScan.IsSpacedOnce(written)) return scan.NameText(m.Span.Start, m.Span.End);
        return written.SequenceEqual(m.Name) ? m.Name : written.ToString();
    }

    /// <summary>A capital meant as a place is also a mention of the city.</summary>
    private static void AddPlaces(List<MentionCandidate> mentions)
    {
        var count = mentions.Count;
        for (var i = 0; i < count; i++)
            if (mentions[i].Place is { } city)
                mentions.Add(MentionCandidate.FromEntry(mentions[i].Span, city));
    }

    /// <summary>
    /// Each defined acronym stands for the entity of its expansion: a known or shaped name over the expansion,
    /// else a new body or programme named by the expansion when its head word gives a type. Its mentions
    /// anywhere in the body join that entity, replacing another sense the knowledge base gave the letters.
    /// </summary>
    private static void AddAcronyms(EntityScan scan, List<MentionCandidate> mentions, List<AcronymDefinition> definitions)
    {
        if (definitions.Count == 0) return;
        var targets = new Dictionary<string, MentionCandidate>(StringComparer.Ordinal);
        foreach (var d in definitions)
        {
            if (targets.ContainsKey(d.Acronym)) continue;
            if (ExpansionEntity(scan, mentions, d) is { } target) targets[d.Acronym] = target;
        }
        if (targets.Count == 0) return;
        var lookup = targets.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = 0; k < scan.TokenCount; k++)
        {
            if (scan.Tokens[k].Kind != TokenKind.Word || !lookup.TryGetValue(scan.Word(k), out var target)) continue;
            var span = scan.Tokens[k].Span;
            var mention = target with { Span = span };
            var exact = IndexOfSpan(mentions, span);
            if (exact >= 0) mentions[exact] = mention;
            else if (!AnyOverlaps(mentions, span)) mentions.Add(mention);
        }
    }

    // Loops, not lambdas: a lambda capturing the span cost an allocation for every token of the body.
    private static int IndexOfSpan(List<MentionCandidate> mentions, TextSpan span)
    {
        for (var i = 0; i < mentions.Count; i++)
            if (mentions[i].Span == span) return i;
        return -1;
    }

    private static bool AnyOverlaps(List<MentionCandidate> mentions, TextSpan span)
    {
        foreach (var m in mentions)
            if (m.Span.Overlaps(span)) return true;
        return false;
    }

    private static MentionCandidate? ExpansionEntity(EntityScan scan, List<MentionCandidate> mentions, AcronymDefinition d)
    {
        // The name covering the expansion's last word: "Committee" of "Russia-Pakistan Joint … Committee".
        var headEnd = d.Expansion.End;
        MentionCandidate? best = null;
        foreach (var m in mentions)
            if (m.Type != EntityType.Country && m.Span.Start < headEnd && headEnd <= m.Span.End && m.Span.End <= d.AcronymSpan.Start
                && (best is null || m.Span.Length > best.Value.Span.Length))
                best = m;
        if (best is not null) return best;
        if (d.HeadType is not { } type) return null;
        var name = scan.NameText(d.Expansion.Start, d.Expansion.End);
        var prefix = type == EntityType.Program ? "program:" : "org:";
        var shaped = new MentionCandidate(d.Expansion, type, KnowledgeFileReader.SlugId(prefix, name), name, null, MentionEvidence.Definition);
        if (!AnyOverlaps(mentions, d.Expansion)) mentions.Add(shaped);
        return shaped;
    }

    /// <summary>A surname alone joins the person of the document with that surname, when only one has it.</summary>
    private static void AddSurnames(EntityScan scan, List<MentionCandidate> mentions)
    {
        var bySurname = new Dictionary<string, MentionCandidate?>(StringComparer.Ordinal);
        var lengths = 0UL; // a bit per surname length (63 for longer): most words have none of them and skip the look-up
        foreach (var m in mentions)
        {
            if (m.Type != EntityType.Person) continue;
            var space = m.Name.LastIndexOf(' ');
            if (space < 0) continue;
            var surname = m.Name[(space + 1)..];
            lengths |= 1UL << Math.Min(surname.Length, 63);
            if (!bySurname.TryGetValue(surname, out var other)) bySurname[surname] = m;
            else if (other is { } o && o.Id != m.Id) bySurname[surname] = null; // two people share it: ambiguous
        }
        if (bySurname.Count == 0) return;
        var lookup = bySurname.GetAlternateLookup<ReadOnlySpan<char>>();
        var sorted = Merged(mentions);
        var tokens = scan.Tokens;
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (!token.Is(WordClass.Capitalized) || (lengths & (1UL << Math.Min(token.Length, 63))) == 0) continue;
            if (!lookup.TryGetValue(scan.Word(k), out var person) || person is null) continue;
            var span = token.Span;
            if (IsCovered(sorted, span)) continue;
            mentions.Add(person.Value with { Span = span, Evidence = MentionEvidence.Shape, Place = null });
        }
    }

    /// <summary>The mentions' spans merged into disjoint ranges in text order, for binary search.</summary>
    private static List<TextSpan> Merged(List<MentionCandidate> mentions)
    {
        // By start, in mention order at one start (a stable sort, without LINQ's allocations).
        var spans = new (TextSpan Span, int Order)[mentions.Count];
        for (var i = 0; i < spans.Length; i++) spans[i] = (mentions[i].Span, i);
        Array.Sort(spans, (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Order.CompareTo(b.Order));
        var merged = new List<TextSpan>(spans.Length);
        foreach (var (s, _) in spans)
        {
            if (merged.Count > 0 && s.Start < merged[^1].End) merged[^1] = merged[^1] with { End = Math.Max(merged[^1].End, s.End) };
            else merged.Add(s);
        }
        return merged;
    }

    private static bool IsCovered(List<TextSpan> sorted, TextSpan span)
    {
        int lo = 0, hi = sorted.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            if (sorted[mid].End <= span.Start) lo = mid + 1;
            else if (sorted[mid].Start >= span.End) hi = mid - 1;
            else return true;
        }
        return false;
    }
}
