using System.Text.RegularExpressions;
using Dyad.Tests.Cli;
using Microsoft.Playwright;

namespace Dyad.Tests.Web;

/// <summary>
/// Screenshots of the main pages for docs/screenshots, taken over the bundled samples and the web test articles.
/// Runs only when DYAD_SCREENSHOTS names the folder to write to:
/// <c>DYAD_SCREENSHOTS=$PWD/docs/screenshots dotnet test --filter Screenshots</c>.
/// </summary>
public sealed class ScreenshotTests
{
    private static readonly string? Folder = Environment.GetEnvironmentVariable("DYAD_SCREENSHOTS");

    public sealed class ScreenshotFactAttribute : FactAttribute
    {
        public ScreenshotFactAttribute()
        {
            if (string.IsNullOrEmpty(Folder)) Skip = "set DYAD_SCREENSHOTS to the folder to write screenshots to";
            else if (!File.Exists(Browser.ChromiumPath)) Skip = $"no Chromium at {Browser.ChromiumPath}";
        }
    }

    private static string Samples()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Dyad.slnx"))) return Path.Combine(dir.FullName, "samples");
        throw new DirectoryNotFoundException("the repository's samples folder");
    }

    [ScreenshotFact]
    public async Task Screenshots_of_the_main_pages()
    {
        Directory.CreateDirectory(Folder!);
        using var folder = new TempFolder();
        var db = folder.File("dyad.db");
        Assert.Equal(0, CliRun.Run("ingest", Samples(), "--manifest", Path.Combine(Samples(), "manifest.jsonl"), "--db", db).Exit);
        await using var web = await RunningWeb.StartAsync(ingest: true, folder: folder);
        await using var browser = await Browser.LaunchAsync();
        var page = await browser.NewPageAsync(web.Base);
        async Task Shot(string name, bool full = true) =>
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder!, name + ".png"), FullPage = full });

        await page.GotoAsync("/login");
        await page.FillAsync("input[name=name]", RunningWeb.UserName);
        await page.FillAsync("input[name=password]", RunningWeb.Password);
        await page.ClickAsync("form.login button");

        await page.GotoAsync("/events?pair=PAK-RUS&type=ARMS_TRANSFER");
        await page.ClickAsync("table.events a:has-text('Mi-35M')");
        await page.WaitForURLAsync(new Regex("/events/e-"));
        var eventUrl = page.Url;
        await page.FillAsync("#edit-form input[name=note]", "contract signed, delivery later");
        await page.SelectOptionAsync("#edit-form select[name=status]", "planned");
        await page.ClickAsync("#edit-form button");
        await page.WaitForSelectorAsync("p.note");
        await page.ClickAsync("form.inline button.accept");
        await page.WaitForSelectorAsync("p.note");

        await page.GotoAsync("/");
        await Shot("overview");
        await page.GotoAsync("/events?pair=PAK-RUS");
        await Shot("events");
        await page.GotoAsync(eventUrl);
        await Shot("event");
        await page.ClickAsync("a.open-evidence");
        await page.WaitForURLAsync(new Regex("/documents/"));
        await Shot("document", full: false);
        await page.CheckAsync("#show-removed");
        await Shot("document-removed-shown", full: false);
        await page.GotoAsync("/entities/equipment?id=equipment:mi-35m");
        await Shot("equipment");
        await page.GotoAsync("/upload");
        await page.SetInputFilesAsync("#upload-files", new[] { "hostile.jsonl", "exercise-north.txt" }.Select(f => Path.Combine(RunningWeb.Articles, f)).ToArray());
        await page.ClickAsync("#upload-form button");
        await page.WaitForSelectorAsync("#upload-form[data-done=done]", new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        await Shot("upload");
        await page.GotoAsync("/audit");
        await Shot("audit");
        await page.GotoAsync("/api");
        await Shot("api");
        Assert.Empty(browser.Dialogs);
    }
}
