using Dyad.Cli;

namespace Dyad.Tests.Cli;

/// <summary>Runs the whole CLI in process, as a user would from a shell, and captures what it prints.</summary>
internal static class CliRun
{
    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }
}
