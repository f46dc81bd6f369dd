using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;

namespace Dyad.Benchmarking;

/// <summary>
/// How Dyad's own code reached the processor in this run: native (NativeAOT, as `./dyad` publishes it), ahead of time
/// beside its IL (ReadyToRun, `./dyad` where nothing links native code) or just in time (a plain build, `dotnet run`).
/// Warm-up differs by seconds, so a figure must say which it is.
/// </summary>
public static class CompiledCode
{
    public static string Describe() =>
        !RuntimeFeature.IsDynamicCodeSupported ? "NativeAOT"
        // Dyad.dll lies beside the entry point in every layout but a single file, which only NativeAOT makes here.
        : IsReadyToRun(Path.Combine(AppContext.BaseDirectory, "Dyad.dll")) ? "ReadyToRun" : "JIT";

    /// <summary>A ReadyToRun image carries a native header beside its IL; a plain IL assembly does not.</summary>
    public static bool IsReadyToRun(string assemblyPath)
    {
        if (string.IsNullOrEmpty(assemblyPath) || !File.Exists(assemblyPath)) return false;
        using var stream = File.OpenRead(assemblyPath);
        using var reader = new PEReader(stream);
        return reader.PEHeaders.CorHeader?.ManagedNativeHeaderDirectory.Size > 0;
    }
}
