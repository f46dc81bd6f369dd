namespace Dyad.Annotation.Events;

/// <summary>Where a status cue may stand relative to its trigger.</summary>
[Flags]
internal enum CuePlace { Before = 1, After = 2, Both = Before | After }

/// <summary>One status cue of Data/status-cues.tsv: its words, the status it signals, where and how far from the trigger it counts.</summary>
internal sealed record StatusCue(string[] Words, EventStatus Status, CuePlace Place, int Reach, bool Masks);

/// <summary>A cue found in a sentence: tokens First..Last.</summary>
internal readonly record struct CueMatch(StatusCue Cue, int First, int Last);

/// <summary>The status cues shipped in Data/status-cues.tsv, found leftmost-longest in a sentence.</summary>
internal sealed class StatusCueTable
{
    public const int DefaultReachBefore = 8;
    public const int DefaultReachAfter = 4;

    private readonly Dictionary<string, List<StatusCue>> _byFirstWord;

    private StatusCueTable(List<StatusCue> cues)
    {
        Cues = cues;
        _byFirstWord = new Dictionary<string, List<StatusCue>>(StringComparer.Ordinal);
        foreach (var cue in cues)
        {
            if (!_byFirstWord.TryGetValue(cue.Words[0], out var list)) _byFirstWord[cue.Words[0]] = list = [];
            list.Add(cue);
        }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    public static StatusCueTable Default { get; } = Load();

    public IReadOnlyList<StatusCue> Cues { get; }

    /// <summary>Every cue in the sentence, leftmost-longest, never across a clause boundary.</summary>
    public List<CueMatch> Find(ClauseText text)
    {
        var found = new List<CueMatch>();
        var tokens = text.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            if ((tokens[i].Roles & WordRoles.CueStart) == 0 || !tokens[i].IsWord || !_byFirstWord.TryGetValue(tokens[i].Lower, out var cues)) continue;
            foreach (var cue in cues)
            {
                if (!text.WordsAt(i, cue.Words) || tokens[i + cue.Words.Length - 1].Clause != tokens[i].Clause) continue;
                found.Add(new CueMatch(cue, i, i + cue.Words.Length - 1));
                i += cue.Words.Length - 1;
                break;
            }
        }
        return found;
    }

    private static StatusCueTable Load()
    {
        const string file = "status-cues.tsv";
        using var reader = EventDataFiles.Open(file);
        var cues = new List<StatusCue>();
        foreach (var (line, cells) in EventDataFiles.ReadTable(reader))
        {
            if (cells.Length < 3) throw EventDataFiles.Error(file, line, "expected at least 3 tab-separated columns: cue, status, where");
            if (!EventStatusNames.TryParse(cells[1], out var status)) throw EventDataFiles.Error(file, line, $"unknown status '{cells[1]}'");
            var place = cells[2] switch
            {
                "before" => CuePlace.Before,
                "after" => CuePlace.After,
                "both" => CuePlace.Both,
                _ => throw EventDataFiles.Error(file, line, $"where '{cells[2]}' is not before, after or both"),
            };
            var reach = 0;
            if (cells.Length > 3 && cells[3].Length > 0 && (!int.TryParse(cells[3], out reach) || reach < 0))
                throw EventDataFiles.Error(file, line, $"reach '{cells[3]}' is not a word count");
            var masks = cells.Length > 4 && cells[4] == "masks";
            var words = cells[0].ToLowerInvariant().Replace('\u2019', '\'').Split(' ', StringSplitOptions.RemoveEmptyEntries);
            cues.Add(new StatusCue(words, status, place, reach, masks));
        }
        return new StatusCueTable(cues);
    }
}
