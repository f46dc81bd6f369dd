using System.Text.RegularExpressions;

namespace Dyad.Knowledge;

/// <summary>
/// The facts Dyad knows about the world: countries, people and their offices, organizations,
/// programmes, exercise series, equipment and places, read from the YAML files shipped in the
/// assembly and from users' folders, with one compiled matcher over all their names.
/// Immutable once built; one instance serves all threads.
/// </summary>
public sealed partial class KnowledgeBase
{
    private const string ResourcePrefix = "Dyad.Knowledge.Data.";

    private static readonly Lazy<KnowledgeBase> LazyDefault = new(() => Load(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<KnowledgeEntry> _entries;
    private readonly Dictionary<string, KnowledgeEntry> _byId;
    private readonly Dictionary<string, List<AliasSense>> _byName;
    private readonly Dictionary<string, List<AliasSense>>.AlternateLookup<ReadOnlySpan<char>> _byNameLookup;
    private readonly Lazy<KnowledgeMatcher> _matcher;

    private KnowledgeBase(List<KnowledgeEntry> entries)
    {
        _entries = entries;
        _byId = new Dictionary<string, KnowledgeEntry>(StringComparer.Ordinal);
        foreach (var e in entries) _byId[e.Id] = e;
        AddCapitalLocations();
        _byName = new Dictionary<string, List<AliasSense>>(StringComparer.Ordinal);
        // Names of exercise series that the matcher needs a marker for are still names to look up.
        var markedNames = _entries.OfType<ExerciseSeries>().SelectMany(s => s.MarkedAliases.Select(a => (a, new AliasSense(s, AliasKind.Alias))));
        foreach (var (alias, sense) in Aliases().Concat(markedNames))
        {
            var key = NameKey(alias);
            if (!_byName.TryGetValue(key, out var senses)) _byName[key] = senses = [];
            if (!senses.Exists(s => ReferenceEquals(s.Entry, sense.Entry))) senses.Add(sense);
        }
        _byNameLookup = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
        _matcher = new Lazy<KnowledgeMatcher>(() => new KnowledgeMatcher(Aliases()), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The built-in knowledge base, loaded once on first use.</summary>
    public static KnowledgeBase Default => LazyDefault.Value;

    /// <summary>
    /// The built-in files, then every *.yaml / *.yml file of each folder in order (files by name):
    /// an entry whose id is already known replaces it, a new one is added.
    /// </summary>
    /// <exception cref="KnowledgeLoadException">A file is not valid: the message names the file, the line and the reason.</exception>
    public static KnowledgeBase Load(params string[] extraDirs)
    {
        var entries = new List<KnowledgeEntry>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        var assembly = typeof(KnowledgeBase).Assembly;
        // The built-in files are parsed side by side and merged in name order: parsing them is a third of a short run's
        // start, which had the other core idle (one article analysed: 47.5 to 44.7 ms, the median of 15 runs on two cores).
        var builtIn = assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal)
            .Select(name => Task.Run(() =>
            {
                using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
                return KnowledgeFileReader.Read(name[ResourcePrefix.Length..], reader);
            }))
            .ToList();
        foreach (var file in builtIn)
            Merge(file.GetAwaiter().GetResult(), entries, positions, replacing: false);
        foreach (var dir in extraDirs)
        {
            if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"knowledge folder not found: {dir}");
            var files = Directory.EnumerateFiles(dir).Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase));
            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                using var reader = new StreamReader(file);
                Merge(KnowledgeFileReader.Read(file, reader), entries, positions, replacing: true);
            }
        }
        return new KnowledgeBase(entries);
    }

    private static void Merge(List<KnowledgeEntry> read, List<KnowledgeEntry> entries, Dictionary<string, int> positions, bool replacing)
    {
        var seenHere = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in read)
        {
            if (!seenHere.Add(entry.Id) || (!replacing && positions.ContainsKey(entry.Id)))
            {
                var (file, line) = SplitOrigin(entry.Origin);
                var first = positions.TryGetValue(entry.Id, out var p) ? entries[p].Origin : "earlier in the file";
                throw new KnowledgeLoadException(file, line, $"duplicate id '{entry.Id}' (first at {first})");
            }
            if (positions.TryGetValue(entry.Id, out var at)) entries[at] = entry;
            else
            {
                positions[entry.Id] = entries.Count;
                entries.Add(entry);
            }
        }
    }

    private static (string File, long Line) SplitOrigin(string origin)
    {
        var colon = origin.LastIndexOf(':');
        return colon > 0 && long.TryParse(origin.AsSpan(colon + 1), out var line) ? (origin[..colon], line) : (origin, 0);
    }

    public IReadOnlyList<KnowledgeEntry> Entries => _entries;

    /// <summary>The compiled matcher over every name the KB knows; built on first use.</summary>
    public KnowledgeMatcher Matcher => _matcher.Value;

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);

    public Country? Find(CountryCode code) => Find("country:" + code.Value) as Country;

    public IEnumerable<T> All<T>() where T : KnowledgeEntry => _entries.OfType<T>();

    /// <summary>Entries a name stands for (case, dashes and spacing folded), most usual first; empty when unknown.</summary>
    public IReadOnlyList<AliasSense> FindByName(string name) => FindByName(name.AsSpan());

    /// <inheritdoc cref="FindByName(string)"/>
    public IReadOnlyList<AliasSense> FindByName(ReadOnlySpan<char> name)
    {
        var key = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        return _byNameLookup.TryGetValue(key[..NameKey(name, key)], out var senses) ? senses : [];
    }

    /// <summary>
    /// Every name the matcher looks for, with its sense: canonical names, aliases, demonyms,
    /// capitals and combining forms of countries, party-prefixed names of bilateral bodies, and
    /// spacing variants of equipment designations ("Mi-35" also as "Mi 35" and "Mi35").
    /// </summary>
    public IEnumerable<(string Alias, AliasSense Sense)> Aliases()
    {
        foreach (var entry in _entries)
        {
            yield return (entry.Name, new AliasSense(entry, AliasKind.Name));
            foreach (var a in entry.Aliases) yield return (a, new AliasSense(entry, AliasKind.Alias));
            switch (entry)
            {
                case Country c:
                    foreach (var a in c.Demonyms) yield return (a, new AliasSense(c, AliasKind.Demonym));
                    foreach (var a in c.Capitals) yield return (a, new AliasSense(c, AliasKind.Capital));
                    foreach (var a in c.CombiningForms) yield return (a, new AliasSense(c, AliasKind.CombiningForm));
                    break;
                case AffiliatedEntry { PairedNames.Count: > 0, Parties.Count: 2 } body:
                    foreach (var a in PairedForms(body)) yield return (a, new AliasSense(body, AliasKind.Paired));
                    break;
                case ExerciseSeries series:
                    foreach (var name in series.AllNames())
                        foreach (var edition in series.Editions)
                            foreach (var form in EditionMarker.MarkedForms(name, edition))
                                yield return (form, new AliasSense(series, AliasKind.Alias));
                    if (series.PairedNames.Count > 0 && series.Parties.Count == 2)
                        foreach (var a in PairedForms(series)) yield return (a, new AliasSense(series, AliasKind.Paired));
                    break;
                case Equipment eq:
                    foreach (var a in (string[])[eq.Name, .. eq.Aliases])
                        foreach (var variant in DesignationVariants(a))
                            yield return (variant, new AliasSense(eq, AliasKind.Alias));
                    break;
            }
        }
    }

    private IEnumerable<string> PairedForms(AffiliatedEntry body)
    {
        var first = CountryForms(body.Parties[0]);
        var second = CountryForms(body.Parties[1]);
        foreach (var name in body.PairedNames)
            foreach (var a in first)
                foreach (var b in second)
                {
                    yield return $"{a}-{b} {name}";
                    yield return $"{b}-{a} {name}";
                }
    }

    private List<string> CountryForms(CountryCode code) =>
        Find(code) is { } c ? [c.Name, .. c.CombiningForms] : [code.Value];

    /// <summary>"Mi-35" is also written "Mi 35" and "Mi35"; "S-400" as "S 400" and "S400".</summary>
    private static IEnumerable<string> DesignationVariants(string designation)
    {
        if (!HyphenatedDesignation().IsMatch(designation)) yield break;
        var hyphen = designation.IndexOf('-');
        yield return designation[..hyphen] + designation[(hyphen + 1)..];
        yield return designation[..hyphen] + " " + designation[(hyphen + 1)..];
    }

    [GeneratedRegex(@"^[A-Za-z]{1,4}-[0-9]")]
    private static partial Regex HyphenatedDesignation();

    /// <summary>
    /// A capital used for its government is also a city: each country's first capital gets a
    /// location entry (its other spellings as aliases) unless the files give one.
    /// </summary>
    private void AddCapitalLocations()
    {
        foreach (var country in _entries.OfType<Country>().ToList())
        {
            if (country.Capitals.Count == 0) continue;
            var id = "location:" + KnowledgeFileReader.Slug(country.Capitals[0]);
            if (_byId.ContainsKey(id)) continue;
            var city = new Location
            {
                Id = id, Name = country.Capitals[0], Aliases = country.Capitals.Skip(1).ToList(), Kind = "capital",
                Country = country.Code, Source = country.Source, Origin = country.Origin,
            };
            _entries.Add(city);
            _byId[id] = city;
        }
    }

    private static string NameKey(string name)
    {
        var key = new char[name.Length];
        return new string(key, 0, NameKey(name, key));
    }

    /// <summary>Writes the name as the matcher stores it (<see cref="KnowledgeMatcher.Normalize"/>), folded, into <paramref name="key"/>; returns its length.</summary>
    private static int NameKey(ReadOnlySpan<char> name, Span<char> key)
    {
        var n = KnowledgeMatcher.Normalize(name, key);
        for (var i = 0; i < n; i++) key[i] = KnowledgeMatcher.Fold(key[i]);
        return n;
    }

    /// <summary>
    /// The edition a name with a marker refers to: "Druzhba VI", "Druzhba-2016", "Friendship 2017",
    /// "Aman-17". Null when the series or the edition is not known to the KB.
    /// </summary>
    public ExerciseEditionMatch? FindEdition(string mention)
    {
        var text = mention.Trim();
        var matches = Matcher.Match(text);
        if (matches is not [{ Start: 0, Entry: ExerciseSeries series }, ..]) return null;
        // The match may include the marker ("Druzhba VI"): read it after the longest name of the series.
        foreach (var name in series.AllNames().OrderByDescending(n => n.Length))
            if (text.StartsWith(name, StringComparison.OrdinalIgnoreCase) && FindEdition(series, text.AsSpan(name.Length)) is { } found)
                return found;
        return null;
    }

    /// <summary>The edition of the named series ("Druzhba", "DRUZBA", "Friendship") that the marker ("VI", "2016") names.</summary>
    public ExerciseEditionMatch? FindEdition(string exerciseName, string marker)
    {
        foreach (var sense in FindByName(exerciseName))
            if (sense.Entry is ExerciseSeries series && FindEdition(series, marker) is { } found)
                return found;
        return null;
    }

    private static ExerciseEditionMatch? FindEdition(ExerciseSeries series, ReadOnlySpan<char> marker)
    {
        if (!EditionMarker.TryRead(marker, out var year, out var number)) return null;
        if (number is not null)
            foreach (var e in series.Editions)
                if (e.Number == number) return new ExerciseEditionMatch(series, e);
        if (year is not null)
        {
            ExerciseEdition? only = null;
            foreach (var e in series.Editions)
            {
                if (e.Year != year) continue;
                if (only is not null) return null; // two editions in one year: the year alone does not say which
                only = e;
            }
            if (only is not null) return new ExerciseEditionMatch(series, only);
        }
        return null;
    }
}

/// <summary>An edition found by <see cref="KnowledgeBase.FindEdition(string)"/>: the series and the edition.</summary>
public sealed record ExerciseEditionMatch(ExerciseSeries Series, ExerciseEdition Edition);
