using System.Runtime.CompilerServices;
using System.Text;

namespace Dyad.Web.Events;

/// <summary>Turns a filter into one predicate, checking the cheap conditions first.</summary>
internal static class EventMatcher
{
    private static readonly ConditionalWeakTable<EventRecord, string> SearchTexts = new();

    public static Func<EventRecord, bool> For(EventFilter f)
    {
        var pair = NormalizePair(f.Pair);
        var country = Blank(f.Country)?.ToUpperInvariant();
        var type = Blank(f.Type)?.ToUpperInvariant();
        var status = Blank(f.Status)?.ToLowerInvariant();
        var from = Blank(f.From);
        var to = Blank(f.To);
        var review = Blank(f.Review)?.ToLowerInvariant();
        var person = Blank(f.Person);
        var equipment = Blank(f.Equipment);
        var words = Blank(f.Q)?.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];

        return e =>
        {
            if (type is not null && e.Type != type) return false;
            if (status is not null ? e.Status != status : e.Status == "generic") return false;
            if (pair is not null && e.Pair != pair) return false;
            if (country is not null && !e.Countries.Contains(country)) return false;
            if (from is not null && (e.Date is null || string.CompareOrdinal(Pad(e.Date.Value, '9'), from) < 0)) return false;
            if (to is not null && (e.Date is null || string.CompareOrdinal(e.Date.Value, Pad(to, '9')) > 0)) return false;
            if (review is not null && !ReviewMatches(e.Review, review)) return false;
            if (person is not null && !e.Participants.Any(p => string.Equals(p.Name, person, StringComparison.OrdinalIgnoreCase))) return false;
            if (equipment is not null && !e.Equipment.Any(x => x.Id == equipment)) return false;
            if (words.Length > 0)
            {
                var text = SearchTexts.GetValue(e, SearchText);
                foreach (var word in words)
                    if (!text.Contains(word, StringComparison.Ordinal)) return false;
            }
            return true;
        };
    }

    /// <summary>"RUS-PAK", "pak-rus" and "PAK,RUS" all name the pair PAK-RUS.</summary>
    public static string? NormalizePair(string? pair)
    {
        var parts = Blank(pair)?.ToUpperInvariant().Split(['-', ',', ' ', '_'], StringSplitOptions.RemoveEmptyEntries);
        return parts is { Length: 2 } ? string.Join('-', parts.Order(StringComparer.Ordinal)) : null;
    }

    private static bool ReviewMatches(ReviewSummary? review, string wanted) => wanted switch
    {
        "accepted" or "rejected" => review?.Verdict == wanted,
        "edited" => review is { Edits.Count: > 0 },
        "unreviewed" => review is null,
        "reviewed" => review is not null,
        _ => true,
    };

    /// <summary>An ISO prefix made to compare after every date it covers: 2015 → 2015-99-99 when padded with '9'.</summary>
    private static string Pad(string date, char fill) => date.Length >= 10 ? date : date + "-99-99"[..(10 - date.Length)].Replace('9', fill);

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string SearchText(EventRecord e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Name).Append(' ').Append(e.Location).Append(' ').Append(e.Type).Append(' ');
        foreach (var p in e.Participants) sb.Append(p.Name).Append(' ').Append(p.Role).Append(' ');
        foreach (var x in e.Equipment) sb.Append(x.Name).Append(' ');
        foreach (var ev in e.Evidence) sb.Append(ev.Text).Append(' ');
        return sb.ToString().ToLowerInvariant();
    }
}
