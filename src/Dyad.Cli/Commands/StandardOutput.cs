using System.Text;

namespace Dyad.Cli.Commands;

/// <summary>
/// Standard output for commands that print a record a line: Console.Out flushes on every write, a system call a
/// record, so a batch writes through its own buffer instead.
/// </summary>
public static class StandardOutput
{
    private const int BufferSize = 1 << 16;

    /// <summary>
    /// A buffered UTF-8 writer over standard output when <paramref name="output"/> is the console (dispose it to
    /// flush), else null: the caller writes to <paramref name="output"/> as given.
    /// </summary>
    public static StreamWriter? BufferedFor(TextWriter output) =>
        BufferedBytesFor(output) is { } bytes ? new StreamWriter(bytes, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)) : null;

    /// <summary>
    /// A buffered byte stream over standard output when <paramref name="output"/> is the console (dispose it to flush),
    /// for records already encoded as UTF-8; else null: the caller writes text to <paramref name="output"/> as given.
    /// </summary>
    public static Stream? BufferedBytesFor(TextWriter output) =>
        ReferenceEquals(output, Console.Out) ? new BufferedStream(Console.OpenStandardOutput(), BufferSize) : null;
}
