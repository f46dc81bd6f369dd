namespace Dyad.Annotation.Events;

/// <summary>CAMEO and PLOVER codes by event type and status (Data/event-codes.tsv).</summary>
internal sealed class EventCodeTable
{
    private readonly Dictionary<(EventType, EventStatus?), EventCodes> _codes;

    private EventCodeTable(Dictionary<(EventType, EventStatus?), EventCodes> codes) => _codes = codes;

    public static EventCodeTable Default { get; } = Load();

    public EventCodes For(EventType type, EventStatus status) =>
        _codes.TryGetValue((type, status), out var codes) ? codes
        : _codes.TryGetValue((type, null), out var any) ? any
        : EventCodes.None;

    private static EventCodeTable Load()
    {
        const string file = "event-codes.tsv";
        using var reader = EventDataFiles.Open(file);
        var codes = new Dictionary<(EventType, EventStatus?), EventCodes>();
        foreach (var (line, cells) in EventDataFiles.ReadTable(reader))
        {
            if (cells.Length != 4) throw EventDataFiles.Error(file, line, "expected 4 tab-separated columns: type, status, cameo, plover");
            if (!EventTypeNames.TryParse(cells[0], out var type)) throw EventDataFiles.Error(file, line, $"unknown event type '{cells[0]}'");
            EventStatus? status = null;
            if (cells[1] != "*")
                status = EventStatusNames.TryParse(cells[1], out var s) ? s : throw EventDataFiles.Error(file, line, $"unknown status '{cells[1]}'");
            if (!codes.TryAdd((type, status), new EventCodes(cells[2] == "-" ? null : cells[2], cells[3] == "-" ? null : cells[3])))
                throw EventDataFiles.Error(file, line, $"{cells[0]} {cells[1]} is listed twice");
        }
        return new EventCodeTable(codes);
    }
}
