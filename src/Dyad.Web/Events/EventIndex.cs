namespace Dyad.Web.Events;

/// <summary>
/// Lists of event positions (in date order) by country and by type, and the non-generic events: where a
/// listing starts its scan. Built once per derived view.
/// </summary>
internal sealed class EventIndex
{
    private readonly EventKey[] _keys;
    private readonly int[] _all;
    private readonly int[] _nonGeneric;
    private readonly Dictionary<int, int[]> _byCountry;
    private readonly Dictionary<int, int[]> _byType;

    public EventIndex(EventKey[] keys, EventVocabulary vocabulary)
    {
        _keys = keys;
        _all = Enumerable.Range(0, keys.Length).ToArray();
        var generic = vocabulary.Find("status", "generic");
        _nonGeneric = _all.Where(i => keys[i].Status != generic).ToArray();
        var byCountry = new Dictionary<int, List<int>>();
        var byType = new Dictionary<int, List<int>>();
        for (var i = 0; i < keys.Length; i++)
        {
            Add(byType, keys[i].Type, i);
            if (keys[i].Country0 > 0) Add(byCountry, keys[i].Country0, i);
            if (keys[i].Country1 > 0 && keys[i].Country1 != keys[i].Country0) Add(byCountry, keys[i].Country1, i);
        }
        _byCountry = byCountry.ToDictionary(p => p.Key, p => p.Value.ToArray());
        _byType = byType.ToDictionary(p => p.Key, p => p.Value.ToArray());
    }

    /// <summary>True when the filter asks for nothing but the default (every status but generic): the candidates are the answer.</summary>
    public static bool IsUnfiltered(EventFilter f) =>
        string.IsNullOrWhiteSpace(f.Pair) && string.IsNullOrWhiteSpace(f.Country) && string.IsNullOrWhiteSpace(f.Type) && string.IsNullOrWhiteSpace(f.Status)
        && string.IsNullOrWhiteSpace(f.From) && string.IsNullOrWhiteSpace(f.To) && string.IsNullOrWhiteSpace(f.Q) && string.IsNullOrWhiteSpace(f.Review)
        && string.IsNullOrWhiteSpace(f.Person) && string.IsNullOrWhiteSpace(f.Equipment);

    /// <summary>The smallest list that holds every event the filter can match. Countries beyond the first two of an event are not indexed, so a country filter alone scans all.</summary>
    public int[] Candidates(EventFilter f, EventVocabulary vocabulary)
    {
        var best = string.IsNullOrWhiteSpace(f.Status) ? _nonGeneric : _all;
        if (EventMatcher.NormalizePair(f.Pair) is { } pair)
        {
            foreach (var code in pair.Split('-'))
                best = Smaller(best, vocabulary.Find("country", code) is var id && id > 0 ? _byCountry.GetValueOrDefault(id, []) : []);
        }
        if (!string.IsNullOrWhiteSpace(f.Type))
            best = Smaller(best, vocabulary.Find("type", f.Type.Trim().ToUpperInvariant()) is var id && id > 0 ? _byType.GetValueOrDefault(id, []) : []);
        return best;
    }

    /// <summary>The positions in <paramref name="candidates"/> that can hold events within the filter's dates; undated events (last) are left out when dates are asked.</summary>
    public (int Lo, int Hi) DateSlice(int[] candidates, EventFilter f)
    {
        var from = string.IsNullOrWhiteSpace(f.From) ? 0 : DateRange.Of(f.From.Trim()).Earliest;
        var to = string.IsNullOrWhiteSpace(f.To) ? 0 : DateRange.Of(f.To.Trim()).Latest;
        if (from == 0 && to == 0) return (0, candidates.Length);
        // A date means at most a year, so an event whose first day is a year before 'from' may still reach it.
        var lo = from == 0 ? 0 : FirstAtOrAfter(candidates, from - 10000);
        var hi = FirstAtOrAfter(candidates, to == 0 ? int.MaxValue : to + 1);
        return (lo, Math.Max(lo, hi));
    }

    /// <summary>The first position whose event's first day is on or after <paramref name="day"/>, undated events counting as after every day.</summary>
    private int FirstAtOrAfter(int[] candidates, int day)
    {
        int lo = 0, hi = candidates.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            var earliest = _keys[candidates[mid]].Earliest;
            if (earliest != 0 && earliest < day) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    private static int[] Smaller(int[] a, int[] b) => b.Length < a.Length ? b : a;

    private static void Add(Dictionary<int, List<int>> lists, int key, int position)
    {
        if (!lists.TryGetValue(key, out var list)) lists[key] = list = [];
        list.Add(position);
    }
}
