using System.Text.Json;

namespace Dyad.Evaluation;

/// <summary>The scorer's event identity rules: scored(), event_candidates() and date_fits().</summary>
internal static class EventMatching
{
    /// <summary>scored: one of the ten event types, and not a generic statement.</summary>
    public static bool IsScored(JsonElement s) =>
        PythonValue.AsString(PythonValue.Get(s, "type")) is { } type && ScoringRules.ScoredEventTypes.Contains(type)
        && !PythonValue.EqualsText(PythonValue.Get(s, "status"), "generic");

    /// <summary>
    /// event_candidates: indices of the system events that agree with <paramref name="g"/> on type (or an alt type),
    /// the set of countries, and, where the gold gives them, a name and a piece of equipment (<see cref="ScoringRules.NamesMatch"/>).
    /// </summary>
    public static List<int> Candidates(GoldEvent g, IReadOnlyList<JsonElement> events)
    {
        var candidates = new List<int>();
        for (var i = 0; i < events.Count; i++)
        {
            var s = events[i];
            if (!g.AcceptsType(PythonValue.AsString(PythonValue.Get(s, "type")))) continue;
            if (!SameCountries(PythonValue.Get(s, "countries"), g.Countries)) continue;
            if (g.Names.Count > 0 && !ScoringRules.NamesMatch(StrOrEmpty(PythonValue.Get(s, "name")), g.Names)) continue;
            if (g.Equipment.Count > 0 && !EquipmentNames(s).Any(x => ScoringRules.NamesMatch(x, g.Equipment))) continue;
            candidates.Add(i);
        }
        return candidates;
    }

    /// <summary>date_fits: the gold gives no date, or the system date's year is the gold date's year or an alternative's.</summary>
    public static bool DateFits(JsonElement s, GoldEvent g)
    {
        if (string.IsNullOrEmpty(g.Date)) return true;
        var year = ScoringRules.Year(ScoringRules.DateValue(s, "date"));
        return year == ScoringRules.Year(g.Date) || g.AltDates.Any(x => ScoringRules.Year(x) == year);
    }

    /// <summary><c>'/'.join(s.get('countries') or [])</c>, the countries as the system listed them.</summary>
    public static string JoinCountries(JsonElement s)
    {
        var countries = PythonValue.Get(s, "countries");
        return PythonValue.Truthy(countries) ? string.Join('/', PythonValue.IterateAsStrings(countries).Select(c => c ?? "None")) : "";
    }

    // sorted(set(countries or [])) == gold countries, compared as lists: an unsorted gold list never matches.
    private static bool SameCountries(JsonElement? countries, IReadOnlyList<string> gold)
    {
        var items = PythonValue.Truthy(countries) ? PythonValue.IterateAsStrings(countries) : [];
        if (items.Any(c => c is null)) return false;
        var distinct = items.Select(c => c!).Distinct(StringComparer.Ordinal).Order(PythonText.CodePointOrder).ToList();
        return distinct.SequenceEqual(gold, StringComparer.Ordinal);
    }

    // [x.get("name", "") if isinstance(x, dict) else x for x in (s.get("equipment") or [])], each as str().
    private static IEnumerable<string> EquipmentNames(JsonElement s)
    {
        var equipment = PythonValue.Get(s, "equipment");
        if (!PythonValue.Truthy(equipment)) return [];
        if (equipment is { ValueKind: JsonValueKind.Array } list)
            return list.EnumerateArray().Select(x => x.ValueKind == JsonValueKind.Object ? PythonValue.StrOr(x, "name", "") : PythonValue.Str(x)).ToList();
        return PythonValue.IterateAsStrings(equipment).Select(x => x ?? "").ToList();
    }

    // str(value or "")
    private static string StrOrEmpty(JsonElement? value) => PythonValue.Truthy(value) ? PythonValue.Str(value) : "";
}
