using Dyad.Documents;

namespace Dyad.Tests.Storage;

/// <summary>
/// Made-up articles for storage tests: a line of site chrome, a title line and a body that differs
/// by number, with the chrome and title marked removed as cleaning would mark them.
/// </summary>
internal static class Articles
{
    private static readonly string[] Capitals = ["Arvandel", "Brisk", "Coramont", "Dunmere", "Esterhall", "Falkrun"];

    public static string Body(int n) =>
        $"Delegations from {Capitals[n % Capitals.Length]} and {Capitals[(n + 1) % Capitals.Length]} met for round {n} of their talks on river trade.\n" +
        $"\nThe ministers agreed to review tariff number {n * 7} before the harvest, officials said.\n" +
        $"\nA joint statement promised a further session, number {n + 1}, within the year.";

    public static string Title(int n) => $"Round {n} of river trade talks";

    public static Document Make(int n, string? source = null, string chrome = "Home | World | Sport", string? url = null,
        PublicationDate? published = null, int bodyRepeats = 1)
    {
        var title = Title(n);
        var body = Body(n);
        var text = new System.Text.StringBuilder(chrome).Append('\n').Append(title).Append("\n\n");
        for (var i = 0; i < bodyRepeats; i++)
            text.Append(body).Append("\n\n");
        var metadata = new SourceMetadata { Url = url, Format = "text" };
        var document = new Document(source ?? $"articles/{n:D4}.txt", text.ToString(), metadata)
        {
            Title = title,
            Publisher = "The Riverside Courier",
            Published = published ?? new PublicationDate(new PartialDate(2020 + n % 5, 1 + n % 12), DateBasis.Manifest),
        };
        document.Removed.Add(new Removal(new TextSpan(0, chrome.Length), RemovalReason.Boilerplate));
        document.Removed.Add(new Removal(new TextSpan(chrome.Length + 1, chrome.Length + 1 + title.Length), RemovalReason.Metadata));
        return document;
    }

    public static List<Document> Range(int from, int count, int bodyRepeats = 1)
    {
        var documents = new List<Document>(count);
        for (var n = from; n < from + count; n++)
            documents.Add(Make(n, bodyRepeats: bodyRepeats));
        return documents;
    }
}
