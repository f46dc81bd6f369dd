using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Dyad.Reading;

/// <summary>
/// Asks the operating system to start reading the files the reader will open next, once it finds them on disk rather than
/// in memory (a folder read for the first time). The reader reads one file at a time and waited on the disk for each:
/// 50,000 BBC files took 7.1–7.6 s to analyse from disk against ~4.1 s from memory, and 4.3–4.6 s from disk with read-ahead.
/// Where the files are in memory, as on a second run, it only asks of one file in <see cref="ProbeEvery"/> whether it is.
/// </summary>
/// <param name="reach">How much of a file to ask for: what the reader reads of it at most (a file past the size limit is
/// refused unread, and a whole multi-gigabyte file asked for would fill memory with what nobody reads).</param>
/// <param name="always">Take every probed file for one on disk (tests: the bursts run however the files lie).</param>
internal sealed class ReadAhead(long reach, bool always = false)
{
    /// <summary>How many files one file found on disk asks for: a request costs a few microseconds, a load from disk ~100.</summary>
    public const int Burst = 512;

    /// <summary>One file in this many is probed: a file on disk is found after a few loads, at a syscall's cost per eight files.</summary>
    public const int ProbeEvery = 8;

    /// <summary>Whether this system can say where a file is and take the request (Linux); elsewhere the reader goes on as before.</summary>
    public static bool Supported { get; } = OperatingSystem.IsLinux();

    private bool _probing = always || Supported;
    private int _sinceProbe = ProbeEvery - 1; // the first file is probed

    /// <summary>Set when a probed file lay on disk: the files after it likely do too.</summary>
    public bool Wanted { get; private set; }

    /// <summary>Probes an open file now and then; a file on disk sets <see cref="Wanted"/>.</summary>
    public void Check(SafeFileHandle file)
    {
        if (!_probing || ++_sinceProbe < ProbeEvery) return;
        _sinceProbe = 0;
        switch (always ? false : InMemory(file))
        {
            case false:
                Wanted = true;
                break;
            case null:
                _probing = false; // the system cannot say: probing would only cost
                break;
        }
    }

    /// <summary>
    /// Asks for the files' contents to be read into memory, on another thread: opening 512 files to ask held the reader up
    /// for milliseconds, and where only some of them lay on disk (a folder partly read before) that cost more than it saved.
    /// </summary>
    public void Request(IEnumerable<ReadInput> inputs)
    {
        Wanted = false;
        if (!Supported) return;
        var paths = inputs.Select(input => input.FilePath).OfType<string>().ToArray();
        _ = Task.Run(() =>
        {
            foreach (var path in paths) Request(path, reach);
        });
    }

    /// <summary>A file that cannot be opened is left for the reader to report when it reaches it.</summary>
    private static void Request(string path, long reach)
    {
        try
        {
            using var file = File.OpenHandle(path);
            _ = PosixFadvise((int)file.DangerousGetHandle(), 0, reach, WillNeed);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EntryPointNotFoundException or DllNotFoundException) { }
    }

    /// <summary>
    /// Whether the file's first byte is in memory, asked without waiting for the disk (preadv2 with RWF_NOWAIT, Linux
    /// 4.14 on); null where the system cannot say.
    /// </summary>
    private static bool? InMemory(SafeFileHandle file)
    {
        var slot = new IoVector(Marshal.UnsafeAddrOfPinnedArrayElement(ProbeByte, 0), 1);
        try
        {
            if (PReadV2((int)file.DangerousGetHandle(), ref slot, 1, 0, NoWait) >= 0) return true;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return null; // a C library without preadv2
        }
        return Marshal.GetLastPInvokeError() == TryAgain ? false : null;
    }

    /// <summary>Where probes read their byte, pinned for the system to write into; what it holds is never read.</summary>
    private static readonly byte[] ProbeByte = GC.AllocateArray<byte>(1, pinned: true);

    private const int WillNeed = 3;   // POSIX_FADV_WILLNEED
    private const int NoWait = 0x8;   // RWF_NOWAIT
    private const int TryAgain = 11;  // EAGAIN: the data is not in memory

    private readonly record struct IoVector(nint Base, nuint Length);

    [DllImport("libc", EntryPoint = "posix_fadvise")]
    private static extern int PosixFadvise(int descriptor, long offset, long length, int advice);

    [DllImport("libc", EntryPoint = "preadv2", SetLastError = true)]
    private static extern nint PReadV2(int descriptor, ref IoVector vectors, int count, long offset, int flags);
}
