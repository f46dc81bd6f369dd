using System.CommandLine;
using Dyad.Web.Security;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad users add NAME</c> (password read from standard input), <c>dyad users token NAME</c> (prints a new API
/// token once), <c>dyad users list</c>: the people who may change the record through <c>dyad serve</c>.
/// </summary>
public static class UsersCommand
{
    public static Command Create()
    {
        var db = new Option<string>("--db") { Description = "The store the users belong to.", DefaultValueFactory = _ => "dyad.db", Recursive = true };
        var name = new Argument<string>("NAME") { Description = "Letters, digits, '.', '-' or '_'; shown in the audit log." };
        var tokenName = new Argument<string>("NAME");

        var add = new Command("add", "Add a user or set a new password; the password is read from standard input (first line).") { name };
        add.SetAction(parsed =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var user = parsed.GetValue(name)!;
            if (!UserStore.IsValidName(user))
            {
                error.WriteLine($"dyad users add: '{user}' is not a valid name (letters, digits, '.', '-', '_'; at most 64)");
                return ExitCodes.Usage;
            }
            var password = Console.In.ReadLine();
            if (string.IsNullOrEmpty(password) || password.Length < 8)
            {
                error.WriteLine("dyad users add: give a password of at least 8 characters on standard input");
                return ExitCodes.Usage;
            }
            using var users = new UserStore(parsed.GetValue(db)!);
            users.SetPassword(user, password);
            parsed.InvocationConfiguration.Output.WriteLine($"dyad: user {user} can log in");
            return ExitCodes.Success;
        });

        var token = new Command("token", "Issue an API token for a user (Authorization: Bearer …); printed once, kept only as a hash.") { tokenName };
        token.SetAction(parsed =>
        {
            using var users = new UserStore(parsed.GetValue(db)!);
            var issued = users.IssueToken(parsed.GetValue(tokenName)!);
            if (issued is null)
            {
                parsed.InvocationConfiguration.Error.WriteLine($"dyad users token: no user {parsed.GetValue(tokenName)} (dyad users add first)");
                return ExitCodes.Usage;
            }
            parsed.InvocationConfiguration.Output.WriteLine(issued);
            return ExitCodes.Success;
        });

        var list = new Command("list", "List the users.");
        list.SetAction(parsed =>
        {
            using var users = new UserStore(parsed.GetValue(db)!);
            foreach (var user in users.Names()) parsed.InvocationConfiguration.Output.WriteLine(user);
            return ExitCodes.Success;
        });

        return new Command("users", "Who may change the record through dyad serve.") { db, add, token, list };
    }
}
