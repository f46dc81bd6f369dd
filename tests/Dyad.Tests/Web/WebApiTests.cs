using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Dyad.Tests.Cli;

namespace Dyad.Tests.Web;

public sealed class WebApiTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static async Task<JsonElement> GetJson(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return (await response.Content.ReadFromJsonAsync<JsonElement>())!;
    }

    private static async Task<string> EventIdAsync(RunningWeb web, string type, string? q = null)
    {
        var page = await GetJson(web.Client, $"/api/events?type={type}" + (q is null ? "" : $"&q={Uri.EscapeDataString(q)}"));
        return page.GetProperty("events")[0].GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Documents_and_events_are_listed_with_evidence_from_the_stored_articles()
    {
        await using var web = await RunningWeb.StartAsync();
        var documents = await GetJson(web.Client, "/api/documents");
        Assert.Equal(3, documents.GetProperty("total").GetInt64());

        var events = await GetJson(web.Client, "/api/events?pair=RUS-PAK");
        Assert.True(events.GetProperty("total").GetInt32() >= 3);
        var transfer = await GetJson(web.Client, "/api/events/" + await EventIdAsync(web, "ARMS_TRANSFER"));
        Assert.Equal("RUS", transfer.GetProperty("source").GetString());
        var evidence = transfer.GetProperty("evidence")[0];
        Assert.Contains("delivered four Mi-35M", evidence.GetProperty("text").GetString());

        // The span points into the original text the document API serves.
        var document = await GetJson(web.Client, "/api/documents/" + evidence.GetProperty("doc").GetString());
        var text = document.GetProperty("originalText").GetString()!;
        var start = evidence.GetProperty("start").GetInt32();
        Assert.Equal(evidence.GetProperty("text").GetString(), text[start..evidence.GetProperty("end").GetInt32()]);
        Assert.NotEmpty(document.GetProperty("entities").EnumerateArray());

        var search = await GetJson(web.Client, "/api/documents?q=paratroopers");
        Assert.Equal(1, search.GetProperty("total").GetInt64());
        Assert.Equal(1, (await GetJson(web.Client, "/api/events?q=hostage%20rescue")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task An_unauthenticated_review_answers_401_and_changes_nothing()
    {
        await using var web = await RunningWeb.StartAsync();
        var id = await EventIdAsync(web, "ARMS_TRANSFER");
        var response = await web.Client.PostAsJsonAsync($"/api/events/{id}/review", new { action = "reject" });
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        var wrongToken = new HttpClient { BaseAddress = web.Base };
        wrongToken.DefaultRequestHeaders.Authorization = new("Bearer", "dyad_not-a-token");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrongToken.PostAsJsonAsync($"/api/events/{id}/review", new { action = "reject" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Client.PostAsJsonAsync("/api/events/merge", new { ids = new[] { id, id } })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Client.PostAsync("/api/audit/1/revert", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await web.Client.PostAsync("/api/uploads", new MultipartFormDataContent())).StatusCode);
        Assert.Empty((await GetJson(web.Client, "/api/audit")).EnumerateArray());
        Assert.Equal(JsonValueKind.Null, (await GetJson(web.Client, "/api/events/" + id)).GetProperty("review").ValueKind);
    }

    [Fact]
    public async Task A_logged_in_browser_needs_the_CSRF_token_to_change_anything()
    {
        await using var web = await RunningWeb.StartAsync();
        var id = await EventIdAsync(web, "ARMS_TRANSFER");
        var (browser, csrf) = await web.LogInAsync();

        var forged = await browser.PostAsJsonAsync($"/api/events/{id}/review", new { action = "reject" });
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);
        var forgedForm = await browser.PostAsync($"/events/{id}/review", new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "reject" }));
        Assert.Equal(HttpStatusCode.Forbidden, forgedForm.StatusCode);
        Assert.Empty((await GetJson(web.Client, "/api/audit")).EnumerateArray());

        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/events/{id}/review") { Content = JsonContent.Create(new { action = "reject", note = "a rumour" }) };
        request.Headers.Add("X-CSRF-TOKEN", csrf);
        var allowed = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        var audit = await GetJson(web.Client, "/api/audit");
        Assert.Equal(RunningWeb.UserName, audit[0].GetProperty("user").GetString());
        Assert.Equal("rejected", (await GetJson(web.Client, "/api/events/" + id)).GetProperty("review").GetProperty("verdict").GetString());
    }

    [Fact]
    public async Task An_edit_is_attributed_audited_and_undone_by_a_revert()
    {
        await using var web = await RunningWeb.StartAsync();
        var api = web.TokenClient();
        var id = await EventIdAsync(web, "ARMS_TRANSFER");
        var machineDate = (await GetJson(web.Client, "/api/events/" + id)).GetProperty("date").GetProperty("value").GetString();

        var edit = await api.PostAsJsonAsync($"/api/events/{id}/review", new { action = "edit", fields = new Dictionary<string, string> { ["date"] = "2016-06-20", ["status"] = "planned" } });
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var entry = await edit.Content.ReadFromJsonAsync<JsonElement>();
        var edited = await GetJson(web.Client, "/api/events/" + id);
        Assert.Equal("2016-06-20", edited.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal("planned", edited.GetProperty("status").GetString());
        Assert.Equal(machineDate, edited.GetProperty("review").GetProperty("edits").GetProperty("date").GetProperty("machineValue").GetString());
        Assert.Equal(1, (await GetJson(web.Client, "/api/events?review=edited")).GetProperty("total").GetInt32());

        var bad = await api.PostAsJsonAsync($"/api/events/{id}/review", new { action = "edit", fields = new Dictionary<string, string> { ["date"] = "June" } });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);

        var revert = await api.PostAsync($"/api/audit/{entry.GetProperty("seq").GetInt64()}/revert", null);
        Assert.Equal(HttpStatusCode.OK, revert.StatusCode);
        var back = await GetJson(web.Client, "/api/events/" + id);
        Assert.Equal(machineDate, back.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, back.GetProperty("review").ValueKind);

        var audit = await GetJson(web.Client, "/api/audit?event=" + id);
        Assert.Equal(["revert", "edit"], audit.EnumerateArray().Select(a => a.GetProperty("action").GetString()!));
        Assert.All(audit.EnumerateArray(), a => Assert.Equal(RunningWeb.UserName, a.GetProperty("user").GetString()));
        Assert.Equal(HttpStatusCode.Conflict, (await api.PostAsync($"/api/audit/{entry.GetProperty("seq").GetInt64()}/revert", null)).StatusCode);
    }

    [Fact]
    public async Task Merge_joins_an_event_the_machine_read_apart_and_split_takes_evidence_back_out()
    {
        await using var web = await RunningWeb.StartAsync();
        var api = web.TokenClient();
        // Fusion made one exercise of the two reports; "the two-week exercise will train…" was read as training.
        var exercise = (await GetJson(web.Client, "/api/events?type=EXERCISE")).GetProperty("events").EnumerateArray().Single();
        var training = (await GetJson(web.Client, "/api/events?type=TRAINING&status=planned")).GetProperty("events").EnumerateArray().Single();
        Assert.Equal(2, exercise.GetProperty("document_count").GetInt32());
        var (keep, other) = (exercise.GetProperty("id").GetString()!, training.GetProperty("id").GetString()!);
        var evidenceBefore = exercise.GetProperty("evidence").GetArrayLength() + training.GetProperty("evidence").GetArrayLength();

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync("/api/events/merge", new { ids = new[] { keep, other }, note = "the drill is the exercise" })).StatusCode);
        var merged = await GetJson(web.Client, "/api/events/" + other);
        Assert.Equal(keep, merged.GetProperty("id").GetString());
        Assert.Equal(evidenceBefore, merged.GetProperty("evidence").GetArrayLength());
        Assert.Equal(other, merged.GetProperty("review").GetProperty("mergedFrom")[0].GetString());
        Assert.Equal(0, (await GetJson(web.Client, "/api/events?type=TRAINING&status=planned")).GetProperty("total").GetInt32());

        // The paratroopers' report is taken back out as an event of its own.
        var south = merged.GetProperty("evidence").EnumerateArray().Where(ev => ev.GetProperty("text").GetString()!.Contains("paratroopers")).ToList();
        var split = await api.PostAsJsonAsync($"/api/events/{keep}/split", new { evidence = south.Select(ev => ev.GetProperty("key").GetString()).ToArray() });
        Assert.Equal(HttpStatusCode.OK, split.StatusCode);
        var part = await GetJson(web.Client, "/api/events/" + (await split.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.All(part.GetProperty("evidence").EnumerateArray(), ev => Assert.Contains("paratroopers", ev.GetProperty("text").GetString()));
        Assert.Equal(keep, part.GetProperty("review").GetProperty("splitFrom").GetString());
        Assert.Equal(2, (await GetJson(web.Client, "/api/events?type=EXERCISE")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Reviews_are_kept_when_the_same_articles_are_ingested_again()
    {
        using var folder = new TempFolder();
        string id;
        await using (var web = await RunningWeb.StartAsync(folder: folder))
        {
            id = await EventIdAsync(web, "ARMS_TRANSFER");
            var review = await web.TokenClient().PostAsJsonAsync($"/api/events/{id}/review",
                new { action = "accept", fields = new Dictionary<string, string> { ["location"] = "Qasim" } });
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        }
        var (exit, _, error) = CliRun.Run("ingest", RunningWeb.Articles, "--manifest", Path.Combine(RunningWeb.Articles, "manifest.jsonl"), "--db", folder.File("dyad.db"));
        Assert.True(exit == 0, error);
        await using (var again = await RunningWeb.StartAsync(ingest: true, folder: folder))
        {
            var e = await GetJson(again.Client, "/api/events/" + id);
            Assert.Equal("accepted", e.GetProperty("review").GetProperty("verdict").GetString());
            Assert.Equal("Qasim", e.GetProperty("location").GetString());
            Assert.Equal(3, (await GetJson(again.Client, "/api/documents")).GetProperty("total").GetInt64());
        }
    }

    [Fact]
    public async Task An_upload_with_a_token_is_ingested_and_its_document_served()
    {
        await using var web = await RunningWeb.StartAsync(ingest: false);
        var api = web.TokenClient();
        var form = new MultipartFormDataContent
        {
            { new ByteArrayContent(File.ReadAllBytes(Path.Combine(RunningWeb.Articles, "exercise-north.txt"))), "files", "exercise-north.txt" },
            { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]), "files", "picture.png" },
        };
        var started = await api.PostAsync("/api/uploads", form);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var status = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString()!;
        JsonElement job;
        var waited = System.Diagnostics.Stopwatch.StartNew();
        do
        {
            await Task.Delay(100);
            job = await GetJson(web.Client, status);
        } while (job.GetProperty("state").GetString() is not ("done" or "failed") && waited.Elapsed < TimeSpan.FromSeconds(60));
        Assert.Equal("done", job.GetProperty("state").GetString());
        Assert.Equal(1, job.GetProperty("added").GetInt64());
        Assert.Equal(1, job.GetProperty("refused").GetInt64());
        Assert.Equal(RunningWeb.UserName, job.GetProperty("user").GetString());
        Assert.Equal(1, (await GetJson(web.Client, "/api/events?type=EXERCISE")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_API()
    {
        await using var web = await RunningWeb.StartAsync(ingest: false);
        var openApi = await GetJson(web.Client, "/openapi/v1.json");
        var paths = openApi.GetProperty("paths");
        foreach (var path in new[] { "/api/documents", "/api/events", "/api/events/{id}", "/api/events/{id}/review", "/api/events/merge", "/api/events/{id}/split", "/api/audit" })
            Assert.True(paths.TryGetProperty(path, out _), path);
        Assert.True(paths.GetProperty("/api/events").GetProperty("get").GetProperty("parameters").GetArrayLength() >= 10);
    }

    [Fact]
    public async Task Logging_in_needs_the_right_password_and_returns_only_to_this_site()
    {
        await using var web = await RunningWeb.StartAsync(ingest: false);
        var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = web.Base };
        var csrf = RunningWeb.CsrfOf(await client.GetStringAsync("/login"));
        FormUrlEncodedContent Form(string password, string back) => new(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = csrf, ["name"] = RunningWeb.UserName, ["password"] = password, ["return"] = back,
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/login", Form("wrong", "/"))).StatusCode);
        var ok = await client.PostAsync("/login", Form(RunningWeb.Password, "//evil.example/"));
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
        Assert.Equal("/", ok.Headers.Location!.OriginalString);
    }
}
