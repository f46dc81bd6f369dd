using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class KnowledgeBaseLoadingTests
{
    private static readonly KnowledgeBase Kb = KnowledgeBase.Default;

    [Fact]
    public void The_built_in_files_load_with_every_kind_of_entry()
    {
        Assert.True(Kb.All<Country>().Count() > 240);
        Assert.NotEmpty(Kb.All<Person>());
        Assert.NotEmpty(Kb.All<Organization>());
        Assert.NotEmpty(Kb.All<Programme>());
        Assert.NotEmpty(Kb.All<ExerciseSeries>());
        Assert.NotEmpty(Kb.All<Equipment>());
        Assert.NotEmpty(Kb.All<Location>());
    }

    [Fact]
    public void Every_entry_names_its_source() =>
        Assert.Empty(Kb.Entries.Where(e => string.IsNullOrWhiteSpace(e.Source)).Select(e => e.Id));

    [Fact]
    public void Ids_are_unique_and_carry_their_type_prefix()
    {
        Assert.Empty(Kb.Entries.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        foreach (var e in Kb.Entries)
        {
            var prefix = e.Type switch
            {
                EntityType.Country => "country:", EntityType.Person => "person:", EntityType.Org => "org:",
                EntityType.Location => "location:", EntityType.Equipment => "equipment:", _ => "program:",
            };
            Assert.StartsWith(prefix, e.Id);
        }
    }

    [Fact]
    public void Country_codes_are_three_capital_letters_and_match_the_id()
    {
        foreach (var c in Kb.All<Country>())
        {
            Assert.Matches("^[A-Z]{3}$", c.Code.Value);
            Assert.Equal("country:" + c.Code.Value, c.Id);
        }
    }

    [Fact]
    public void Every_country_code_an_entry_points_to_is_a_known_country()
    {
        var codes = Kb.Entries.SelectMany(e => e switch
        {
            AffiliatedEntry a => a.Parties.Concat(a.Country is { } c ? [c] : []),
            Person p => p.Offices.Select(o => o.Country),
            Equipment { Maker: { } m } => [m],
            Location { Country: { } c } => [c],
            Country { Successor: { } s } => [s],
            _ => [],
        });
        Assert.Empty(codes.Where(c => Kb.Find(c) is null).Select(c => c.Value).Distinct());
    }

    [Fact]
    public void The_soviet_union_is_russias_predecessor()
    {
        var sun = Kb.Find(CountryCode.Parse("SUN"));
        Assert.NotNull(sun);
        Assert.Equal("RUS", sun.Successor?.Value);
        Assert.Contains(Kb.FindByName("USSR"), s => s.Entry == sun);
    }

    [Fact]
    public void No_name_stands_for_two_entries_except_a_capital_for_its_country_and_city()
    {
        var shared = Kb.Aliases()
            .GroupBy(a => KnowledgeMatcher.Normalize(a.Alias).ToLowerInvariant())
            .Select(g => (Alias: g.Key, Entries: g.Select(a => a.Sense).DistinctBy(s => s.Entry.Id).ToList()))
            .Where(g => g.Entries.Count > 1)
            .Where(g => !IsCapitalAndCity(g.Entries))
            .Select(g => $"{g.Alias}: {string.Join(", ", g.Entries.Select(s => s.Entry.Id))}");
        Assert.Empty(shared);
    }

    private static bool IsCapitalAndCity(List<AliasSense> senses) =>
        senses is [{ Kind: AliasKind.Capital, Entry: Country country }, { Entry: Location { Kind: "capital" } city }] && city.Country == country.Code;

    [Fact]
    public void Offices_read_years_and_tell_who_held_them_when()
    {
        var bajwa = Assert.IsType<Person>(Kb.Find("person:qamar-javed-bajwa"));
        Assert.Contains(bajwa.OfficesIn(2018), o => o.Title == "Chief of Army Staff" && o.Country.Value == "PAK");
        Assert.Empty(bajwa.OfficesIn(2010));
    }

    [Fact]
    public void Capitals_become_locations_of_their_country()
    {
        var moscow = Assert.IsType<Location>(Kb.Find("location:moscow"));
        Assert.Equal("RUS", moscow.Country?.Value);
        var kyiv = Assert.IsType<Location>(Kb.Find("location:kyiv"));
        Assert.Contains("Kiev", kyiv.Aliases);
    }

    [Fact]
    public void Country_codes_refuse_what_is_not_three_capital_letters()
    {
        Assert.False(CountryCode.TryParse("pak", out _));
        Assert.False(CountryCode.TryParse("PK", out _));
        Assert.False(CountryCode.TryParse("PAKI", out _));
        Assert.Throws<FormatException>(() => CountryCode.Parse("P4K"));
        Assert.Equal("PAK", CountryCode.Parse("PAK").ToString());
    }
}
