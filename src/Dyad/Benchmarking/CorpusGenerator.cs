using System.Globalization;
using System.Text;
using Dyad.Knowledge;

namespace Dyad.Benchmarking;

/// <summary>One generated article: the page text with its chrome, and what a feed would say about it.</summary>
public sealed record GeneratedArticle(int Index, string Url, string Publisher, string Title, DateOnly Published, string Text, int? CopyOf);

/// <summary>
/// Writes realistic articles for scale tests, deterministically from a seed: states, people, equipment and
/// exercises come from the knowledge base, sentences from the phrase book. A generated world of events is
/// reported by many articles (so fusion has work), pages carry site chrome, calendars, teasers and now and
/// then a repeated paragraph, and some articles are syndicated copies under another publisher's chrome.
/// Article <c>i</c> depends only on the seed and <c>i</c>, so any range can be generated alone.
/// </summary>
public sealed class CorpusGenerator
{
    /// <summary>States the generated news is about; those the knowledge base lacks are left out.</summary>
    private static readonly string[] StateCodes = ["PAK", "RUS", "IND", "CHN", "USA", "IRN", "TUR", "AFG", "SAU", "GBR", "FRA", "JPN"];

    private static readonly string[] EventKinds = ["exercise", "visit", "dialogue", "agreement", "arms", "sanction", "training"];
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];
    private const double SyndicatedShare = 0.1;
    private const double RepeatedParagraphShare = 0.15;

    private readonly int _seed;
    private readonly PhraseBook _phrases = PhraseBook.Default;
    private readonly Country[] _states;
    private readonly WorldEvent[] _world;
    private readonly KnowledgeBase _knowledge;

    public CorpusGenerator(KnowledgeBase knowledge, int seed, int articles)
    {
        _knowledge = knowledge;
        _seed = seed;
        _states = StateCodes.Select(c => knowledge.Find(CountryCode.Parse(c))).OfType<Country>().ToArray();
        if (_states.Length < 2) throw new InvalidOperationException("the knowledge base needs at least two of the generator's states");
        var random = new Random(seed);
        _world = Enumerable.Range(0, Math.Max(20, articles / 5)).Select(i => NewEvent(random, i)).ToArray();
        _byPair = _world.ToLookup(e => PairKey(e.A, e.B));
    }

    private readonly ILookup<string, WorldEvent> _byPair;
    private readonly HashSet<string> _heldEditions = [];

    private static string PairKey(Country a, Country b) =>
        string.CompareOrdinal(a.Code.Value, b.Code.Value) < 0 ? a.Code.Value + b.Code.Value : b.Code.Value + a.Code.Value;

    /// <summary>Articles <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1.</summary>
    public IEnumerable<GeneratedArticle> Generate(int first, int count)
    {
        for (var i = first; i < first + count; i++)
            yield return Article(i);
    }

    private GeneratedArticle Article(int index)
    {
        // A syndicated copy shares its original's body, date and headline, under its own publisher's chrome.
        var random = RandomFor(index);
        var copyOf = IsCopy(random, index) ? OriginalOf(index - 1) : (int?)null;
        var body = Body(copyOf ?? index);
        var publisher = Pick(random, _phrases["publisher"]);
        var url = $"https://news.example/{Slug(publisher)}/{index}";
        var text = Page(random, body, publisher);
        return new GeneratedArticle(index, url, publisher, body.Title, body.Published, text, copyOf);
    }

    /// <summary>Whether article <paramref name="index"/> copies the one before: the first draw of its generator.</summary>
    private static bool IsCopy(Random random, int index) => random.NextDouble() < SyndicatedShare && index > 0;

    /// <summary>The article a copy's body comes from: copies of copies lead back to one original.</summary>
    private int OriginalOf(int index)
    {
        while (IsCopy(RandomFor(index), index)) index--;
        return index;
    }

    private sealed record ArticleBody(string Title, DateOnly Published, string Author, List<string> Paragraphs);

    private ArticleBody Body(int index)
    {
        var random = RandomFor(~index); // the body's own sequence, apart from the page's
        // An article leads with one event and may recall earlier ones between the same two states.
        var main = _world[random.Next(_world.Length)];
        var published = main.Date.AddDays(random.Next(0, 40));
        var earlier = _byPair[PairKey(main.A, main.B)].Where(e => e.Id != main.Id && e.Date < main.Date).ToList();
        var reported = new List<WorldEvent> { main };
        for (var n = random.Next(0, 3); n > 0 && earlier.Count > 0; n--)
        {
            var recalled = earlier[random.Next(earlier.Count)];
            earlier.Remove(recalled);
            reported.Add(recalled);
        }
        var paragraphs = new List<string>();
        // Background sentences are drawn without repeats: an article does not say the same thing twice by design.
        var filler = new Queue<string>(_phrases["filler"].OrderBy(_ => random.Next()));
        string Background() => Fill(filler.Count > 0 ? filler.Dequeue() : Pick(random, _phrases["filler"]), main, published, random);
        foreach (var e in reported)
        {
            var paragraph = new StringBuilder(Fill(Pick(random, _phrases[e.Kind]), e, published, random));
            for (var n = random.Next(2, 5); n > 0; n--) paragraph.Append(' ').Append(Background());
            paragraphs.Add(paragraph.ToString());
        }
        for (var n = random.Next(2, 5); n > 0; n--)
            paragraphs.Insert(random.Next(1, paragraphs.Count + 1), $"{Background()} {Background()} {Background()}");
        var author = $"{Pick(random, _phrases["given"])} {Pick(random, _phrases["family"])}";
        return new ArticleBody(Fill(Pick(random, _phrases["headline"]), main, published, random), published, author, paragraphs);
    }

    private string Page(Random random, ArticleBody body, string publisher)
    {
        var page = new StringBuilder();
        page.Append(publisher).Append('\n').Append(Pick(random, _phrases["menu"])).Append("\n\n");
        page.Append(body.Title).Append('\n');
        page.Append("By ").Append(body.Author).Append('\n');
        page.Append("Published: ").Append(body.Published.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture)).Append("\n\n");
        foreach (var paragraph in body.Paragraphs)
            page.Append(paragraph).Append("\n\n");
        if (random.NextDouble() < RepeatedParagraphShare)
            page.Append(body.Paragraphs[random.Next(body.Paragraphs.Count)]).Append("\n\n");
        page.Append("Related: ").Append(Pick(random, _phrases["unrelated"])).Append('\n');
        page.Append("Most read: ").Append(Pick(random, _phrases["unrelated"])).Append('\n');
        if (random.Next(3) == 0) AppendCalendar(page, body.Published);
        foreach (var line in _phrases["footer"].Where(_ => random.Next(2) == 0))
            page.Append(line.Replace("{year}", body.Published.Year.ToString(CultureInfo.InvariantCulture)).Replace("{publisher}", publisher)).Append('\n');
        return page.ToString();
    }

    /// <summary>A month calendar as scraped from a sidebar: a capture date posing as content.</summary>
    private static void AppendCalendar(StringBuilder page, DateOnly month)
    {
        page.Append(month.ToString("MMMM yyyy", CultureInfo.InvariantCulture)).Append('\n').Append("Mon Tue Wed Thu Fri Sat Sun\n");
        var days = DateTime.DaysInMonth(month.Year, month.Month);
        for (var day = 1; day <= days; day += 7)
            page.Append(string.Join(' ', Enumerable.Range(day, Math.Min(7, days - day + 1)))).Append('\n');
    }

    private sealed record WorldEvent(int Id, string Kind, Country A, Country B, DateOnly Date, int Round, string? Exercise, string? Place, string? Body, Equipment? Equipment, int Quantity);

    private WorldEvent NewEvent(Random random, int id)
    {
        var a = _states[random.Next(_states.Length)];
        Country b;
        do b = _states[random.Next(_states.Length)]; while (b.Code == a.Code);
        var kind = EventKinds[random.Next(EventKinds.Length)];
        var date = new DateOnly(2000 + random.Next(26), 1 + random.Next(12), 1 + random.Next(28));
        // An edition the knowledge base knows, each held once in the world: its year dates the event and its place hosts it.
        var editions = _knowledge.All<ExerciseSeries>()
            .Where(s => s.Parties.Contains(a.Code) && s.Parties.Contains(b.Code))
            .SelectMany(s => s.Editions.Select(edition => (Series: s, Edition: edition)))
            .Where(x => !_heldEditions.Contains($"{x.Series.Name} {x.Edition.Year}"))
            .ToList();
        string? exercise = null;
        var place = b.Capitals.FirstOrDefault() ?? b.Name;
        if (kind == "exercise" && editions.Count > 0)
        {
            var (chosen, edition) = editions[random.Next(editions.Count)];
            exercise = $"{chosen.Name} {edition.Year}";
            _heldEditions.Add(exercise);
            place = edition.Location ?? place;
            date = new DateOnly(edition.Year, date.Month, date.Day);
        }
        var body = _knowledge.All<Organization>().FirstOrDefault(o => o.Parties.Count == 2 && o.Parties.Contains(a.Code) && o.Parties.Contains(b.Code));
        var equipment = _knowledge.All<Equipment>().Where(e => e.Maker == a.Code).ToList();
        // Kinds the knowledge base gives no key for here become ones it does.
        if (kind == "exercise" && exercise is null) kind = "visit";
        if (kind == "arms" && equipment.Count == 0) kind = "agreement";
        return new WorldEvent(id, kind, a, b, date, 1 + random.Next(Ordinals.Length), exercise, place,
            body?.Name ?? "Joint Working Group on Defence Cooperation",
            equipment.Count > 0 ? equipment[random.Next(equipment.Count)] : null,
            2 + random.Next(30));
    }

    private string Fill(string phrase, WorldEvent e, DateOnly published, Random random)
    {
        var text = new StringBuilder(phrase.Length + 64);
        for (var at = 0; at < phrase.Length;)
        {
            var open = phrase.IndexOf('{', at);
            if (open < 0) { text.Append(phrase, at, phrase.Length - at); break; }
            var close = phrase.IndexOf('}', open);
            text.Append(phrase, at, open - at).Append(Slot(phrase[(open + 1)..close], e, published, random));
            at = close + 1;
        }
        return text.ToString();
    }

    private string? Slot(string slot, WorldEvent e, DateOnly published, Random random) => slot switch
    {
        "a" => e.A.Name,
        "b" => e.B.Name,
        "a_adj" => Adjective(e.A),
        "b_adj" => Adjective(e.B),
        "a_cap" => e.A.Capitals.FirstOrDefault() ?? e.A.Name,
        "b_cap" => e.B.Capitals.FirstOrDefault() ?? e.B.Name,
        "person" => PersonOf(e.A, e.Date.Year),
        "exercise" => e.Exercise ?? throw new InvalidDataException("an exercise phrase for an event with no exercise"),
        "place" => e.Place,
        "body" => e.Body,
        "equipment" => e.Equipment?.Name ?? throw new InvalidDataException("an equipment phrase for an event with no equipment"),
        "quantity" => e.Quantity.ToString(CultureInfo.InvariantCulture),
        "round" => Ordinals[e.Round - 1],
        "when" => When(e.Date, published, random),
        _ => throw new InvalidDataException($"article-phrases.txt: unknown slot {{{slot}}}"),
    };

    private static string Adjective(Country state) => state.Demonyms.FirstOrDefault() ?? state.Name;

    private string PersonOf(Country state, int year)
    {
        foreach (var person in _knowledge.All<Person>())
            foreach (var office in person.OfficesIn(year))
                if (office.Country == state.Code) return $"{Adjective(state)} {office.Title} {person.Name}";
        return $"a senior {Adjective(state)} official";
    }

    /// <summary>The event's date as a reporter would write it, in full, by month, by year or relative to the article.</summary>
    private static string When(DateOnly date, DateOnly published, Random random) => random.Next(5) switch
    {
        0 => "on " + date.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        1 => "on " + date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
        2 => "in " + date.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        3 => "in " + date.Year.ToString(CultureInfo.InvariantCulture),
        _ => date.Year == published.Year - 1 ? "last year" : date.Month == published.Month && date.Year == published.Year ? "this month" : "in " + date.Year,
    };

    /// <summary>A generator for one article that depends on the seed and the index only (HashCode is per process: not used).</summary>
    private Random RandomFor(int index)
    {
        var x = (ulong)(uint)_seed << 32 | (uint)index;
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL; // splitmix64's finalizer
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return new Random((int)(x ^ (x >> 31)));
    }

    private static string Pick(Random random, string[] choices) => choices[random.Next(choices.Length)];

    private static string Slug(string name) => new(name.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray());
}
