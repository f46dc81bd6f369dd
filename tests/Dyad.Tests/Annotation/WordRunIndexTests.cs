using Dyad.Annotation;
using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation;

/// <summary>The runs the entity tokenizer leaves for later stages: every run of the body, whole, with the hash of its lower case.</summary>
public sealed class WordRunIndexTests
{
    private static readonly EntityStage Entities = new(KnowledgeBase.Default);

    /// <summary>Words, joiners, possessives, sentence ends and characters outside ASCII, so runs start and end at every kind of edge.</summary>
    private static readonly string[] Pieces =
        ["Russia", "PAKISTAN", "signed", "Mi-35", "d'Affaires", "Russia's", "Moscow\u2019s", "JF-17", "10pm", "2014", "Ça", "Ünal", "naïve",
         "İstanbul", "\u212Aelvin", "٣", ". ", ", ", " ", " ", "\n", "-", "'", "(", ")", "s", "S"];

    private static Document Tokenized(string text)
    {
        var document = new Document("runs.txt", text);
        new SentenceStage().Process(document);
        Entities.Process(document);
        return document;
    }

    [Fact]
    public void The_entity_stage_indexes_every_run_of_the_body_whole_with_its_hash()
    {
        var random = new Random(17);
        for (var trial = 0; trial < 500; trial++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            var document = Tokenized(text);
            var index = WordRunIndex.Of(document);
            Assert.NotNull(index);

            Assert.True(index.TryRunsIn(new TextSpan(0, text.Length), out var runs), text);
            var expected = RunsOf(text);
            Assert.Equal(expected, runs.ToArray().Select(run => (run.Start, run.End)).ToList());
            foreach (var run in runs)
            {
                var chars = text[run.Start..run.End];
                Assert.Equal(chars.All(char.IsAscii), run.Ascii);
                if (run.Ascii) Assert.Equal(WordHash.Of(chars.ToLowerInvariant()), run.Hash);
            }

            // Spans in text order, as sentences are asked about, then in any order: the runs inside, or none when one is cut.
            var starts = Enumerable.Range(0, 6).Select(_ => random.Next(text.Length + 1)).Order().ToList();
            starts.AddRange(Enumerable.Range(0, 6).Select(_ => random.Next(text.Length + 1)));
            foreach (var start in starts)
            {
                var span = new TextSpan(start, random.Next(start, text.Length + 1));
                var cut = expected.Any(run => run.Start < span.Start && span.Start < run.End || run.Start < span.End && span.End < run.End);
                Assert.Equal(!cut, index.TryRunsIn(span, out var inside));
                if (!cut)
                    Assert.Equal(expected.Where(run => span.Start <= run.Start && run.End <= span.End), inside.ToArray().Select(run => (run.Start, run.End)));
            }
        }
    }

    [Fact]
    public void A_span_cutting_a_run_or_leaving_the_body_gets_no_runs()
    {
        const string text = "Menu Home World\nRussia and Pakistan signed a pact.\nShare this story";
        var document = new Document("runs.txt", text);
        var body = text.IndexOf("Russia", StringComparison.Ordinal);
        var bodyEnd = text.IndexOf("\nShare", StringComparison.Ordinal);
        document.Removed.Add(new Removal(new TextSpan(0, body), RemovalReason.Boilerplate));
        document.Removed.Add(new Removal(new TextSpan(bodyEnd, text.Length), RemovalReason.Boilerplate));
        new SentenceStage().Process(document);
        Entities.Process(document);
        var index = WordRunIndex.Of(document)!;

        Assert.True(index.TryRunsIn(new TextSpan(body, bodyEnd), out var all));
        Assert.Equal(RunsOf(text[body..bodyEnd]).Select(run => (run.Start + body, run.End + body)), all.ToArray().Select(run => (run.Start, run.End)));
        Assert.False(index.TryRunsIn(new TextSpan(body + 2, bodyEnd), out _)); // cuts "Russia"
        Assert.False(index.TryRunsIn(new TextSpan(0, bodyEnd), out _)); // takes in removed chrome
        Assert.True(index.TryRunsIn(new TextSpan(body + "Russia".Length, body + "Russia and".Length), out var and));
        Assert.Equal([(body + "Russia ".Length, body + "Russia and".Length)], and.ToArray().Select(run => (run.Start, run.End)));
    }

    [Fact]
    public void Spans_of_each_body_range_get_their_runs_asked_in_any_order()
    {
        const string text = "Russia and Pakistan signed a pact.\nAdvertisement\nThe talks went on in Moscow.";
        var document = new Document("runs.txt", text);
        var chrome = text.IndexOf("Advertisement", StringComparison.Ordinal);
        document.Removed.Add(new Removal(new TextSpan(chrome, chrome + "Advertisement".Length), RemovalReason.Boilerplate));
        new SentenceStage().Process(document);
        Entities.Process(document);
        var index = WordRunIndex.Of(document)!;
        var first = new TextSpan(0, text.IndexOf('\n'));
        var second = new TextSpan(text.IndexOf("The", StringComparison.Ordinal), text.Length);

        foreach (var span in new[] { first, second, first, second })
        {
            Assert.True(index.TryRunsIn(span, out var runs));
            Assert.Equal(RunsOf(text[span.Start..span.End]).Select(run => (run.Start + span.Start, run.End + span.Start)),
                runs.ToArray().Select(run => (run.Start, run.End)));
        }
        Assert.False(index.TryRunsIn(new TextSpan(0, text.Length), out _)); // across the removed line
    }

    [Fact]
    public void A_huge_document_is_indexed_whole_and_the_next_one_too()
    {
        var huge = string.Concat(Enumerable.Repeat("Russia and Pakistan held talks. ", 20_000)); // 100,000 runs
        var document = Tokenized(huge);
        Assert.True(WordRunIndex.Of(document)!.TryRunsIn(new TextSpan(0, huge.Length), out var runs));
        Assert.Equal(100_000, runs.Length);

        const string small = "Russia and Pakistan held talks.";
        Assert.True(WordRunIndex.Of(Tokenized(small))!.TryRunsIn(new TextSpan(0, small.Length), out var again));
        Assert.Equal(RunsOf(small), again.ToArray().Select(run => (run.Start, run.End)));
    }

    [Fact]
    public void Only_the_document_the_thread_read_last_has_an_index()
    {
        var first = Tokenized("Russia and Pakistan held talks.");
        Assert.NotNull(WordRunIndex.Of(first));
        var second = Tokenized("Russia and Pakistan held talks.");
        Assert.Null(WordRunIndex.Of(first));
        Assert.NotNull(WordRunIndex.Of(second));
        Assert.Null(WordRunIndex.Of(new Document("other.txt", "Russia and Pakistan held talks.")));
    }

    private static List<(int Start, int End)> RunsOf(string text)
    {
        var runs = new List<(int, int)>();
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
            runs.Add((start, i));
        }
        return runs;
    }
}
