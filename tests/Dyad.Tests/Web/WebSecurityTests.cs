using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Web;
using Dyad.Web.Pages;
using Dyad.Web.Security;

namespace Dyad.Tests.Web;

public sealed class WebSecurityTests
{
    private static readonly string[] Hostile = ["<script>alert(\"xss\")</script>", "<script>alert", "<img src=x", "onerror=\"document", "<b>Bold</b>"];

    [Fact]
    public async Task An_article_with_a_script_and_an_onerror_attribute_is_escaped_in_every_page_and_API_response()
    {
        await using var web = await RunningWeb.StartAsync();
        var (browser, csrf) = await web.LogInAsync();
        var transfers = await web.Client.GetFromJsonAsync<JsonElement>("/api/events?type=ARMS_TRANSFER");
        var transfer = transfers.GetProperty("events")[0];
        var id = transfer.GetProperty("id").GetString()!;
        var doc = transfer.GetProperty("evidence")[0].GetProperty("doc").GetString()!;
        Assert.Contains("<script>alert(\"xss\")</script>", transfer.GetProperty("evidence")[0].GetProperty("text").GetString());

        // A review whose note and fields carry markup too: the audit log must escape them as well.
        var review = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/review")
        {
            Content = JsonContent.Create(new { action = "edit", fields = new Dictionary<string, string> { ["name"] = "<script>alert(\"xss\")</script>" }, note = "<img src=x onerror=\"document.title='x'\">" }),
        };
        review.Headers.Add("X-CSRF-TOKEN", csrf);
        Assert.Equal(HttpStatusCode.OK, (await browser.SendAsync(review)).StatusCode);

        string[] paths =
        [
            "/", "/?pair=PAK-RUS", "/events", "/events?q=helicopters", $"/events/{id}", "/documents", "/documents?q=helicopters",
            $"/documents/{doc}", $"/documents/{doc}?hl=0-40", "/entities", "/entities/equipment?id=equipment:mi-35m",
            "/entities/person?name=%3Cscript%3E", "/audit", "/upload", "/exports", "/api", "/login?return=%3Cscript%3E",
            "/api/documents", $"/api/documents/{doc}", "/api/documents?q=helicopters", "/api/events", $"/api/events/{id}", "/api/audit",
            "/api/pairs", "/api/exports/brief.html?pair=PAK-RUS", "/api/exports/events.jsonl", "/api/exports/events.csv", "/api/exports/documents.jsonl", "/api/exports/audit.jsonl",
            "/events/%3Cscript%3Ealert(1)%3C%2Fscript%3E", "/documents/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
        ];
        foreach (var client in new[] { web.Client, browser })
        {
            foreach (var path in paths)
            {
                var response = await client.GetAsync(path);
                var body = await response.Content.ReadAsStringAsync();
                Assert.True(response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode}");
                if (path.EndsWith(".csv", StringComparison.Ordinal))
                {
                    // CSV keeps the text as it is (quoted as CSV), and is only ever a download a browser will not render.
                    Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
                    Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
                    Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
                    continue;
                }
                foreach (var bad in Hostile)
                    Assert.False(body.Contains(bad, StringComparison.OrdinalIgnoreCase), $"{path} serves {bad} unescaped");
            }
        }
        // What the article says is still there, escaped, where a person reads it.
        var page = await web.Client.GetStringAsync($"/documents/{doc}");
        Assert.Contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;", page);
        Assert.Contains("&lt;img src=x onerror=&quot;document.title=&#x27;pwned&#x27;&quot;&gt;", page);
    }

    [Fact]
    public async Task Pages_forbid_inline_scripts_and_framing()
    {
        await using var web = await RunningWeb.StartAsync(ingest: false);
        var response = await web.Client.GetAsync("/");
        var policy = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self'", policy);
        Assert.DoesNotContain("unsafe-inline", policy);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
    }

    [Fact]
    public void Listening_beyond_loopback_without_users_is_refused()
    {
        using var folder = new TempFolder();
        var db = folder.File("dyad.db");
        foreach (var url in new[] { "http://0.0.0.0:0", "http://*:5080", "http://+:5080", "http://192.0.2.10:5080", "http://[::]:0" })
        {
            var refused = Assert.Throws<InvalidOperationException>(() => DyadWebApp.Create(new ServeOptions { DbPath = db, Urls = [url] }));
            Assert.Contains("without authentication", refused.Message);
        }
        Assert.True(Binding.IsLoopbackOnly(["http://127.0.0.1:5080", "http://localhost:1", "http://[::1]:2", "http://127.9.9.9:3"]));
    }

    [Fact]
    public async Task Beyond_loopback_with_users_reads_need_a_login_too()
    {
        using var folder = new TempFolder();
        var db = folder.File("dyad.db");
        using (var users = new UserStore(db)) users.SetPassword(RunningWeb.UserName, RunningWeb.Password);
        await using var app = DyadWebApp.Create(new ServeOptions { DbPath = db, Urls = ["http://0.0.0.0:0"] });
        await app.StartAsync();
        var port = new Uri(app.Addresses[0].Replace("0.0.0.0", "127.0.0.1")).Port;
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/events")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/events")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
    }

    [Fact]
    public void Passwords_are_kept_as_salted_PBKDF2_and_checked_in_full()
    {
        var hash = PasswordHashing.Hash("open sesame", iterations: 1000);
        Assert.StartsWith("pbkdf2-sha256$1000$", hash);
        Assert.DoesNotContain("open sesame", hash);
        Assert.NotEqual(hash, PasswordHashing.Hash("open sesame", iterations: 1000));
        Assert.True(PasswordHashing.Verify("open sesame", hash));
        Assert.False(PasswordHashing.Verify("open sesame!", hash));
        Assert.False(PasswordHashing.Verify("open sesame", "plain"));
    }

    [Fact]
    public void Every_hole_in_page_markup_is_escaped_unless_it_is_markup_already()
    {
        var hostile = "<script>alert('x')</script> & \"q\"";
        var html = new Html().Add($"""<p title="{hostile}">{hostile}</p>{new RawHtml("<br>")}""").ToString();
        Assert.Equal("<p title=\"&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot;\">&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;q&quot;</p><br>", html);
        Assert.Equal("Ünïcödé — Москва", new Html().Add($"{"Ünïcödé — Москва"}").ToString());
    }
}
