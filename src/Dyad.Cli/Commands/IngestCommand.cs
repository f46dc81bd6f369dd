using System.CommandLine;
using Dyad.Cli.Terminal;
using Dyad.Documents;
using Dyad.Reading;
using Dyad.Storage;
using Dyad.Storage.Sqlite;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad ingest PATH… [--db FILE]</c>: read, clean and annotate articles and store them, idempotent by content.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var inputs = new InputOptions();
        var db = new Option<string>("--db")
        {
            Description = "The store to write (a SQLite file; created when missing).",
            DefaultValueFactory = _ => "dyad.db",
        };
        var batch = new Option<int>("--batch-size")
        {
            Description = "Documents written in one transaction.",
            DefaultValueFactory = _ => new IngestOptions().BatchSize,
        };
        var command = new Command("ingest", "Read, clean and annotate articles and store them; rerunning adds nothing new.") { db, batch };
        inputs.AddTo(command);
        batch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1) result.AddError("--batch-size must be at least 1.");
        });
        command.SetAction(async (parsed, cancellation) =>
        {
            var error = parsed.InvocationConfiguration.Error;
            if (!BatchSetup.TryCreate(parsed, inputs, error, out var analyzer)) return ExitCodes.Usage;
            var paths = parsed.GetValue(inputs.Paths)!;
            var dbPath = parsed.GetValue(db)!;

            using var store = OpenStore(dbPath, error);
            if (store is null) return ExitCodes.Usage;
            var ingestor = new DocumentIngestor(store, new IngestOptions { BatchSize = parsed.GetValue(batch) });

            using var view = ProgressView.For(error, InputCounter.CountFiles(paths));
            var refused = 0;
            var totals = await ingestor.IngestAsync(analyzer, paths, outcome =>
            {
                view.Read(outcome.Source);
                if (outcome is ReadSucceeded read)
                    foreach (var warning in read.Document.Warnings) view.Message($"dyad: warning: {read.Document.Source}: {warning}");
                else if (outcome is ReadFailed failed)
                {
                    refused++;
                    view.Message($"dyad: refused {failed.Source}: {failed.Reason}");
                }
                return ValueTask.CompletedTask;
            }, view, cancellationToken: cancellation);
            foreach (var failure in totals.Failures)
                view.Message($"dyad: refused {failure.Source}: {failure.Reason}");
            view.Done(totals);
            return refused == 0 && totals.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsRefused;
        });
        return command;
    }

    private static SqliteDocumentStore? OpenStore(string path, TextWriter error)
    {
        try
        {
            return SqliteDocumentStore.Open(path);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"dyad: cannot open the store {path}: {e.Message}");
            return null;
        }
    }
}
