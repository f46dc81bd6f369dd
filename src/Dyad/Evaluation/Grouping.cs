namespace Dyad.Evaluation;

internal static class Grouping
{
    /// <summary>Gold rows grouped by document, documents in order of first appearance (the scorer's by_doc).</summary>
    public static List<(string Doc, List<T> Rows)> ByDocument<T>(IEnumerable<T> rows, Func<T, string> doc)
    {
        var groups = new List<(string, List<T>)>();
        var index = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var key = doc(row);
            if (!index.TryGetValue(key, out var group))
            {
                index[key] = group = [];
                groups.Add((key, group));
            }
            group.Add(row);
        }
        return groups;
    }
}
