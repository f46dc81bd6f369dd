using System.CommandLine;
using Dyad.Output;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad analyze PATH…</c>: one document record a line on stdout, as in output-schema.md.</summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var command = new Command("analyze", "Read, clean and annotate articles; print one JSON document record a line.");
        inputs.AddTo(command);
        command.SetAction(async (parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            using var bytes = StandardOutput.BufferedBytesFor(output);
            var error = parsed.InvocationConfiguration.Error;
            if (!BatchSetup.TryCreate(parsed, inputs, error, out var analyzer)) return ExitCodes.Usage;

            var refused = 0;
            await foreach (var outcome in analyzer.AnalyzeAsync(parsed.GetValue(inputs.Paths)!, cancellation))
            {
                switch (outcome)
                {
                    case ReadSucceeded read:
                        Diagnostics.Warn(error, read.Document);
                        if (bytes is not null) DocumentRecordWriter.WriteJsonLine(bytes, read.Document);
                        else await output.WriteLineAsync(DocumentRecordWriter.ToJsonLine(read.Document));
                        break;
                    case ReadFailed failed:
                        refused++;
                        Diagnostics.Refused(error, failed);
                        break;
                }
            }
            if (bytes is not null) await bytes.FlushAsync(cancellation);
            else await output.FlushAsync(cancellation);
            return refused == 0 ? ExitCodes.Success : ExitCodes.SomeInputsRefused;
        });
        return command;
    }
}
