using System.Diagnostics;
using Dyad.Storage;

namespace Dyad.Cli.Terminal;

/// <summary>
/// Shows how a batch goes: a bar redrawn in place on a terminal, plain lines now and then when
/// stderr is redirected to a file or a pipe (so logs stay readable). Messages about single inputs
/// (refusals, warnings) are printed as they come, above the bar. Safe to call from several threads.
/// </summary>
internal sealed class ProgressView : IProgress<IngestProgress>, IDisposable
{
    private static readonly TimeSpan TerminalEvery = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);

    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly int? _totalFiles;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _lock = new();
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);
    private IngestProgress _stored;
    private TimeSpan? _lastDrawn;
    private bool _barShown;

    private ProgressView(TextWriter error, bool terminal, int? totalFiles)
    {
        _error = error;
        _terminal = terminal;
        _totalFiles = totalFiles;
    }

    public static ProgressView For(TextWriter error, int? totalFiles)
    {
        var terminal = ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;
        return new ProgressView(error, terminal, totalFiles);
    }

    /// <summary>An input was read (a file, or an item of a feed or JSON Lines file).</summary>
    public void Read(string source)
    {
        var hash = source.IndexOf('#');
        lock (_lock)
        {
            _files.Add(hash < 0 ? source : source[..hash]);
            DrawIfDue();
        }
    }

    public void Report(IngestProgress value)
    {
        lock (_lock)
        {
            _stored = value;
            DrawIfDue();
        }
    }

    public void Message(string line)
    {
        lock (_lock)
        {
            ClearBar();
            _error.WriteLine(line);
            if (_terminal) Draw();
        }
    }

    public void Done(IngestTotals totals)
    {
        lock (_lock)
        {
            ClearBar();
            _error.WriteLine(
                $"dyad: {totals.Seen:N0} documents: {totals.Added:N0} added, {totals.AlreadyStored:N0} already stored, " +
                $"{totals.NewSources:N0} new sources, {totals.Failed:N0} failed; {totals.Elapsed.TotalSeconds:0.0} s");
        }
    }

    public void Dispose()
    {
        lock (_lock) ClearBar();
    }

    private void DrawIfDue()
    {
        var every = _terminal ? TerminalEvery : PlainEvery;
        if (_lastDrawn is { } last && _clock.Elapsed - last < every) return;
        Draw();
    }

    private void Draw()
    {
        _lastDrawn = _clock.Elapsed;
        var rate = _stored.Seen / Math.Max(0.001, _clock.Elapsed.TotalSeconds);
        var counts = $"{_files.Count:N0}{(_totalFiles is { } t ? $"/{t:N0}" : "")} files, {_stored.Seen:N0} documents " +
                     $"({_stored.Added:N0} new, {_stored.AlreadyStored:N0} known), {rate:N0}/s";
        if (!_terminal)
        {
            _error.WriteLine($"dyad: {counts}");
            return;
        }
        _error.Write($"\r{Bar()} {counts}\u001b[K");
        _barShown = true;
    }

    private string Bar()
    {
        const int width = 28;
        if (_totalFiles is not { } total || total == 0) return "[" + new string('.', width) + "]";
        var filled = (int)Math.Round(width * Math.Min(1.0, _files.Count / (double)total));
        return "[" + new string('#', filled) + new string('.', width - filled) + "]";
    }

    private void ClearBar()
    {
        if (!_barShown) return;
        _error.Write("\r\u001b[K");
        _barShown = false;
    }
}
