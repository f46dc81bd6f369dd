using System.Net;
using System.Text.RegularExpressions;
using Dyad.Tests.Cli;
using Dyad.Web;
using Dyad.Web.Security;

namespace Dyad.Tests.Web;

/// <summary>
/// A real <c>dyad serve</c> for one test: a fresh store with the test articles ingested (as <c>dyad ingest</c>
/// does, without annotations, so the web computes them), a user with a password and an API token, and
/// Kestrel on a free loopback port.
/// </summary>
internal sealed partial class RunningWeb : IAsyncDisposable
{
    public const string UserName = "ana";
    public const string Password = "correct horse battery";

    public static string Articles => Path.Combine(AppContext.BaseDirectory, "Web", "Articles");

    private readonly bool _ownsFolder;

    private RunningWeb(TempFolder folder, bool ownsFolder, string db, DyadWebApp app, string token)
    {
        _ownsFolder = ownsFolder;
        Folder = folder;
        Db = db;
        App = app;
        Token = token;
        Base = new Uri(app.Addresses[0]);
        Client = new HttpClient { BaseAddress = Base };
    }

    public TempFolder Folder { get; }
    public string Db { get; }
    public DyadWebApp App { get; }
    public Uri Base { get; }

    /// <summary>A client with no credentials at all.</summary>
    public HttpClient Client { get; }

    /// <summary>An API token of <see cref="UserName"/>.</summary>
    public string Token { get; }

    /// <summary>Starts a server; over <paramref name="folder"/> when given (kept on dispose), else over a new one.</summary>
    public static async Task<RunningWeb> StartAsync(bool ingest = true, TempFolder? folder = null)
    {
        var owns = folder is null;
        folder ??= new TempFolder();
        var db = folder.File("dyad.db");
        if (ingest)
        {
            var (exit, _, error) = CliRun.Run("ingest", Articles, "--manifest", Path.Combine(Articles, "manifest.jsonl"), "--db", db);
            Assert.True(exit == 0, error);
        }
        string token;
        using (var users = new UserStore(db))
        {
            users.SetPassword(UserName, Password);
            token = users.IssueToken(UserName)!;
        }
        var app = DyadWebApp.Create(new ServeOptions { DbPath = db, Urls = ["http://127.0.0.1:0"] });
        await app.StartAsync();
        return new RunningWeb(folder, owns, db, app, token);
    }

    /// <summary>A client that sends the API token.</summary>
    public HttpClient TokenClient()
    {
        var client = new HttpClient { BaseAddress = Base };
        client.DefaultRequestHeaders.Authorization = new("Bearer", Token);
        return client;
    }

    /// <summary>A browser-like client logged in through the form: its cookies and the CSRF token of its pages.</summary>
    public async Task<(HttpClient Client, string Csrf)> LogInAsync()
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Base };
        var login = await client.GetStringAsync("/login");
        var posted = await client.PostAsync("/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CsrfOf(login), ["name"] = UserName, ["password"] = Password, ["return"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var page = await client.GetStringAsync("/");
        return (client, CsrfOf(page));
    }

    public static string CsrfOf(string page) => CsrfMeta().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("no CSRF token in the page");

    [GeneratedRegex("""<meta name="csrf-token" content="([^"]*)">""")]
    private static partial Regex CsrfMeta();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.DisposeAsync();
        if (_ownsFolder) Folder.Dispose();
    }
}
