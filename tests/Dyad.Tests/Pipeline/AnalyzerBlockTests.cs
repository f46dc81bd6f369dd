using Dyad.Documents;
using Dyad.Knowledge;
using Dyad.Pipeline;
using Dyad.Reading;

namespace Dyad.Tests.Pipeline;

/// <summary>
/// Line recurrence across a batch: a document is compared with the blocks read up to its own, never with later ones,
/// however far reading has run ahead while it waits to be cleaned.
/// </summary>
public sealed class AnalyzerBlockTests : IDisposable
{
    private const string Shared = "Visit our partner shop for gadgets and gifts";

    private readonly string _folder = Directory.CreateTempSubdirectory("dyad-blocks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, int round, bool shared)
    {
        var text = $"Talks on defence round {round}\n\n" +
                   $"Delegations met for round {round} of talks on defence cooperation and agreed to meet again next year.\n" +
                   (shared ? Shared + "\n" : "") +
                   $"Officials said the talks on defence cooperation in round {round} covered training and joint exercises.\n";
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task A_line_shared_with_a_later_block_only_stays_and_the_later_copy_goes()
    {
        // Blocks of three: a.txt, b.txt, c.txt then d.txt, e.txt, f.txt. The line is in a.txt and d.txt only.
        var paths = new[]
        {
            Write("a.txt", 1, shared: true), Write("b.txt", 2, false), Write("c.txt", 3, false),
            Write("d.txt", 4, shared: true), Write("e.txt", 5, false), Write("f.txt", 6, false),
        };
        var analyzer = Analyzer.ForBatch(new AnalyzerOptions { BlockSize = 3, Capacity = 2 }, KnowledgeBase.Default);

        var documents = new List<Document>();
        await foreach (var outcome in analyzer.AnalyzeAsync(paths))
            documents.Add(Assert.IsType<ReadSucceeded>(outcome).Document);

        Assert.Equal([3, 3, 3, 6, 6, 6], documents.Select(d => d.CountedWith));
        Assert.Contains(Shared, documents[0].CleanText());
        Assert.DoesNotContain(Shared, documents[3].CleanText());
    }
}
