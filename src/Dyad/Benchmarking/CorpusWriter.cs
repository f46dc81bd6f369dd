using System.Globalization;
using System.Text.Json;
using Dyad.Knowledge;

namespace Dyad.Benchmarking;

/// <summary>
/// Writes a generated corpus as JSON Lines shards (<c>generated-00000.jsonl</c>, …) that `dyad analyze`, `ingest`
/// and `bench` read: text, title, url and publisher always, the publication date on two articles in three (the
/// rest are dated from their own header, as scraped pages are).
/// </summary>
public static class CorpusWriter
{
    public const int ShardSize = 10_000;

    /// <returns>The shard files written, in order.</returns>
    public static IReadOnlyList<string> Write(string folder, int articles, int seed, KnowledgeBase knowledge)
    {
        Directory.CreateDirectory(folder);
        var generator = new CorpusGenerator(knowledge, seed, articles);
        var shards = new List<string>();
        for (var first = 0; first < articles; first += ShardSize)
        {
            var path = Path.Combine(folder, $"generated-{first / ShardSize:00000}.jsonl");
            using var stream = File.Create(path);
            using var json = new Utf8JsonWriter(stream);
            foreach (var article in generator.Generate(first, Math.Min(ShardSize, articles - first)))
            {
                json.WriteStartObject();
                json.WriteString("url", article.Url);
                json.WriteString("publisher", article.Publisher);
                json.WriteString("title", article.Title);
                if (article.Index % 3 != 0) json.WriteString("published", article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                json.WriteString("text", article.Text);
                json.WriteEndObject();
                json.Flush();
                stream.WriteByte((byte)'\n');
                json.Reset();
            }
            shards.Add(path);
        }
        return shards;
    }
}
