using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Dyad.Tests.Cli;
using Dyad.Tests.Fusion;
using Dyad.Views;

namespace Dyad.Tests.Views;

public sealed class ViewCommandsTests(FusedArticles articles) : IClassFixture<FusedArticles>
{
    private static readonly string[] ContractFields =
        ["id", "type", "status", "countries", "source", "target", "date", "name", "round", "location", "equipment", "participants", "codes", "confidence", "conflicts", "evidence"];

    private string Run(params string[] args)
    {
        var (exit, output, error) = articles.Run(args);
        Assert.True(exit == 0, error);
        return output;
    }

    [Fact]
    public void Jsonl_records_carry_every_field_of_the_contract()
    {
        foreach (var line in Run("events", "--format", "jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var e = JsonDocument.Parse(line).RootElement;
            foreach (var field in ContractFields) Assert.True(e.TryGetProperty(field, out _), $"no {field} in {line}");
            Assert.StartsWith("e-", e.GetProperty("id").GetString());
            foreach (var evidence in e.GetProperty("evidence").EnumerateArray())
                foreach (var field in new[] { "source", "doc", "start", "end", "text" }) Assert.True(evidence.TryGetProperty(field, out _));
        }
    }

    [Fact]
    public void Csv_has_a_header_and_a_row_an_event()
    {
        var lines = Run("events", "--format", "csv").Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(",", EventCsv.Columns), lines[0]);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.Contains("date: 2014 / 2015", StringComparison.Ordinal));
    }

    [Fact]
    public void Tsv_follows_gdelts_column_order_with_cameo_codes()
    {
        var rows = Run("events", "--format", "tsv").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')).ToList();
        Assert.Equal(["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name", "Actor1CountryCode",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
            "NumMentions", "NumSources", "NumArticles"], rows[0].Take(18));
        Assert.All(rows, r => Assert.Equal(rows[0].Length, r.Length));
        var lifted = Assert.Single(rows, r => r.Contains("SANCTION_LIFTED"));
        Assert.Equal(["201406", "2014", "RUS", "RUSSIA", "RUS", "PAK"], new[] { lifted[2], lifted[3], lifted[5], lifted[6], lifted[7], lifted[8] });
        Assert.Equal(["085", "085", "08", "2"], lifted[11..15]);
        var round3 = Assert.Single(rows, r => r.Contains("2021-10-12") || r[1] == "20211012");
        Assert.Equal("20211012", round3[1]);
    }

    [Fact]
    public void Graphml_is_well_formed_with_states_as_nodes_and_events_as_edges()
    {
        var graph = XDocument.Parse(Run("export", "--format", "graphml"));
        XNamespace g = "http://graphml.graphdrawing.org/xmlns";
        var nodes = graph.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).ToList();
        Assert.Contains("country:PAK", nodes);
        Assert.Contains("country:RUS", nodes);
        var edges = graph.Descendants(g + "edge").ToList();
        Assert.True(edges.Count >= 5);
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("source")!, nodes));
        Assert.All(edges, e => Assert.Contains((string)e.Attribute("target")!, nodes));
    }

    [Fact]
    public void Timeline_lists_the_pairs_events_in_date_order_with_marks_and_source_counts()
    {
        var output = Run("timeline", "PAK", "Russia");
        Assert.StartsWith("Pakistan – Russia: 5 events, 2014–2021", output);
        var dates = Regex.Matches(output, @"^  . (\d{4}(?:-\d\d){0,2})", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(5, dates.Count);
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Contains("[3 sources]  (sources disagree: date 2014 / 2015)", output);
        Assert.Contains("  * 2018-08-07", output);
        Assert.DoesNotContain("2018", Run("timeline", "PAK", "RUS", "--from", "2021"));
    }

    [Fact]
    public void The_html_brief_is_self_contained_and_every_claim_links_to_its_quote()
    {
        var path = articles.File("brief.html");
        Run("brief", "PAK", "RUS", "--out", path);
        var html = File.ReadAllText(path);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"(src|href)=""(https?:)?//", html);
        Assert.Contains("<svg", html);
        var links = Regex.Matches(html, @"href=""#fn-(\d+)""").Select(m => m.Groups[1].Value).ToHashSet();
        var notes = Regex.Matches(html, @"<li id=""fn-(\d+)""><q>[^<]+</q>").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.NotEmpty(notes);
        Assert.Equal(notes, links);
        foreach (var item in Regex.Matches(html, @"<li>(?!.*fn-).*</li>").Select(m => m.Value))
            Assert.DoesNotContain("occurred", item); // a line about an event without a footnote
        Assert.Contains("Standing mechanisms", html);
        Assert.Contains("Where the sources disagree", html);
    }

    [Fact]
    public void The_markdown_brief_has_footnotes_and_its_chart_beside_it()
    {
        var path = articles.File("brief.md");
        Run("brief", "PAK", "RUS", "--out", path);
        var md = File.ReadAllText(path);
        Assert.True(File.Exists(Path.ChangeExtension(path, ".svg")));
        var cited = Regex.Matches(md, @"\[\^(\d+)\](?!:)").Select(m => m.Groups[1].Value).ToHashSet();
        var defined = Regex.Matches(md, @"^\[\^(\d+)\]:", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Equal(defined, cited);
    }

    [Fact]
    public void Article_text_in_the_brief_is_escaped()
    {
        using var folder = new TempFolder();
        var article = folder.Write("hostile.txt",
            "Pakistan and Russia held the Druzhba VI exercise <script>alert('x')</script> in Krasnodar in 2021 <img src=x onerror=alert(1)>.");
        var db = folder.File("hostile.db");
        Assert.Equal(0, CliRun.Run("ingest", article, "--db", db).Exit);
        var path = folder.File("brief.html");
        Assert.Equal(0, CliRun.Run("brief", "PAK", "RUS", "--db", db, "--out", path).Exit);
        var html = File.ReadAllText(path);
        Assert.Contains("&lt;script&gt;", html);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Entities_and_stats_list_what_the_store_holds()
    {
        Assert.Contains("country:PAK", Run("entities"));
        Assert.DoesNotContain("country:PAK", Run("entities", "--type", "ORG"));
        var stats = Run("stats");
        Assert.Contains("documents          5", stats);
        Assert.Contains("events             5", stats);
        Assert.Contains("PAK-RUS", stats);
    }

    [Fact]
    public void A_missing_store_is_named_and_refused()
    {
        var (exit, _, error) = CliRun.Run("events", "--db", articles.File("none.db"));
        Assert.Equal(1, exit);
        Assert.Contains("no store at", error);
    }
}
