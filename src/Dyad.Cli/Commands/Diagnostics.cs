using Dyad.Documents;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary>The lines dyad writes to stderr about its inputs: each names the input and the reason.</summary>
internal static class Diagnostics
{
    public static void Refused(TextWriter error, ReadFailed failed) =>
        error.WriteLine($"dyad: refused {failed.Source}: {failed.Reason}");

    public static void Warn(TextWriter error, Document document)
    {
        foreach (var warning in document.Warnings)
            error.WriteLine($"dyad: warning: {document.Source}: {warning}");
    }
}
