using System.Globalization;
using System.Text;

namespace Dyad.Web.Events;

/// <summary>
/// What the common filters compare, packed in a small struct so a listing scans one array in order
/// instead of chasing each event's objects across the heap (100,000 events: a millisecond or two, not 50).
/// </summary>
internal readonly struct EventKey
{
    public readonly byte Type, Status, Review;
    public readonly ushort Country0, Country1;
    public readonly byte CountryCount;

    /// <summary>yyyymmdd of the first and last day the date can mean; 0 when undated.</summary>
    public readonly int Earliest, Latest;

    public const byte Reviewed = 1, Accepted = 2, Rejected = 4, Edited = 8;

    public EventKey(EventRecord e, EventVocabulary vocabulary)
    {
        Type = vocabulary.TypeId(e.Type);
        Status = vocabulary.StatusId(e.Status);
        CountryCount = (byte)Math.Min(e.Countries.Count, 255);
        Country0 = e.Countries.Count > 0 ? vocabulary.CountryId(e.Countries[0]) : (ushort)0;
        Country1 = e.Countries.Count > 1 ? vocabulary.CountryId(e.Countries[1]) : (ushort)0;
        (Earliest, Latest) = e.Date is null ? (0, 0) : DateRange.Of(e.Date.Value);
        Review = e.Review is not { } r ? (byte)0
            : (byte)(Reviewed | (r.Verdict == "accepted" ? Accepted : 0) | (r.Verdict == "rejected" ? Rejected : 0) | (r.Edits.Count > 0 ? Edited : 0));
    }
}

/// <summary>Small ids for the types, statuses and countries of one view; 0 is "none", ids never change within a view.</summary>
internal sealed class EventVocabulary
{
    private readonly Dictionary<string, byte> _types = new(StringComparer.Ordinal);
    private readonly Dictionary<string, byte> _statuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ushort> _countries = new(StringComparer.Ordinal);

    public byte TypeId(string type) => Id(_types, type);
    public byte StatusId(string status) => Id(_statuses, status);
    public ushort CountryId(string country) => _countries.TryGetValue(country, out var id) ? id : _countries[country] = (ushort)(_countries.Count + 1);

    /// <summary>The id of a value as a filter names it; -1 when no event has it (so nothing matches).</summary>
    public int Find(string kind, string? value) => value is null ? 0 : kind switch
    {
        "type" => _types.TryGetValue(value, out var t) ? t : -1,
        "status" => _statuses.TryGetValue(value, out var s) ? s : -1,
        _ => _countries.TryGetValue(value, out var c) ? c : -1,
    };

    private static byte Id(Dictionary<string, byte> ids, string value) =>
        ids.TryGetValue(value, out var id) ? id : ids[value] = (byte)Math.Min(ids.Count + 1, 255);
}

/// <summary>The days an ISO date prefix covers, as yyyymmdd numbers: 2015 → 20150101..20151299.</summary>
internal static class DateRange
{
    public static (int Earliest, int Latest) Of(string iso)
    {
        var parts = iso.Split('-');
        if (parts.Length == 0 || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return (0, 0);
        var month = parts.Length > 1 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : 0;
        var day = parts.Length > 2 && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var d) ? d : 0;
        var earliest = year * 10000 + Math.Max(month, 1) * 100 + Math.Max(day, 1);
        var latest = year * 10000 + (month == 0 ? 12 : month) * 100 + (day == 0 ? 99 : day);
        return (earliest, latest);
    }
}

/// <summary>An event with its packed key and, once a search asks for it, its search text.</summary>
internal sealed class IndexedEvent(EventRecord e)
{
    public EventRecord Event { get; } = e;

    private string? _searchText;
    private byte[]? _json;

    public string SearchText => _searchText ??= EventMatcher.SearchText(Event);

    /// <summary>The event as the API writes it (UTF-8 JSON), made on first use.</summary>
    public byte[] Json => _json ??= System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(Event, WebJson.Responses.EventRecord);
}

/// <summary>Turns a filter into one predicate over the packed keys, with what they cannot say checked on the event itself.</summary>
internal static class EventMatcher
{
    public static Func<EventKey, IndexedEvent, bool> For(EventFilter f, EventVocabulary vocabulary)
    {
        static Func<EventKey, IndexedEvent, bool> None() => static (_, _) => false;
        var pair = NormalizePair(f.Pair)?.Split('-');
        var pairA = pair is null ? 0 : vocabulary.Find("country", pair[0]);
        var pairB = pair is null ? 0 : vocabulary.Find("country", pair[1]);
        var country = vocabulary.Find("country", Blank(f.Country)?.ToUpperInvariant());
        var type = vocabulary.Find("type", Blank(f.Type)?.ToUpperInvariant());
        var status = vocabulary.Find("status", Blank(f.Status)?.ToLowerInvariant());
        var generic = vocabulary.Find("status", "generic");
        if (pairA < 0 || pairB < 0 || country < 0 || type < 0 || status < 0) return None();
        var from = Blank(f.From) is { } fromText ? DateRange.Of(fromText).Earliest : 0;
        var to = Blank(f.To) is { } toText ? DateRange.Of(toText).Latest : 0;
        var review = Blank(f.Review)?.ToLowerInvariant();
        var person = Blank(f.Person);
        var equipment = Blank(f.Equipment);
        var words = Blank(f.Q)?.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries) ?? [];

        return (k, x) =>
        {
            if (type > 0 && k.Type != type) return false;
            if (status > 0 ? k.Status != status : k.Status == generic) return false;
            if (pairA > 0 && (k.CountryCount != 2 || !(k.Country0 == pairA && k.Country1 == pairB || k.Country0 == pairB && k.Country1 == pairA))) return false;
            if (country > 0 && k.Country0 != country && k.Country1 != country
                && (k.CountryCount <= 2 || !x.Event.Countries.Contains(Blank(f.Country)!.ToUpperInvariant()))) return false;
            if (from > 0 && (k.Latest == 0 || k.Latest < from)) return false;
            if (to > 0 && (k.Earliest == 0 || k.Earliest > to)) return false;
            if (review is not null && !ReviewMatches(k.Review, review)) return false;
            if (person is not null && !x.Event.Participants.Any(p => string.Equals(p.Name, person, StringComparison.OrdinalIgnoreCase))) return false;
            if (equipment is not null && !x.Event.Equipment.Any(e => e.Id == equipment)) return false;
            if (words.Length > 0)
            {
                var text = x.SearchText;
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

    private static bool ReviewMatches(byte review, string wanted) => wanted switch
    {
        "accepted" => (review & EventKey.Accepted) != 0,
        "rejected" => (review & EventKey.Rejected) != 0,
        "edited" => (review & EventKey.Edited) != 0,
        "unreviewed" => review == 0,
        "reviewed" => review != 0,
        _ => true,
    };

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string SearchText(EventRecord e)
    {
        var sb = new StringBuilder();
        sb.Append(e.Name).Append(' ').Append(e.Location).Append(' ').Append(e.Type).Append(' ');
        foreach (var p in e.Participants) sb.Append(p.Name).Append(' ').Append(p.Role).Append(' ');
        foreach (var x in e.Equipment) sb.Append(x.Name).Append(' ');
        foreach (var ev in e.Evidence) sb.Append(ev.Text).Append(' ');
        return sb.ToString().ToLowerInvariant();
    }
}
