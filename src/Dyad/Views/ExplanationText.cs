using Dyad.Annotation.Events;
using Dyad.Fusion;

namespace Dyad.Views;

/// <summary><c>dyad explain</c>: which mentions an event holds, from which reports, and the rule that merged each; what it was kept apart from, and why.</summary>
public static class ExplanationText
{
    public static void Write(EventExplanation explanation, TextWriter output)
    {
        var fused = explanation.Event;
        var e = fused.Event;
        output.WriteLine($"{e.Id}  {EventTitle.DateOf(e)}  {e.Status.ToSchemaName()}  {EventTable.OneLine(EventTitle.For(e))}");
        output.WriteLine($"  {fused.SourceCount} source{(fused.SourceCount == 1 ? "" : "s")} (copies of one report count once), {fused.DocumentCount} document{(fused.DocumentCount == 1 ? "" : "s")}, {e.Evidence.Count} quote{(e.Evidence.Count == 1 ? "" : "s")}");
        output.WriteLine($"  candidate group: {explanation.Block} (only mentions of one type between the same states can be one event)");
        foreach (var conflict in e.Conflicts)
            output.WriteLine($"  sources disagree on {conflict.Field}: {string.Join(" / ", conflict.Values)}; the record keeps the value most sources give");
        output.WriteLine();
        output.WriteLine("merged mentions:");
        for (var i = 0; i < explanation.Members.Count; i++)
        {
            var member = explanation.Members[i];
            var m = member.Mention.Event;
            var report = member.Report is { } r
                ? $"{r.Publisher ?? "unknown publisher"}, {r.Published?.ToString() ?? "undated"}, {r.Source}"
                : member.Mention.DocumentId;
            output.WriteLine($"  {i + 1}. {member.Mention.Id}  {m.Status.ToSchemaName()}  {EventTitle.DateOf(m)}  in {member.Mention.DocumentId} ({report})");
            foreach (var evidence in m.Evidence)
                output.WriteLine($"     \"{EventTable.OneLine(evidence.Text)}\" [{evidence.Span.Start}..{evidence.Span.End}]");
            output.WriteLine($"     why: {member.Reason}");
        }
        if (explanation.Apart.Count == 0) return;
        output.WriteLine();
        output.WriteLine("kept apart from:");
        foreach (var apart in explanation.Apart)
            output.WriteLine($"  {apart.EventId}: {apart.Reason}");
    }
}
