using Dyad.Annotation.Entities;
using Dyad.Annotation.Sentences;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Entities;

/// <summary>Runs the specification in entity-rules.spec: each line a text, the mention expected in it (or a span that must stay empty), its type and entity.</summary>
public sealed class EntityRulesSpecTests
{
    private static readonly EntityStage Stage = new(KnowledgeBase.Default);

    public static TheoryData<int, string, string, string> Cases()
    {
        var data = new TheoryData<int, string, string, string>();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "Annotation", "Entities", "entity-rules.spec"));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('|', StringSplitOptions.TrimEntries);
            data.Add(i + 1, cells[0], cells[1], cells[2]);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Entity_rules_read_as_specified(int line, string marked, string type, string entity)
    {
        var negative = marked.Contains('{');
        var (open, close) = negative ? ('{', '}') : ('[', ']');
        var start = marked.IndexOf(open);
        var end = marked.IndexOf(close) - 1;
        var text = marked.Remove(end + 1, 1).Remove(start, 1);
        var span = new TextSpan(start, end);
        var document = new Document("spec", text);
        new SentenceStage().Process(document);

        Stage.Process(document);

        var found = document.Entities.SelectMany(e => e.Mentions.Select(m => (Entity: e, Mention: m))).ToList();
        var described = string.Join(", ", found.Select(f => $"{f.Entity.Type.ToSchemaName()} {f.Entity.Id} '{f.Mention.Text}'"));
        if (negative)
        {
            Assert.False(
                found.Any(f => f.Mention.Span.Overlaps(span) && (type == "-" || f.Entity.Type.ToSchemaName() == type)),
                $"line {line}: expected no {(type == "-" ? "" : type + " ")}mention over '{text[span.Start..span.End]}', found: {described}");
            return;
        }
        Assert.True(
            found.Any(f => f.Mention.Span == span && f.Entity.Type.ToSchemaName() == type && Names(f.Entity, entity)),
            $"line {line}: expected {type} {entity} at '{text[span.Start..span.End]}', found: {described}");
    }

    private static bool Names(Entity entity, string expected) =>
        expected.StartsWith("name:", StringComparison.Ordinal) ? entity.Name == expected[5..] : entity.Id == expected;
}
