using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dyad.Knowledge;

/// <summary>
/// Reads one knowledge file (YAML) into entries. A file is a mapping of sections (countries,
/// organizations, programmes, exercises, people, equipment, locations), each a list of entries.
/// Unknown sections and fields are errors, so a misspelt key is reported rather than ignored.
/// </summary>
internal sealed class KnowledgeFileReader
{
    private readonly string _file;

    private KnowledgeFileReader(string file) => _file = file;

    public static List<KnowledgeEntry> Read(string file, TextReader reader)
    {
        var self = new KnowledgeFileReader(file);
        var stream = new YamlStream();
        try
        {
            stream.Load(reader);
        }
        catch (YamlException e)
        {
            throw new KnowledgeLoadException(file, e.Start.Line, "not valid YAML: " + e.Message, e);
        }
        var entries = new List<KnowledgeEntry>();
        foreach (var document in stream.Documents)
        {
            if (document.RootNode is YamlScalarNode { Value: null or "" }) continue;
            var root = self.Mapping(document.RootNode, "the file");
            foreach (var (keyNode, value) in root.Children)
            {
                var section = self.Scalar(keyNode, "a section name");
                Func<YamlMappingNode, KnowledgeEntry> readEntry = section switch
                {
                    "countries" => self.ReadCountry,
                    "organizations" => self.ReadOrganization,
                    "programmes" => self.ReadProgramme,
                    "exercises" => self.ReadExerciseSeries,
                    "people" => self.ReadPerson,
                    "equipment" => self.ReadEquipment,
                    "locations" => self.ReadLocation,
                    _ => throw self.Error(keyNode, $"unknown section '{section}' (expected countries, organizations, programmes, exercises, people, equipment or locations)"),
                };
                if (value is YamlScalarNode { Value: null or "" }) continue;
                if (value is not YamlSequenceNode list) throw self.Error(value, $"section '{section}' must be a list of entries");
                foreach (var item in list.Children)
                    entries.Add(readEntry(self.Mapping(item, "an entry")));
            }
        }
        return entries;
    }

    private Country ReadCountry(YamlMappingNode node)
    {
        var f = new Fields(this, node, "code", "name", "aliases", "demonyms", "capitals", "combining", "successor", "source");
        var code = f.Code("code", required: true)!.Value;
        return new Country
        {
            Id = "country:" + code.Value,
            Code = code,
            Name = f.Text("name")!,
            Aliases = f.List("aliases"),
            Demonyms = f.List("demonyms"),
            Capitals = f.List("capitals"),
            CombiningForms = f.List("combining"),
            Successor = f.Code("successor"),
            Source = f.Text("source")!,
            Origin = Origin(node),
        };
    }

    private Organization ReadOrganization(YamlMappingNode node)
    {
        var f = new Fields(this, node, AffiliatedFields);
        return new Organization
        {
            Id = f.Id("org"), Name = f.Text("name")!, Aliases = f.List("aliases"), PairedNames = f.Paired(), Source = f.Text("source")!, Origin = Origin(node),
            Kind = f.Text("kind", required: false), Country = f.Code("country"), Parties = f.Codes("parties"),
        };
    }

    private Programme ReadProgramme(YamlMappingNode node)
    {
        var f = new Fields(this, node, AffiliatedFields);
        return new Programme
        {
            Id = f.Id("program"), Name = f.Text("name")!, Aliases = f.List("aliases"), PairedNames = f.Paired(), Source = f.Text("source")!, Origin = Origin(node),
            Kind = f.Text("kind", required: false), Country = f.Code("country"), Parties = f.Codes("parties"),
        };
    }

    private ExerciseSeries ReadExerciseSeries(YamlMappingNode node)
    {
        var f = new Fields(this, node, [.. AffiliatedFields, "marked", "editions"]);
        var source = f.Text("source")!;
        var editions = new List<ExerciseEdition>();
        foreach (var item in f.Nodes("editions"))
        {
            var e = new Fields(this, Mapping(item, "an edition"), "year", "number", "location", "source");
            var year = e.Int("year", 1900, 2100) ?? throw Error(item, "an edition needs a year");
            editions.Add(new ExerciseEdition(year, e.EditionNumber("number"), e.Text("location", required: false), e.Text("source", required: false) ?? source));
        }
        return new ExerciseSeries
        {
            Id = f.Id("program"), Name = f.Text("name")!, Aliases = f.List("aliases"), PairedNames = f.Paired(), Source = source, Origin = Origin(node),
            Kind = f.Text("kind", required: false), Country = f.Code("country"), Parties = f.Codes("parties"), Editions = editions,
            MarkedAliases = f.List("marked"),
        };
    }

    private Person ReadPerson(YamlMappingNode node)
    {
        var f = new Fields(this, node, "id", "name", "aliases", "offices", "source");
        var offices = new List<Office>();
        foreach (var item in f.Nodes("offices"))
        {
            var o = new Fields(this, Mapping(item, "an office"), "title", "country", "from", "to");
            var from = o.Int("from", 1900, 2100);
            var to = o.Int("to", 1900, 2100);
            if (from > to) throw Error(item, $"office ends ({to}) before it starts ({from})");
            offices.Add(new Office(o.Text("title")!, o.Code("country", required: true)!.Value, from, to));
        }
        return new Person { Id = f.Id("person"), Name = f.Text("name")!, Aliases = f.List("aliases"), Offices = offices, Source = f.Text("source")!, Origin = Origin(node) };
    }

    private Equipment ReadEquipment(YamlMappingNode node)
    {
        var f = new Fields(this, node, "id", "name", "aliases", "kind", "maker", "source");
        return new Equipment
        {
            Id = f.Id("equipment"), Name = f.Text("name")!, Aliases = f.List("aliases"), Kind = f.Text("kind")!,
            Maker = f.Code("maker"), Source = f.Text("source")!, Origin = Origin(node),
        };
    }

    private Location ReadLocation(YamlMappingNode node)
    {
        var f = new Fields(this, node, "id", "name", "aliases", "kind", "country", "source");
        return new Location
        {
            Id = f.Id("location"), Name = f.Text("name")!, Aliases = f.List("aliases"), Kind = f.Text("kind", required: false),
            Country = f.Code("country"), Source = f.Text("source")!, Origin = Origin(node),
        };
    }

    private static readonly string[] AffiliatedFields = ["id", "name", "aliases", "paired", "kind", "country", "parties", "source"];

    private string Origin(YamlNode node) => $"{_file}:{node.Start.Line}";

    internal KnowledgeLoadException Error(YamlNode node, string reason) => new(_file, node.Start.Line, reason);

    private YamlMappingNode Mapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw Error(node, $"{what} must be a mapping of fields");

    internal string Scalar(YamlNode node, string what) =>
        node is YamlScalarNode { Value: { } v } ? v : throw Error(node, $"{what} must be a single value");

    /// <summary>The fields of one mapping, checked against the names the entry allows.</summary>
    private readonly struct Fields
    {
        private readonly KnowledgeFileReader _reader;
        private readonly YamlMappingNode _node;
        private readonly Dictionary<string, YamlNode> _values = new(StringComparer.Ordinal);

        public Fields(KnowledgeFileReader reader, YamlMappingNode node, params string[] allowed)
        {
            _reader = reader;
            _node = node;
            foreach (var (k, v) in node.Children)
            {
                var key = reader.Scalar(k, "a field name");
                if (Array.IndexOf(allowed, key) < 0)
                    throw reader.Error(k, $"unknown field '{key}' (expected {string.Join(", ", allowed)})");
                _values[key] = v;
            }
        }

        public string? Text(string key, bool required = true)
        {
            if (!_values.TryGetValue(key, out var v))
                return required ? throw _reader.Error(_node, $"missing field '{key}'") : null;
            var s = _reader.Scalar(v, $"'{key}'").Trim();
            if (s.Length == 0) throw _reader.Error(v, $"'{key}' is empty");
            return s;
        }

        public string Id(string prefix)
        {
            var id = Text("id", required: false);
            if (id is null) return prefix + ":" + Slug(Text("name")!);
            if (!id.StartsWith(prefix + ":", StringComparison.Ordinal) || id.Length == prefix.Length + 1)
                throw _reader.Error(_values["id"], $"id '{id}' must start with '{prefix}:'");
            return id;
        }

        public IReadOnlyList<YamlNode> Nodes(string key)
        {
            if (!_values.TryGetValue(key, out var v) || v is YamlScalarNode { Value: null or "" }) return [];
            return v is YamlSequenceNode seq ? seq.Children.ToList() : throw _reader.Error(v, $"'{key}' must be a list");
        }

        public IReadOnlyList<string> List(string key)
        {
            var reader = _reader;
            return Nodes(key).Select(n => reader.Scalar(n, $"an item of '{key}'").Trim()).Where(s => s.Length > 0).ToList();
        }

        /// <summary>Names that texts prefix with the two parties ("Pakistan-Russia" + name); needs exactly two parties.</summary>
        public IReadOnlyList<string> Paired()
        {
            var paired = List("paired");
            if (paired.Count > 0 && Codes("parties").Count != 2) throw _reader.Error(_values["paired"], "'paired' names need exactly two parties");
            return paired;
        }

        public CountryCode? Code(string key, bool required = false)
        {
            var text = Text(key, required);
            if (text is null) return null;
            return CountryCode.TryParse(text, out var code) ? code : throw _reader.Error(_values[key], $"'{text}' is not an ISO 3166-1 alpha-3 code");
        }

        public IReadOnlyList<CountryCode> Codes(string key)
        {
            var codes = new List<CountryCode>();
            foreach (var n in Nodes(key))
            {
                var s = _reader.Scalar(n, $"an item of '{key}'").Trim();
                codes.Add(CountryCode.TryParse(s, out var c) ? c : throw _reader.Error(n, $"'{s}' is not an ISO 3166-1 alpha-3 code"));
            }
            return codes;
        }

        public int? Int(string key, int min, int max)
        {
            var s = Text(key, required: false);
            if (s is null) return null;
            if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            throw _reader.Error(_values[key], $"'{key}' must be a whole number from {min} to {max}, not '{s}'");
        }

        /// <summary>An edition number written in Arabic or Roman numerals ("6", "VI").</summary>
        public int? EditionNumber(string key)
        {
            var s = Text(key, required: false);
            if (s is null) return null;
            return EditionMarker.ParseNumber(s) ?? throw _reader.Error(_values[key], $"'{s}' is not an edition number (1, 2 … or I, II …)");
        }
    }

    internal static string Slug(string name) => SlugId("", name);

    /// <summary>The prefix ("person:") and the slug of the name, as one string.</summary>
    internal static string SlugId(string prefix, string name)
    {
        var decomposed = System.Text.Ascii.IsValid(name) ? name : name.Normalize(System.Text.NormalizationForm.FormD);
        var length = prefix.Length + decomposed.Length;
        var chars = length <= 256 ? stackalloc char[length] : new char[length];
        prefix.CopyTo(chars);
        var n = prefix.Length;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) chars[n++] = char.ToLowerInvariant(c);
            else if (n > prefix.Length && chars[n - 1] != '-') chars[n++] = '-';
        }
        while (n > prefix.Length && chars[n - 1] == '-') n--;
        return new string(chars[..n]);
    }
}
