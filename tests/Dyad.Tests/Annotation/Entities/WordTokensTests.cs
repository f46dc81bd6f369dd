using Dyad.Annotation.Entities;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Entities;

public sealed class WordTokensTests
{
    private static readonly string ArticlesFolder = Path.Combine(AppContext.BaseDirectory, "Annotation", "Entities", "Articles");

    public static TheoryData<string> Texts()
    {
        var data = new TheoryData<string>
        {
            "Russia’s and Pakistan's Mi-35M, the Russia-Pakistan Joint Military Consultative Committee, THIS IS WAR, the US’ failure",
            "New  York\nTimes and New York\n\nTimes; Sino-Indian ties; Druzhba VI; S-400 Triumf; Mi 35 and Mi35",
            "Gen Qamar Javed Bajwa said Bajwa; café Attaché; Zürich–Moscow; 10pm in Cherat",
        };
        if (Directory.Exists(ArticlesFolder))
            foreach (var file in Directory.EnumerateFiles(ArticlesFolder, "*.txt").Order(StringComparer.Ordinal))
                data.Add(File.ReadAllText(file));
        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void The_tokenizer_finds_the_names_the_matcher_finds_in_the_same_range(string text)
    {
        var matcher = KnowledgeBase.Default.Matcher;
        var range = new TextSpan(3, text.Length - 2); // a range inside the text: its edges are where words end
        Token[] tokens = []; // grown from the pool as the tokenizer needs
        var count = 0;
        var found = new List<KnowledgeMatch>();
        WordTokens.Tokenize(text, range, EntityLexicon.Default.Classes, matcher, ref tokens, ref count, found);

        var expected = matcher.Match(text.AsSpan(range.Start, range.Length))
            .Select(m => (m.Start + range.Start, m.End + range.Start, m.Entry.Id));
        Assert.Equal(expected, found.Select(m => (m.Start, m.End, m.Entry.Id)));
    }

    [Fact]
    public void Each_word_gets_the_classes_of_the_lists_it_is_in_whatever_its_case()
    {
        const string text = "the Defence Minister, an ATTACHÉ, said in May; al-Alfi of the Institute";
        Token[] tokens = [];
        var count = 0;
        WordTokens.Tokenize(text, new TextSpan(0, text.Length), EntityLexicon.Default.Classes, KnowledgeBase.Default.Matcher, ref tokens, ref count, []);
        WordClass ClassOf(string word) => tokens.Take(count).First(t => text[t.Start..t.End] == word).Class;

        Assert.True(ClassOf("the").HasFlag(WordClass.FunctionWord));
        Assert.True(ClassOf("Defence").HasFlag(WordClass.ModifierFirstWord | WordClass.Capitalized));
        Assert.True(ClassOf("Minister").HasFlag(WordClass.TitleWord));
        Assert.True(ClassOf("ATTACHÉ").HasFlag(WordClass.TitleWord));
        Assert.False(ClassOf("ATTACHÉ").HasFlag(WordClass.HasLowerCase));
        Assert.True(ClassOf("said").HasFlag(WordClass.SpeechVerb));
        Assert.True(ClassOf("May").HasFlag(WordClass.CalendarWord | WordClass.NeverInNames));
        Assert.True(ClassOf("al-Alfi").HasFlag(WordClass.Hyphenated));
        Assert.False(ClassOf("al-Alfi").HasFlag(WordClass.Capitalized));
        Assert.True(ClassOf("Institute").HasFlag(WordClass.OrgHead));
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Every_word_gets_the_classes_its_whole_spelling_has_in_the_lists(string text)
    {
        Token[] tokens = [];
        var count = 0;
        WordTokens.Tokenize(text, new TextSpan(0, text.Length), EntityLexicon.Default.Classes, KnowledgeBase.Default.Matcher, ref tokens, ref count, []);
        const WordClass Listed = ~(WordClass.Capitalized | WordClass.HasLowerCase | WordClass.Hyphenated);
        foreach (var token in tokens.Take(count).Where(t => t.Kind == TokenKind.Word))
        {
            var listed = EntityLexicon.Default.Classes.TryGetValue(text.AsSpan(token.Start, token.Length), out var classes) ? classes : WordClass.None;
            Assert.Equal(listed, token.Class & Listed);
        }
    }
}
