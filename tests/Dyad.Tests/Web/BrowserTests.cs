using Microsoft.Playwright;

namespace Dyad.Tests.Web;

/// <summary>End to end in a real browser: what an analyst does, click by click.</summary>
public sealed class BrowserTests
{
    private static readonly string[] Uploads = ["hostile.jsonl", "exercise-north.txt", "exercise-south.txt"];

    private static async Task LogInAsync(IPage page)
    {
        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", RunningWeb.UserName);
        await page.FillAsync("input[name=password]", RunningWeb.Password);
        await page.ClickAsync("form.login button");
        await page.WaitForSelectorAsync("header .user");
    }

    [ChromiumFact]
    public async Task Ingest_browse_open_the_evidence_edit_and_find_the_edit_in_the_audit_log()
    {
        await using var web = await RunningWeb.StartAsync(ingest: false);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.Base);
        await LogInAsync(page);

        // Ingest: upload three articles, with progress, and wait for the analysis to finish.
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#upload-files", Uploads.Select(f => Path.Combine(RunningWeb.Articles, f)).ToArray());
        await page.ClickAsync("#upload-form button");
        await page.WaitForSelectorAsync("#upload-form[data-done=done]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        Assert.Equal("100", await page.GetAttributeAsync("#upload-bar", "value"));
        Assert.Contains("3 added", await page.TextContentAsync("#upload-state"));

        // Browse: the events of the pair, then the arms transfer.
        await page.GotoAsync("/events?pair=PAK-RUS&type=ARMS_TRANSFER");
        await page.ClickAsync("table.events a:has-text('Arms transfer')");
        // Wait for the new page's content, never its load event: Playwright's WaitForURL waits for "load" whatever
        // WaitUntil says once the URL already matches, and on a busy machine it has missed that event.
        await page.WaitForSelectorAsync("blockquote.context mark");
        Assert.Matches("/events/e-", page.Url);
        var eventUrl = page.Url;
        Assert.Contains("delivered four Mi-35M", await page.TextContentAsync("blockquote.context mark"));

        // Open the evidence: the article, with the quoted span highlighted.
        await page.ClickAsync("a.open-evidence");
        await page.WaitForSelectorAsync("article.doctext .hl");
        Assert.Matches("/documents/d-.*hl=", page.Url);
        var highlighted = page.Locator("article.doctext .hl").First;
        Assert.True(await highlighted.IsVisibleAsync());
        Assert.Contains("delivered four Mi-35M", await page.Locator("article.doctext .hl").AllTextContentsAsync() is var parts ? string.Concat(parts) : "");
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.False(await page.Locator("article.doctext .removed").First.IsVisibleAsync());

        // Edit: set the date and say why.
        await page.GotoAsync(eventUrl);
        await page.FillAsync("#edit-form input[name=date]", "2016-06-20");
        await page.FillAsync("#edit-form input[name=note]", "checked against the ministry's release");
        await page.ClickAsync("#edit-form button");
        await page.WaitForSelectorAsync("p.note");
        Assert.Contains("Saved as audit #1", await page.TextContentAsync("p.note"));
        Assert.Equal("date2016-06-20 (machine: 2016-06-21)", await page.TextContentAsync("table.fields tr.edited"));

        // The audit log says who did it.
        await page.GotoAsync("/audit");
        var row = page.Locator("table.audit tbody tr").First;
        var text = await row.TextContentAsync() ?? "";
        Assert.Contains(RunningWeb.UserName, text);
        Assert.Contains("date = 2016-06-20", text);
        Assert.Contains("checked against the ministry", text);

        Assert.Empty(browser.Dialogs);
    }

    [ChromiumFact]
    public async Task A_script_in_an_article_never_runs_on_any_page()
    {
        await using var web = await RunningWeb.StartAsync();
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.Base);
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        await LogInAsync(page);

        await page.GotoAsync("/events?type=ARMS_TRANSFER");
        await page.ClickAsync("table.events a");
        var eventUrl = page.Url;
        await page.ClickAsync("a.open-evidence");
        await page.CheckAsync("#show-removed");
        foreach (var path in new[] { "/", "/events", eventUrl, "/documents", "/entities", "/audit", "/upload" })
        {
            await page.GotoAsync(path);
            Assert.NotEqual("pwned", await page.TitleAsync());
        }
        await page.GotoAsync("/documents");
        await page.ClickAsync("table.documents a:has-text('Helicopters arrive')");
        await page.CheckAsync("#show-removed");
        Assert.Contains("<script>alert(\"xss\")</script>", await page.TextContentAsync("article.doctext"));
        Assert.Equal(0, await page.Locator("article.doctext script, article.doctext img").CountAsync());
        Assert.NotEqual("pwned", await page.TitleAsync());
        Assert.Empty(browser.Dialogs);
        Assert.Empty(errors);
    }
}
