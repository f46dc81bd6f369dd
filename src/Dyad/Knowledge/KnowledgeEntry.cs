namespace Dyad.Knowledge;

/// <summary>
/// One fact-sheet of the knowledge base: a thing in the world with an id ("country:PAK",
/// "person:qamar-javed-bajwa"), its canonical name, the other names texts use for it, and
/// where those facts come from.
/// </summary>
public abstract record KnowledgeEntry
{
    /// <summary>Stable id: type prefix and key, e.g. "org:jmcc".</summary>
    public required string Id { get; init; }

    public required string Name { get; init; }

    /// <summary>Other names that refer to this entry in running text; the canonical name is not repeated here.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Where the facts come from ("ISO 3166-1", "SIPRI Arms Transfers Database").</summary>
    public required string Source { get; init; }

    /// <summary>The file and line the entry was read from, for messages.</summary>
    public string Origin { get; init; } = "";

    public abstract EntityType Type { get; }
}

/// <summary>An entry tied to countries: an organization, a programme or an exercise series.</summary>
public abstract record AffiliatedEntry : KnowledgeEntry
{
    /// <summary>What sort of thing it is, in the KB's own words ("ministry", "alliance", "bilateral mechanism").</summary>
    public string? Kind { get; init; }

    /// <summary>The country it belongs to, when it belongs to one.</summary>
    public CountryCode? Country { get; init; }

    /// <summary>The states taking part, for bilateral and multilateral bodies, programmes and exercises.</summary>
    public IReadOnlyList<CountryCode> Parties { get; init; } = [];

    /// <summary>
    /// Names texts write after the two parties ("Joint Military Consultative Committee" in
    /// "Russia-Pakistan Joint Military Consultative Committee"); the matcher adds both orders.
    /// </summary>
    public IReadOnlyList<string> PairedNames { get; init; } = [];
}

/// <summary>A sovereign state or territory with an ISO 3166-1 alpha-3 code, or a former state (SUN).</summary>
public sealed record Country : KnowledgeEntry
{
    public required CountryCode Code { get; init; }

    /// <summary>Adjectives and demonyms that point to the state ("Pakistani", "Russian").</summary>
    public IReadOnlyList<string> Demonyms { get; init; } = [];

    /// <summary>Capitals that texts use for the government ("Moscow", "Washington").</summary>
    public IReadOnlyList<string> Capitals { get; init; } = [];

    /// <summary>Short forms used as the first part of compounds ("Pak" in "Pak-Russia", "Sino", "Indo").</summary>
    public IReadOnlyList<string> CombiningForms { get; init; } = [];

    /// <summary>The state that took over its seat and obligations (RUS for SUN).</summary>
    public CountryCode? Successor { get; init; }

    public override EntityType Type => EntityType.Country;
}

/// <summary>A ministry, armed service, alliance, think tank, medium, armed group or standing bilateral body.</summary>
public sealed record Organization : AffiliatedEntry
{
    public override EntityType Type => EntityType.Org;
}

/// <summary>A named programme or project (IMET, CPEC, Coalition Support Fund).</summary>
public sealed record Programme : AffiliatedEntry
{
    public override EntityType Type => EntityType.Program;
}

/// <summary>A recurring named exercise (Druzhba, Indra, Malabar) and the editions the KB knows.</summary>
public sealed record ExerciseSeries : AffiliatedEntry
{
    public IReadOnlyList<ExerciseEdition> Editions { get; init; } = [];

    /// <summary>
    /// Names that stand for the series only with an edition marker, being common words or other
    /// things alone ("Friendship", "Center", "Aman"): matched as "Friendship-2017", "Aman-21"
    /// for the editions the KB knows.
    /// </summary>
    public IReadOnlyList<string> MarkedAliases { get; init; } = [];

    /// <summary>Every name of the series, canonical first.</summary>
    public IEnumerable<string> AllNames() => [Name, .. Aliases, .. MarkedAliases];

    public override EntityType Type => EntityType.Program;
}

/// <summary>One edition of an exercise series: its year, its number where the series counts them, its place.</summary>
public sealed record ExerciseEdition(int Year, int? Number, string? Location, string Source);

/// <summary>A person who held a public office.</summary>
public sealed record Person : KnowledgeEntry
{
    public IReadOnlyList<Office> Offices { get; init; } = [];

    public override EntityType Type => EntityType.Person;

    /// <summary>The offices held on a date (year precision: an office counts for every year it touches).</summary>
    public IEnumerable<Office> OfficesIn(int year) => Offices.Where(o => o.Covers(year));
}

/// <summary>An office a person held: title, country, and years; To is null while held or when not known.</summary>
public sealed record Office(string Title, CountryCode Country, int? From, int? To)
{
    public bool Covers(int year) => (From is null || From <= year) && (To is null || year <= To);
}

/// <summary>A weapon system, vehicle, ship or class, with its kind and the country that makes it.</summary>
public sealed record Equipment : KnowledgeEntry
{
    public required string Kind { get; init; }

    public CountryCode? Maker { get; init; }

    public override EntityType Type => EntityType.Equipment;
}

/// <summary>A place that is not a capital standing for its government: a city, base, region or continent.</summary>
public sealed record Location : KnowledgeEntry
{
    public string? Kind { get; init; }

    public CountryCode? Country { get; init; }

    public override EntityType Type => EntityType.Location;
}
