using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public sealed class UserKnowledgeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("dyad-kb-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string yaml)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void A_user_file_adds_entries_that_the_matcher_finds()
    {
        Write("local.yaml", """
            locations:
              - name: Zhob Cantonment
                aliases: [Zhob Cantt]
                kind: cantonment
                country: PAK
                source: Local survey notes
            """);
        var kb = KnowledgeBase.Load(_dir);
        var match = Assert.Single(kb.Matcher.Match("troops at Zhob Cantt moved"));
        Assert.Equal("location:zhob-cantonment", match.Entry.Id);
        Assert.NotNull(KnowledgeBase.Default.Find("country:PAK"));
        Assert.Null(KnowledgeBase.Default.Find("location:zhob-cantonment"));
    }

    [Fact]
    public void A_user_entry_with_a_known_id_replaces_the_built_in_one()
    {
        Write("override.yml", """
            exercises:
              - id: program:druzhba
                name: Druzhba
                parties: [PAK, RUS]
                source: My own records
                editions:
                  - {year: 2019, number: 4, location: Tarbela}
            """);
        var kb = KnowledgeBase.Load(_dir);
        var series = Assert.IsType<ExerciseSeries>(kb.Find("program:druzhba"));
        Assert.Equal("My own records", series.Source);
        Assert.Equal("Tarbela", kb.FindEdition("Druzhba IV")?.Edition.Location);
        Assert.Equal(KnowledgeBase.Default.Entries.Count, kb.Entries.Count);
    }

    [Theory]
    [InlineData("people:\n  - name: A Person\n    offices: []\n", 2, "missing field 'source'")]
    [InlineData("people:\n  - name: A Person\n    source: x\n    alias: [P]\n", 4, "unknown field 'alias'")]
    [InlineData("countries:\n  - code: Pak\n    name: P\n    source: x\n", 2, "'Pak' is not an ISO 3166-1 alpha-3 code")]
    [InlineData("weapons:\n  - name: X\n", 1, "unknown section 'weapons'")]
    [InlineData("people:\n  - name: A\n    source: x: y\n", 3, "not valid YAML")]
    [InlineData("people:\n  - name: A\n    source: x\n    offices:\n      - {title: T, country: PAK, from: 2010, to: 2001}\n", 5, "ends (2001) before it starts (2010)")]
    [InlineData("locations:\n  - {name: Here, source: x}\n  - {name: Here, source: y}\n", 3, "duplicate id 'location:here'")]
    public void A_bad_user_file_is_reported_with_its_name_line_and_reason(string yaml, int line, string reason)
    {
        var path = Write("bad.yaml", yaml);
        var error = Assert.Throws<KnowledgeLoadException>(() => KnowledgeBase.Load(_dir));
        Assert.Equal(path, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Message);
        Assert.StartsWith($"{path}:{line}: ", error.Message);
    }

    [Fact]
    public void A_missing_folder_is_an_error_naming_it()
    {
        var missing = Path.Combine(_dir, "nope");
        var error = Assert.Throws<DirectoryNotFoundException>(() => KnowledgeBase.Load(missing));
        Assert.Contains(missing, error.Message);
    }
}
