using Dyad.Web.Security;

namespace Dyad.Tests.Cli.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void Serve_refuses_an_address_beyond_loopback_while_the_store_has_no_users()
    {
        using var folder = new TempFolder();
        var (exit, _, error) = CliRun.Run("serve", "--db", folder.File("dyad.db"), "--urls", "http://0.0.0.0:0");
        Assert.Equal(2, exit);
        Assert.Contains("refusing to listen on http://0.0.0.0:0 without authentication", error);
    }

    [Fact]
    public void Users_token_prints_a_token_that_the_store_knows_and_refuses_an_unknown_user()
    {
        using var folder = new TempFolder();
        var db = folder.File("dyad.db");
        using (var users = new UserStore(db)) users.SetPassword("ana", "correct horse battery");
        var (exit, output, _) = CliRun.Run("users", "token", "ana", "--db", db);
        Assert.Equal(0, exit);
        using (var users = new UserStore(db)) Assert.Equal("ana", users.CheckToken(output.Trim()));
        Assert.Equal(2, CliRun.Run("users", "token", "nobody", "--db", db).Exit);
        Assert.Equal("ana", CliRun.Run("users", "list", "--db", db).Output.Trim());
    }
}
