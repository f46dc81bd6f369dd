using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>
/// score_events: per document, the scored system events (<see cref="EventMatching.IsScored"/>) are matched to
/// gold events, those with fewer candidates first; among a gold event's unused candidates the first with a
/// fitting date, then the same status, wins. Status, direction and date (year; exact) are reported over matches.
/// </summary>
internal static class EventScorer
{
    public static EventScores Score(GoldSet gold, IReadOnlyDictionary<string, JsonElement> records)
    {
        int tp = 0, fp = 0, fn = 0, dateExact = 0, dateYear = 0, dated = 0, statusOk = 0, directionOk = 0, directed = 0;
        var notes = new List<string>();
        foreach (var (doc, golds) in Grouping.ByDocument(gold.Events, g => g.Doc))
        {
            JsonElement? d = records.TryGetValue(doc, out var record) ? record : null;
            var events = PythonValue.Items(d, "events").Where(EventMatching.IsScored).ToList();
            var tag = PythonText.Prefix(doc, 3);
            var used = new HashSet<int>();
            // gold events with fewer candidates are matched first (a stable sort, as Python's)
            var order = golds.OrderBy(g => EventMatching.Candidates(g, events).Count).ToList();
            foreach (var g in order)
            {
                var candidates = EventMatching.Candidates(g, events)
                    .Where(i => !used.Contains(i))
                    .OrderBy(i => !EventMatching.DateFits(events[i], g))
                    .ThenBy(i => !PythonValue.EqualsText(PythonValue.Get(events[i], "status"), g.Status))
                    .ToList();
                if (candidates.Count == 0)
                {
                    fn++;
                    notes.Add($"{tag} missed {g.Id} {g.Type} {string.Join('/', g.Countries)} {g.Date ?? ""} :: {PythonText.Prefix(g.Quote, 70)}");
                    continue;
                }
                var s = events[candidates[0]];
                used.Add(candidates[0]);
                tp++;
                var status = PythonValue.Get(s, "status");
                if (PythonValue.EqualsText(status, g.Status)) statusOk++;
                else notes.Add($"{tag} {g.Id} status {PythonValue.Str(status)} gold {g.Status}");
                if (!string.IsNullOrEmpty(g.Source) || !string.IsNullOrEmpty(g.Target))
                {
                    directed++;
                    if (PythonValue.EqualsText(PythonValue.Get(s, "source"), g.Source) && PythonValue.EqualsText(PythonValue.Get(s, "target"), g.Target))
                        directionOk++;
                }
                if (!string.IsNullOrEmpty(g.Date))
                {
                    dated++;
                    var value = ScoringRules.DateValue(s, "date");
                    var fits = EventMatching.DateFits(s, g);
                    if (fits) dateYear++;
                    if (PythonValue.Truthy(value) && PythonValue.Str(value) == g.Date) dateExact++;
                    else if (!fits) notes.Add($"{tag} {g.Id} date {PythonValue.Str(value)} gold {g.Date}");
                }
            }
            for (var i = 0; i < events.Count; i++)
            {
                if (used.Contains(i)) continue;
                fp++;
                var s = events[i];
                var evidence = PythonValue.Get(s, "evidence");
                var first = PythonValue.Truthy(evidence) ? PythonValue.ListItems(evidence).FirstOrDefault() : default(JsonElement?);
                var quote = PythonText.Prefix(PythonValue.StrOr(first, "text", ""), 70);
                notes.Add($"{tag} extra {PythonValue.Str(PythonValue.Get(s, "type"))} {EventMatching.JoinCountries(s)} {PythonValue.Str(PythonValue.Get(s, "status"))} :: {quote}");
            }
        }
        return new EventScores(
            PrecisionRecall.From(tp, fp, fn), new Ratio(statusOk, tp), new Ratio(directionOk, directed),
            new Ratio(dateYear, dated), new Ratio(dateExact, dated), notes);
    }
}
