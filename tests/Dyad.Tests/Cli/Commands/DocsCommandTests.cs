using System.CommandLine;
using System.Text.Json;
using Dyad.Cli.Commands;
using Dyad.Documents;
using Dyad.Storage.Sqlite;
using Dyad.Tests.Storage;

namespace Dyad.Tests.Cli.Commands;

public sealed class DocsCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = DocsCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    private string StoreWithTwoDocuments()
    {
        var path = _folder.File("docs.db");
        var dated = Articles.Make(1, published: new PublicationDate(new PartialDate(2021, 10), DateBasis.Manifest));
        var undated = Articles.Make(2);
        undated.Published = null;
        undated.Title = "A title\twith a tab\nand a break";
        using var store = SqliteDocumentStore.Open(path);
        store.Write([dated, Articles.Make(1, source: "mirror/1.txt"), undated]);
        return path;
    }

    [Fact]
    public void Text_lists_id_published_title_and_source_count_one_document_a_line()
    {
        var path = StoreWithTwoDocuments();

        var (exit, output, _) = Run("--db", path);

        Assert.Equal(0, exit);
        Assert.Equal(
            [
                $"{Articles.Make(1).ContentId()}\t2021-10\t{Articles.Title(1)}\t2",
                $"{Articles.Make(2).ContentId()}\t-\tA title with a tab and a break\t1",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')));
    }

    [Fact]
    public void Jsonl_gives_one_object_a_line_with_published_value_and_basis()
    {
        var path = StoreWithTwoDocuments();

        var (exit, output, _) = Run("--db", path, "--format", "jsonl");

        Assert.Equal(0, exit);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal(Articles.Make(1).ContentId(), first.RootElement.GetProperty("id").GetString());
        Assert.Equal("2021-10", first.RootElement.GetProperty("published").GetProperty("value").GetString());
        Assert.Equal("manifest", first.RootElement.GetProperty("published").GetProperty("basis").GetString());
        Assert.Equal(2, first.RootElement.GetProperty("sources").GetInt32());
        Assert.Equal("articles/0001.txt", first.RootElement.GetProperty("source").GetString());
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal(JsonValueKind.Null, second.RootElement.GetProperty("published").ValueKind);
    }

    [Fact]
    public void A_missing_store_is_an_error_naming_the_file_and_creates_nothing()
    {
        var path = _folder.File("absent.db");

        var (exit, _, error) = Run("--db", path);

        Assert.Equal(1, exit);
        Assert.Contains(path, error);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void An_unknown_format_is_refused()
    {
        var (exit, _, _) = Run("--db", StoreWithTwoDocuments(), "--format", "xml");
        Assert.NotEqual(0, exit);
    }
}
