using System.Buffers;
using System.Text;
using Dyad.Cleaning.Dating;
using Dyad.Documents;

namespace Dyad.Knowledge;

/// <summary>
/// Finds the exercise editions the knowledge base knows the year of ("Druzhba VI", "Friendship-2017")
/// in a text, so an article that speaks of an edition can be dated at or after it.
/// </summary>
public sealed class KnowledgeEditionLookup(KnowledgeBase knowledge) : INamedEditionLookup
{
    /// <summary>How far past a series name an edition marker may reach: " VIII", "-2021".</summary>
    private const int MarkerReach = 6;

    /// <summary>
    /// The names of the exercise series alone. Most ranges name no series: this small matcher says so at a fraction
    /// of the cost of the full one, which runs only where a series name stands (and may find a longer name there).
    /// </summary>
    private readonly Lazy<KnowledgeMatcher> _seriesNames = new(
        () => new KnowledgeMatcher(knowledge.Aliases().Where(a => a.Sense.Entry is ExerciseSeries)), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The first word of every series name as the matcher folds it (lower case, one dash, one apostrophe); null when one
    /// is not all ASCII, where a plain search cannot stand in for the matcher's folding.
    /// </summary>
    private readonly Lazy<SeriesHeads?> _seriesHeads = new(() => SeriesHeads.Of(knowledge), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The text the thread last asked about, and whether a series name may stand anywhere in it: callers ask line by line,
    /// and most articles name no series at all, which one search of the whole text says for every line (0.8% of a run's
    /// samples went to searching line by line).
    /// </summary>
    [ThreadStatic] private static (KnowledgeEditionLookup? Lookup, string? Text, bool MayStand) t_lastText;

    public IEnumerable<NamedEdition> FindEditions(string text, TextSpan range)
    {
        var found = new List<NamedEdition>();
        if (_seriesHeads.Value is { } heads)
        {
            if (!ReferenceEquals(t_lastText.Lookup, this) || !ReferenceEquals(t_lastText.Text, text)) t_lastText = (this, text, heads.MayStandIn(text));
            if (!t_lastText.MayStand || !heads.MayStandIn(text.AsSpan(range.Start, range.Length))) return found;
        }
        if (_seriesNames.Value.Match(text.AsSpan(range.Start, range.Length)).Count == 0) return found;
        foreach (var match in knowledge.Matcher.Match(text.AsSpan(range.Start, range.Length)))
        {
            if (match.Entry is not ExerciseSeries) continue;
            var start = range.Start + match.Start;
            // The marker may follow the name ("Druzhba VI") or be part of the matched name ("Friendship-2017").
            foreach (var end in (ReadOnlySpan<int>)[MarkerEnd(text, range.Start + match.End, range.End), range.Start + match.End])
            {
                if (knowledge.FindEdition(text[start..end]) is not { } edition) continue;
                found.Add(new NamedEdition(new TextSpan(start, end), text[start..end], new PartialDate(edition.Edition.Year)));
                break;
            }
        }
        return found;
    }

    /// <summary>The end of the marker token after a name: a separator, then letters or digits.</summary>
    private static int MarkerEnd(string text, int at, int limit)
    {
        var i = at;
        while (i < limit && i - at < 2 && text[i] is ' ' or '-' or '\u2010' or '\u2011' or '\u2013' or '\u2014') i++;
        var token = i;
        while (i < limit && i - token < MarkerReach && char.IsLetterOrDigit(text[i])) i++;
        return i < limit && char.IsLetterOrDigit(text[i]) ? at : i; // a longer word is not a marker
    }

    /// <summary>
    /// A search for the first words of the series names, which rules out at once most ranges the matcher would walk word
    /// by word to find nothing: a name stands only where its first word does, case aside.
    /// </summary>
    private sealed class SeriesHeads(SearchValues<string> words, SearchValues<char> characters)
    {
        public static SeriesHeads? Of(KnowledgeBase knowledge)
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (alias, sense) in knowledge.Aliases())
            {
                if (sense.Entry is not ExerciseSeries) continue;
                var form = KnowledgeMatcher.Normalize(alias);
                if (form.Length == 0) continue;
                var head = form.Split(' ')[0];
                if (!Ascii.IsValid(head)) return null;
                words.Add(string.Concat(head.Select(KnowledgeMatcher.Fold)));
            }
            return new SeriesHeads(SearchValues.Create([.. words], StringComparison.OrdinalIgnoreCase), SearchValues.Create(string.Concat(words)));
        }

        /// <summary>
        /// Whether a series name may stand in the range: one of the first words is in it, or a character outside ASCII the
        /// matcher folds into a letter or mark of one (a dash, a curly apostrophe, the Kelvin sign), which only the matcher reads right.
        /// </summary>
        public bool MayStandIn(ReadOnlySpan<char> range)
        {
            if (range.ContainsAny(words)) return true;
            for (var at = range.IndexOfAnyExceptInRange('\0', '\x7F'); at >= 0; at = NextOutsideAscii(range, at + 1))
                if (characters.Contains(KnowledgeMatcher.Fold(range[at]))) return true;
            return false;
        }

        private static int NextOutsideAscii(ReadOnlySpan<char> range, int from)
        {
            var next = range[from..].IndexOfAnyExceptInRange('\0', '\x7F');
            return next < 0 ? -1 : from + next;
        }
    }
}
