using System.Text.Json.Nodes;
using Dyad.Evaluation;

namespace Dyad.Tests.Evaluation;

/// <summary>
/// The C# evaluator and score.py agree on a small gold set written for these tests: astral characters before
/// time expressions and quotes, CRLF line ends, Unicode white space, a duplicated passage, competing events,
/// fusion across documents, and outputs that get offsets, dates, published, types and statuses wrong.
/// </summary>
public sealed class SyntheticAgreementTests
{
    private const string Harbour = "100_harbour_ledger";
    private const string Steppe = "101_steppe_review";
    private const string Note = "102_quiet_note";

    private static readonly Dictionary<string, string> Texts = new()
    {
        [Harbour] = "Harbour Ledger | Analysis\nBy Mira Tal\nHome | World | Sport\n" +
            "\U0001F30D Kazakhstan and Mongolia held the third round of their Joint Border Commission in Astana on 4 March 2019.\n" +
            "\U0001F389\U0001F389 The Steppe Eagle exercise will run for two weeks in 2020, officials in \U0001D54Clan Bator said.\n" +
            "Mongolia received six Su-30 fighters from Kazakhstan in 2018, and a grain accord followed in May 2019.\n" +
            "Subscribe to our newsletter\n",
        [Steppe] = "Steppe Review\r\n" +
            "Kazakhstan and Mongolia will hold the Steppe Eagle exercise next year, the ministry said.\r\n" +
            "The drill was first held in 2004 and draws troops from both armies.\r\n" +
            "The drill was first held in 2004 and draws troops from both armies.\r\n" +
            "Mongolia\u00A0and  Kazakhstan signed a grain accord in May 2019.\r\n" +
            "Related:\u001C Ten quiet beaches\r\n",
        [Note] = "Nothing here but a short note from \u0130zmir on \u039F\u0394\u039F\u03A3 street.\n",
    };

    [ReferenceScorerFact]
    public void Output_with_right_utf16_offsets_after_astral_characters_matches_every_span()
    {
        using var scoring = WriteGold();
        var gold = GoldSet.Load(scoring.GoldDir, scoring.CorpusDir);
        var documents = GoldRecords.Documents(gold, "/data/in");
        documents[1]["source"] = Steppe + ".txt";
        scoring.WriteDocs(documents);
        scoring.WriteEvents(GoldRecords.FusedEvents(gold, "corpus"));

        var report = scoring.AssertAgreement();

        Assert.Equal(new PrecisionRecall(1.0, 1.0, 1.0, 8, 0, 0), report.Timexes.Match);
        Assert.Equal(new PrecisionRecall(1.0, 1.0, 1.0, 2, 0, 0), report.Fusion!.Pairs);
        Assert.Equal(new Ratio(1, 2), report.Documents.DuplicatePassagesKeptOnce); // the empty passage is "kept once" only in an empty text
    }

    [ReferenceScorerFact]
    public void Output_with_code_point_offsets_and_sloppy_fields_scores_alike()
    {
        using var scoring = WriteGold();
        var gold = GoldSet.Load(scoring.GoldDir, scoring.CorpusDir);
        var documents = GoldRecords.Documents(gold, "corpus");
        Spoil(documents, gold);
        scoring.WriteDocs(documents);
        scoring.WriteEvents(SpoiledFusion(gold));

        var report = scoring.AssertAgreement();

        Assert.True(report.Timexes.Match.Fp > 0, "code-point offsets past an astral character should miss");
    }

    [ReferenceScorerFact]
    public void Output_without_fused_events_or_the_third_document_scores_alike()
    {
        using var scoring = WriteGold();
        var gold = GoldSet.Load(scoring.GoldDir, scoring.CorpusDir);
        var documents = GoldRecords.Documents(gold, "corpus");
        documents.RemoveAt(2);
        documents[0]["entities"] = new JsonArray();
        documents[1].Remove("events");
        documents[1]["timexes"] = new JsonArray(new JsonObject { ["start"] = 5, ["end"] = 9, ["value"] = 2020 });
        scoring.WriteDocs(documents);

        var report = scoring.AssertAgreement();

        Assert.Equal([Note], report.DocumentsMissing);
        Assert.Null(report.Fusion);
    }

    private static ScoringCase WriteGold()
    {
        var scoring = new ScoringCase();
        foreach (var (doc, text) in Texts) scoring.WriteText(doc, text);
        scoring.WriteGold("documents", [
            new { doc = Harbour, dct = "2019-03", title = "Harbour Ledger", publisher = (string?)null, author = "Mira Tal",
                metadata_lines = new[] { "Harbour Ledger | Analysis", "By Mira Tal" },
                boilerplate_lines = new[] { "Home | World | Sport", "Subscribe to our newsletter" }, duplicate_passages = Array.Empty<string>() },
            new { doc = Steppe, dct = "2019-06", title = "Steppe Review", publisher = (string?)null, author = (string?)null,
                metadata_lines = new[] { "Steppe Review" }, boilerplate_lines = new[] { "Related:\u001C Ten quiet beaches" },
                duplicate_passages = new[] { "The drill was first held in 2004 and draws troops from both armies." } },
            new { doc = Note, dct = "2020-01", title = "", publisher = (string?)null, author = (string?)null,
                metadata_lines = Array.Empty<string>(), boilerplate_lines = Array.Empty<string>(), duplicate_passages = new[] { "" } },
        ]);
        scoring.WriteGold("entities", [
            Entity(Harbour, "COUNTRY", "KAZ", "Kazakhstan"), Entity(Harbour, "COUNTRY", "MNG", "Mongolia"),
            Entity(Harbour, "LOCATION", "Astana", "Astana"), Entity(Harbour, "ORG", "Joint Border Commission", "Joint Border Commission"),
            Entity(Harbour, "PROGRAM", "Steppe Eagle", "Steppe Eagle"), Entity(Harbour, "EQUIPMENT", "Su-30", "Su-30"),
            Entity(Harbour, "LOCATION", "Ulan Bator", "\U0001D54Clan Bator"),
            Entity(Steppe, "COUNTRY", "KAZ", "Kazakhstan"), Entity(Steppe, "COUNTRY", "MNG", "Mongolia"),
            Entity(Steppe, "PROGRAM", "Steppe Eagle", "Steppe Eagle"),
            Entity(Note, "LOCATION", "Izmir", "\u0130zmir"), Entity(Note, "LOCATION", "Odos", "\u039F\u0394\u039F\u03A3"),
        ]);
        scoring.WriteGold("timexes", [
            Timex(Harbour, "4 March 2019", "2019-03-04"), Timex(Harbour, "two weeks", "P2W"), Timex(Harbour, "2020", "2020"),
            Timex(Harbour, "2018", "2018"), Timex(Harbour, "May 2019", "2019-05"),
            Timex(Steppe, "next year", "2020"), Timex(Steppe, "2004", "2004"), Timex(Steppe, "May 2019", "2019-05"),
        ]);
        scoring.WriteGold("events", [
            Event(Harbour, "h-1", "DIALOGUE", "jbc-3", "held the third round of their Joint Border Commission in Astana on 4 March 2019",
                date: "2019-03-04", names: ["Joint Border Commission"]),
            Event(Harbour, "h-2", "EXERCISE", "steppe-2020", "The Steppe Eagle exercise will run for two weeks in 2020",
                date: "2020", status: "planned", names: ["Steppe Eagle"], altDates: ["2021"]),
            Event(Harbour, "h-3", "ARMS_TRANSFER", "su30-2018", "Mongolia received six Su-30 fighters from Kazakhstan in 2018",
                date: "2018", source: "KAZ", target: "MNG", equipment: ["Su-30", "Sukhoi Su-30"], altTypes: ["AGREEMENT"]),
            Event(Harbour, "h-4", "AGREEMENT", "grain-2019", "a grain accord followed in May 2019", date: "2019-05"),
            Event(Steppe, "s-1", "EXERCISE", "steppe-2020", "Kazakhstan and Mongolia will hold the Steppe Eagle exercise next year",
                date: "2020", status: "planned", names: ["Steppe Eagle"]),
            Event(Steppe, "s-2", "AGREEMENT", "grain-2019", "Mongolia\u00A0and  Kazakhstan signed a grain accord in May 2019",
                date: "2019-05", altTypes: ["MEETING"]),
            Event(Steppe, "s-3", "EXERCISE", "steppe-2004", "The drill was first held in 2004", date: "2004"),
        ]);
        return scoring;
    }

    // Wrong in the ways systems are wrong: offsets in code points, a half surrogate pair, stray types and shapes.
    private static void Spoil(List<JsonObject> documents, GoldSet gold)
    {
        var (harbour, steppe, note) = (documents[0], documents[1], documents[2]);
        harbour["title"] = "HARBOUR-LEDGER!";
        harbour["published"] = "2019-03-15";
        steppe["title"] = "Steppe Review: extra";
        steppe["published"] = 2019;
        note["published"] = new JsonObject { ["value"] = null };
        note.Remove("title");

        harbour["text"] = "Home  |  World | Sport\n" + harbour["text"];
        steppe["text"] = PythonText.FoldWhiteSpace(gold.Texts[Steppe]);

        var timexes = harbour["timexes"]!.AsArray();
        foreach (var t in timexes) // a system counting code points, as Python would
        {
            var text = gold.Texts[Harbour];
            t!["start"] = PythonText.CodePointCount(text[..(int)t["start"]!]);
            t["end"] = PythonText.CodePointCount(text[..(int)t["end"]!]);
        }
        timexes.Add(new JsonObject { ["start"] = 1, ["end"] = 12, ["value"] = "PRESENT_REF" }); // starts inside the globe's surrogate pair
        timexes.Add(new JsonObject { ["start"] = -3, ["end"] = -1, ["value"] = "X" });
        timexes.Add(new JsonObject { ["start"] = 2.0, ["end"] = 7.5 });
        timexes.Add(new JsonObject { ["start"] = 10_000, ["end"] = 10_010, ["value"] = "FUTURE_REF" });
        steppe["timexes"]!.AsArray()[0]!["value"] = "2020-XX";

        harbour["entities"]!.AsArray().Add(new JsonObject
        {
            ["type"] = "LOCATION", ["name"] = "\U0001D54CLAN BATOR", ["mentions"] = new JsonArray(new JsonObject { ["text"] = "somewhere" }),
        });
        harbour["entities"]!.AsArray().RemoveAt(6);
        steppe["entities"]!.AsArray().Add(new JsonObject { ["type"] = "COUNTRY", ["name"] = "Mongolia" }); // a second Mongolia
        steppe["entities"]!.AsArray().Add(new JsonObject { ["type"] = "PERSON", ["name"] = null, ["mentions"] = new JsonArray(new JsonObject { ["text"] = 7 }) });
        note["entities"] = new JsonArray(
            new JsonObject { ["type"] = "LOCATION", ["name"] = "\u0130ZMIR" }, // İ lowers to i + combining dot on both sides
            new JsonObject { ["type"] = "LOCATION", ["name"] = "\u03BF\u03B4\u03BF\u03C3" }); // medial sigma: not the gold's final one

        var h = harbour["events"]!.AsArray();
        h[0]!["name"] = "the JOINT BORDER COMMISSION session";
        h[0]!["date"] = new JsonObject { ["value"] = "2019-03" };
        h[1]!["name"] = "Steppe Eagle 2021";
        h[1]!["date"] = "2021";
        h[1]!["status"] = "proposed";
        h[2]!["equipment"] = new JsonArray("SU30", new JsonObject { ["id"] = "equipment:x" });
        (h[2]!["source"], h[2]!["target"]) = ("MNG", "KAZ");
        h[3]!["type"] = "MEETING";
        h.Add(new JsonObject { ["type"] = "VISIT", ["status"] = "occurred", ["countries"] = "KAZ" });
        h.Add(new JsonObject
        {
            ["type"] = "TRAINING", ["status"] = "ongoing", ["countries"] = new JsonArray("MNG", "KAZ", "MNG"),
            ["evidence"] = new JsonArray(new JsonObject { ["text"] = "\U0001F389" + new string('x', 68) + "\U0001F30D\U0001F30D tail" }),
        });
        h.Add(new JsonObject { ["type"] = "EXERCISE", ["status"] = "generic", ["countries"] = new JsonArray("KAZ", "MNG") });
        h.Add(new JsonObject { ["type"] = "PROTEST", ["status"] = "occurred", ["countries"] = new JsonArray("KAZ", "MNG") });

        steppe["events"] = new JsonArray(
            new JsonObject { ["type"] = "EXERCISE", ["status"] = "planned", ["countries"] = new JsonArray("KAZ", "MNG"), ["name"] = null, ["date"] = "2020" },
            new JsonObject { ["type"] = "EXERCISE", ["status"] = "occurred", ["countries"] = new JsonArray("KAZ", "MNG"), ["name"] = "Steppe Eagle", ["date"] = new JsonObject { ["value"] = "2004" } },
            new JsonObject { ["type"] = "MEETING", ["countries"] = new JsonArray("KAZ", "MNG"), ["date"] = new JsonObject { ["value"] = "2019-05" } });
    }

    private static List<JsonObject> SpoiledFusion(GoldSet gold)
    {
        JsonObject Evidence(GoldEvent g, bool inCodePoints) => new()
        {
            ["source"] = "some/where/" + g.Doc + ".txt",
            ["start"] = inCodePoints ? g.Start : GoldRecords.Utf16(gold.Texts[g.Doc], g.Start),
            ["end"] = inCodePoints ? g.End : GoldRecords.Utf16(gold.Texts[g.Doc], g.End),
        };
        GoldEvent Gold(string id) => gold.Events.Single(e => e.Id == id);
        return [
            new JsonObject { ["type"] = "EXERCISE", ["status"] = "planned", ["evidence"] = new JsonArray(Evidence(Gold("h-2"), true), Evidence(Gold("s-1"), false), Evidence(Gold("s-3"), false)) },
            new JsonObject { ["type"] = "MEETING", ["status"] = "occurred", ["evidence"] = new JsonArray(Evidence(Gold("h-4"), false), Evidence(Gold("s-2"), false)) },
            new JsonObject { ["type"] = "AGREEMENT", ["status"] = "generic", ["evidence"] = new JsonArray(Evidence(Gold("h-4"), false), Evidence(Gold("s-2"), false)) },
            new JsonObject { ["type"] = "DIALOGUE", ["status"] = "occurred", ["evidence"] = new JsonArray(new JsonObject { ["source"] = "other/999.txt", ["start"] = 0, ["end"] = 50 }) },
        ];
    }

    private static object Entity(string doc, string type, string canonical, string surface) => new { doc, type, canonical, surface = new[] { surface } };

    private static object Timex(string doc, string text, string value)
    {
        var (start, end) = CodePointSpan(doc, text);
        return new { doc, text, value, type = "DATE", start, end };
    }

    private static object Event(string doc, string id, string type, string cluster, string quote, string? date = null, string status = "occurred",
        string? source = null, string? target = null, string[]? names = null, string[]? equipment = null, string[]? altTypes = null, string[]? altDates = null)
    {
        var (start, end) = CodePointSpan(doc, quote);
        return new
        {
            doc, id, type, countries = new[] { "KAZ", "MNG" }, date, status, source, target, cluster, quote, start, end,
            names = names ?? [], equipment = equipment ?? [], alt_types = altTypes ?? [], alt_dates = altDates ?? [],
        };
    }

    // Gold offsets count code points in the text as Python reads it (CRLF read as LF).
    private static (int Start, int End) CodePointSpan(string doc, string words)
    {
        var text = Texts[doc].Replace("\r\n", "\n");
        var at = text.IndexOf(words, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{words}' is not in {doc}");
        return (PythonText.CodePointCount(text[..at]), PythonText.CodePointCount(text[..(at + words.Length)]));
    }
}
