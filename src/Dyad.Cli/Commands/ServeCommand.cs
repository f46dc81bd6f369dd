using System.CommandLine;
using Dyad.Web;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad serve [--db F] [--urls U]</c>: the web UI and JSON API over a store, until Ctrl+C.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db")
        {
            Description = "The store to serve (a SQLite file; created when missing).",
            DefaultValueFactory = _ => "dyad.db",
        };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';' between several. Beyond loopback, users are required (dyad users add) and reads need a login too.",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var command = new Command("serve", "Serve the web UI and the JSON API (/api, OpenAPI at /openapi/v1.json) over a store.") { db, urls };
        command.SetAction(async (parsed, cancellation) =>
        {
            var output = parsed.InvocationConfiguration.Output;
            var error = parsed.InvocationConfiguration.Error;
            var options = new ServeOptions
            {
                DbPath = parsed.GetValue(db)!,
                Urls = parsed.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
                Log = true,
            };
            DyadWebApp app;
            try
            {
                app = DyadWebApp.Create(options);
            }
            catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                error.WriteLine($"dyad serve: {e.Message}");
                return ExitCodes.Usage;
            }
            await using (app)
            {
                try
                {
                    await app.StartAsync(cancellation);
                }
                catch (IOException e)
                {
                    error.WriteLine($"dyad serve: cannot listen: {e.Message}");
                    return ExitCodes.Usage;
                }
                foreach (var address in app.Addresses) output.WriteLine($"dyad: serving {options.DbPath} at {address}");
                output.WriteLine("dyad: Ctrl+C stops");
                await app.WaitForShutdownAsync(cancellation);
            }
            return ExitCodes.Success;
        });
        return command;
    }
}
