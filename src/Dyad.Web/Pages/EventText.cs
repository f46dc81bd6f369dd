using Dyad.Web.Events;

namespace Dyad.Web.Pages;

/// <summary>How an event reads in a page: a title of a few words, its type and status as badges.</summary>
public static class EventText
{
    public static string TypeLabel(string type) =>
        type.Length == 0 ? type : type[0] + type[1..].ToLowerInvariant().Replace('_', ' ');

    public static string Parties(EventRecord e) =>
        e.Source is not null && e.Target is not null ? $"{e.Source} → {e.Target}" : string.Join(" · ", e.Countries);

    public static string Title(EventRecord e)
    {
        var what = e.Name ?? (e.Equipment.Count > 0 ? string.Join(", ", e.Equipment.Select(x => x.Name)) : null)
            ?? e.Participants.FirstOrDefault()?.Name ?? e.Location;
        return $"{TypeLabel(e.Type)} {Parties(e)}" + (what is null ? "" : $": {what}");
    }

    public static RawHtml Status(string status) => new Html().Add($"""<span class="status s-{status}">{status}</span>""").ToRaw();

    public static RawHtml Type(string type) => new Html().Add($"""<span class="type t-{type}">{TypeLabel(type)}</span>""").ToRaw();

    public static RawHtml ReviewMark(EventRecord e)
    {
        if (e.Review is not { } review) return default;
        var html = new Html();
        if (review.Verdict is { } verdict) html.Add($"""<span class="verdict v-{verdict}" title="by {review.LastBy}">{verdict}</span>""");
        if (review.Edits.Count > 0) html.Add($"""<span class="verdict v-edited" title="{string.Join(", ", review.Edits.Keys)}">edited</span>""");
        if (review.MergedFrom.Count > 0) html.Add($"""<span class="verdict v-merged">merged ×{review.MergedFrom.Count + 1}</span>""");
        if (review.SplitFrom is not null) html.Add($"""<span class="verdict v-split">split</span>""");
        return html.ToRaw();
    }

    public static string Link(string id) => "/events/" + Html.Url(id);

    public static string DocumentLink(string id, int? start = null, int? end = null) =>
        "/documents/" + Html.Url(id) + (start is { } s && end is { } e ? $"?hl={s}-{e}#ev-{s}-{e}" : "");
}
