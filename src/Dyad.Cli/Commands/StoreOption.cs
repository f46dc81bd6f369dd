using System.CommandLine;
using Dyad.Storage.Sqlite;

namespace Dyad.Cli.Commands;

/// <summary>The <c>--db</c> option of the commands that read a store, and opening it with a clear error when it is missing.</summary>
internal sealed class StoreOption
{
    public Option<string> Db { get; } = new("--db")
    {
        Description = "The store to read (a SQLite file).",
        DefaultValueFactory = _ => "dyad.db",
    };

    /// <summary>Opens the store named by --db; on failure names the command, the file and the reason on stderr and returns null.</summary>
    public SqliteDocumentStore? Open(ParseResult parsed, string commandName)
    {
        var error = parsed.InvocationConfiguration.Error;
        var path = parsed.GetValue(Db)!;
        if (!File.Exists(path))
        {
            error.WriteLine($"dyad {commandName}: no store at {path} (run dyad ingest first, or name one with --db)");
            return null;
        }
        try
        {
            return SqliteDocumentStore.Open(path);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or Microsoft.Data.Sqlite.SqliteException)
        {
            error.WriteLine($"dyad {commandName}: {path}: {e.Message}");
            return null;
        }
    }
}
