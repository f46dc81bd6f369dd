using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using Dyad.Storage;

namespace Dyad.Cli.Commands;

/// <summary><c>dyad docs [--db FILE] [--format text|jsonl]</c>: the stored documents, one a line.</summary>
public static class DocsCommand
{
    public static Command Create()
    {
        var store = new StoreOption();
        var format = new Option<string>("--format")
        {
            Description = "text: id, published, title and number of sources, tab-separated; jsonl: one JSON object a line.",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "jsonl");

        var command = new Command("docs", "List the stored documents, oldest publication first.") { store.Db, format };
        command.SetAction(parseResult =>
        {
            using var opened = store.Open(parseResult, "docs");
            if (opened is null) return ExitCodes.SomeInputsRefused;
            var output = parseResult.InvocationConfiguration.Output;
            if (parseResult.GetValue(format) == "jsonl") WriteJsonLines(opened.List(), output);
            else WriteText(opened.List(), output);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteText(IEnumerable<DocumentSummary> documents, TextWriter output)
    {
        foreach (var d in documents)
            output.WriteLine($"{d.Id}\t{d.Published?.Date.ToString() ?? "-"}\t{OneLine(d.Title) ?? "-"}\t{d.SourceCount}");
    }

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Field names follow the document record of output-schema.md where they overlap.</summary>
    private static void WriteJsonLines(IEnumerable<DocumentSummary> documents, TextWriter output)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        foreach (var d in documents)
        {
            buffer.ResetWrittenCount();
            using (var json = new Utf8JsonWriter(buffer, JsonOptions))
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                if (d.Published is { } published)
                {
                    json.WriteStartObject("published");
                    json.WriteString("value", published.Date.ToString());
                    json.WriteString("basis", StorageJson.BasisName(published.Basis));
                    json.WriteEndObject();
                }
                else json.WriteNull("published");
                json.WriteString("title", d.Title);
                json.WriteString("publisher", d.Publisher);
                json.WriteNumber("sources", d.SourceCount);
                json.WriteString("source", d.FirstSource);
                json.WriteEndObject();
            }
            output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan));
        }
    }

    /// <summary>A title on one line of the tab-separated listing: whitespace runs, tabs and breaks fold to a space.</summary>
    private static string? OneLine(string? text) =>
        text is null ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
