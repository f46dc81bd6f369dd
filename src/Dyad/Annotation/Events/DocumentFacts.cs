using Dyad.Annotation.Entities;
using Dyad.Annotation.Time;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>
/// What event reading needs from the whole document: its id, its entity mentions in text order, its
/// time expressions, the year it speaks from, and its main pair (the two most mentioned countries).
/// </summary>
internal sealed class DocumentFacts
{
    public DocumentFacts(Document document, KnowledgeBase knowledge)
    {
        Document = document;
        Knowledge = knowledge;
        ReferenceYear = document.Published?.Date.Year;
        var counts = new Dictionary<CountryCode, (int Count, int First)>();
        var total = 0;
        foreach (var entity in document.Entities) total += entity.Mentions.Count;
        Mentions = new List<(Entity Entity, EntityMention Mention)>(total);
        foreach (var entity in document.Entities)
            foreach (var mention in entity.Mentions)
            {
                if (document.IsRemoved(mention.Span.Start)) continue;
                Mentions.Add((entity, mention));
                if (entity.Entry is Country country)
                    counts[country.Code] = counts.TryGetValue(country.Code, out var c)
                        ? (c.Count + 1, Math.Min(c.First, mention.Span.Start))
                        : (1, mention.Span.Start);
            }
        // Longer first; on one span ('Moscow' as Russia's government and as a city) the country reading first:
        // the argument reader still takes a capital as the place where a preposition makes it one.
        Mentions.Sort((a, b) => a.Mention.Span.Start != b.Mention.Span.Start ? a.Mention.Span.Start.CompareTo(b.Mention.Span.Start)
            : a.Mention.Span.End != b.Mention.Span.End ? b.Mention.Span.End.CompareTo(a.Mention.Span.End)
            : GovernmentFirst(a.Entity) != GovernmentFirst(b.Entity) ? GovernmentFirst(a.Entity) - GovernmentFirst(b.Entity)
            : string.CompareOrdinal(a.Entity.Id, b.Entity.Id));
        MainPair = MostMentioned(counts);
    }

    /// <summary>The two countries mentioned most, the earlier first mention winning a tie; empty when fewer than two.</summary>
    private static CountryCode[] MostMentioned(Dictionary<CountryCode, (int Count, int First)> counts)
    {
        if (counts.Count < 2) return [];
        KeyValuePair<CountryCode, (int Count, int First)>? first = null, second = null;
        foreach (var country in counts)
        {
            if (first is null || Before(country.Value, first.Value.Value)) (first, second) = (country, first);
            else if (second is null || Before(country.Value, second.Value.Value)) second = country;
        }
        return [first!.Value.Key, second!.Value.Key];

        static bool Before((int Count, int First) a, (int Count, int First) b) => a.Count != b.Count ? a.Count > b.Count : a.First < b.First;
    }

    private static int GovernmentFirst(Entity entity) => entity.Entry is Country ? 0 : 1;

    public Document Document { get; }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The document id of the record (content-derived), which event ids and evidence carry.</summary>
    /// <remarks>Computed on first use: hashing the clean text costs more than reading a document without events.</remarks>
    public string Id => _id ??= Document.ContentId();

    private string? _id;

    /// <summary>The publication year, to read which office a person held; null when not known.</summary>
    public int? ReferenceYear { get; }

    /// <summary>Every entity mention of the body, in text order (the longer first at one start).</summary>
    public List<(Entity Entity, EntityMention Mention)> Mentions { get; }

    /// <summary>The two most mentioned countries of the body: what 'the two countries' and 'bilateral' refer to; empty when fewer than two.</summary>
    public CountryCode[] MainPair { get; }

    public List<TimeExpression> Timexes => Document.Timexes;

    /// <summary>The mentions inside a sentence, in text order.</summary>
    public List<(Entity Entity, EntityMention Mention)> MentionsIn(TextSpan sentence)
    {
        var inside = new List<(Entity, EntityMention)>();
        MentionsIn(sentence, inside);
        return inside;
    }

    /// <summary>Replaces the content of <paramref name="inside"/> with the mentions inside a sentence, in text order.</summary>
    public void MentionsIn(TextSpan sentence, List<(Entity Entity, EntityMention Mention)> inside)
    {
        inside.Clear();
        var lo = 0;
        var hi = Mentions.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Mentions[mid].Mention.Span.Start < sentence.Start) lo = mid + 1;
            else hi = mid;
        }
        var lastEnd = -1;
        for (var i = lo; i < Mentions.Count && Mentions[i].Mention.Span.Start < sentence.End; i++)
        {
            // Mentions never overlap in a matcher's output; if two stages' mentions do, the first (longer) one holds.
            if (Mentions[i].Mention.Span.Start < lastEnd || Mentions[i].Mention.Span.End > sentence.End) continue;
            inside.Add(Mentions[i]);
            lastEnd = Mentions[i].Mention.Span.End;
        }
    }
}
