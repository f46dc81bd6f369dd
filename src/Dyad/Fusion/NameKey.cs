using System.Text;
using Dyad.Knowledge;

namespace Dyad.Fusion;

/// <summary>
/// A name as fusion compares it: its words folded to lower-case letters and digits, without the words that name
/// the states (so 'Pakistan-Russia Joint Military Consultative Committee' and 'Russia-Pakistan …' are one name),
/// and the edition it ends with ('Druzhba VI', 'Druzhba-2016').
/// </summary>
internal sealed class NameKey
{
    private static readonly HashSet<string> StateWords = LoadStateWords();
    private static readonly HashSet<string> FunctionWords = new(StringComparer.Ordinal) { "the", "of", "on", "and", "for", "in", "a", "an", "between" };

    private NameKey(string text, List<string> words, int? editionYear, int? editionNumber)
    {
        Text = text;
        Words = words;
        EditionYear = editionYear;
        EditionNumber = editionNumber;
        Folded = string.Concat(words);
        Initials = string.Concat(words.Select(w => w[0]));
    }

    public string Text { get; }

    /// <summary>The words without state names, function words and the edition.</summary>
    public IReadOnlyList<string> Words { get; }

    public string Folded { get; }

    public string Initials { get; }

    public int? EditionYear { get; }

    public int? EditionNumber { get; }

    public bool HasEdition => EditionYear is not null || EditionNumber is not null;

    /// <summary>Null when nothing but state names is left ('Pakistan-Russia').</summary>
    public static NameKey? Parse(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var tokens = Tokens(name);
        int? year = null, number = null;
        if (tokens.Count > 1 && EditionMarker.TryRead(tokens[^1].Raw, out var y, out var n))
        {
            year = y;
            number = y is not null && n is null ? null : n;
            if (tokens[^1].Raw.Length == 2) year = null; // 'Aman-17' may be a year or a number: read as the number
            tokens.RemoveAt(tokens.Count - 1);
        }
        var words = tokens.Select(t => t.Folded).Where(w => w.Length > 0 && !StateWords.Contains(w) && !FunctionWords.Contains(w)).ToList();
        return words.Count == 0 ? null : new NameKey(name, words, year, number);
    }

    /// <summary>
    /// Two names say one thing when one's folded words stand in the other's, one is the other's initials
    /// ('JMCC'), or one's words are all in the other; editions, when both have one of a kind, must be equal.
    /// </summary>
    public bool Agrees(NameKey other) => BaseAgrees(other) && !EditionsDiffer(other);

    public bool BaseAgrees(NameKey other) =>
        Folded.Contains(other.Folded, StringComparison.Ordinal) || other.Folded.Contains(Folded, StringComparison.Ordinal)
        || (Words.Count == 1 && Words[0] == other.Initials) || (other.Words.Count == 1 && other.Words[0] == Initials)
        || Words.All(other.Words.Contains) || other.Words.All(Words.Contains);

    public bool EditionsDiffer(NameKey other) =>
        (EditionNumber is { } a && other.EditionNumber is { } b && a != b) || (EditionYear is { } c && other.EditionYear is { } d && c != d);

    /// <summary>Both name the same edition by the same count or year.</summary>
    public bool SameEdition(NameKey other) =>
        (EditionNumber is { } a && a == other.EditionNumber) || (EditionYear is { } c && c == other.EditionYear);

    public override string ToString() => Text;

    private readonly record struct Token(string Raw, string Folded);

    private static List<Token> Tokens(string name)
    {
        var tokens = new List<Token>();
        foreach (var raw in name.Split([' ', '-', '\u2010', '\u2011', '\u2013', '\u2014', '/', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(new Token(raw.Trim('(', ')', ',', '.', '\'', '"', '\u2019'), Fold(raw)));
        return tokens;
    }

    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    private static HashSet<string> LoadStateWords()
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var country in KnowledgeBase.Default.All<Country>())
            foreach (var form in country.Aliases.Concat(country.Demonyms).Concat(country.CombiningForms).Append(country.Name).Append(country.Code.Value))
                foreach (var word in form.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
                {
                    var folded = Fold(word);
                    if (folded.Length > 2 || folded == country.Code.Value.ToLowerInvariant()) words.Add(folded);
                }
        // 'United States' leaves 'states', which also ends names of bodies ('Gulf States'): keep it a word.
        words.Remove("states");
        words.Remove("united");
        words.Remove("republic");
        return words;
    }
}
