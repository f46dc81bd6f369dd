using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Entities;

/// <summary>
/// Finds people the knowledge base does not know, by the shape of a name and the words around it.
/// A name is two to four capitalized words (with particles such as "ul", "bin", "von" and initials
/// between them), none of them a function word, an institution word, a month or a name the knowledge
/// base knows. It names a person when a title stands before it ("Russian Ambassador Alexey Youevich",
/// "Col. Gen. Alexander Fomin") or when the sentence says so: "according to X", "X said", "said X",
/// "X, a senior analyst at …", "X, who …", "A professor of …, X, …". After a title that may stand
/// before a surname ("Mr", "Gen", "President") one word is enough. The name excludes the title.
/// </summary>
internal static class PersonNames
{
    private const int MaxNameWords = 4;

    /// <summary>Words allowed between a name and its speech verb ("X has said", "X also told").</summary>
    private static readonly string[] VerbLeadIns = ["has", "had", "also", "further", "then", "later", "once", "recently", "reportedly", "previously", "earlier"];

    private static readonly string[] AppositiveOpeners = ["a", "an", "the", "former", "senior", "chief", "head", "top", "retired", "veteran"];

    public static void Find(EntityScan scan)
    {
        var tokens = scan.Tokens;
        for (var i = 0; i < tokens.Length; i++)
        {
            // Only a title (or a country before one) or a name word can start a person's name.
            ref readonly var token = ref tokens[i];
            if (token.Kind != TokenKind.Word || (!token.Is(MayOpenClasses) && token.Knowledge < 0) || !MayOpenName(scan, i)) continue;
            var nameStart = PeelTitles(scan, i, out var titled, out var surnameMayStandAlone);
            var words = ReadName(scan, nameStart, out var nameEnd);
            if (words == 0) continue;
            if (nameStart > i && scan.StartsSentence(nameStart)) continue; // a title ending one sentence, a name opening the next
            if (words > MaxNameWords)
            {
                i = nameEnd; // a run of capitals too long for a name: a heading or a title of a work
                continue;
            }
            var accepted = words switch
            {
                1 => titled && surnameMayStandAlone,
                _ => titled || HasPersonContext(scan, i, nameStart, nameEnd),
            };
            if (!accepted) continue;
            AddPerson(scan, nameStart, nameEnd);
            i = nameEnd;
        }
    }

    /// <summary>A word of none of these classes, and no known name, opens no name: the test <see cref="MayOpenName"/> makes first.</summary>
    private const WordClass MayOpenClasses = WordClass.TitleStart | WordClass.Capitalized | WordClass.Hyphenated;

    private static bool MayOpenName(EntityScan scan, int i)
    {
        var token = scan.Tokens[i];
        if (token.Kind != TokenKind.Word) return false;
        return token.Is(WordClass.TitleStart) || IsNameWord(scan, i) || IsCountryStart(scan, i);
    }

    /// <summary>The token starts a country's name ("Pakistani" of "Pakistani Defense Secretary").</summary>
    private static bool IsCountryStart(EntityScan scan, int k) =>
        scan.KnowledgeAt(k) is { Entry: Country } country && scan.Tokens[k].Start == country.Start;

    private static void AddPerson(EntityScan scan, int first, int last)
    {
        var span = new TextSpan(scan.Tokens[first].Start, scan.Tokens[last].End);
        var name = scan.NameText(span.Start, span.End);
        foreach (var sense in scan.Knowledge.FindByName(name))
            if (sense.Entry is Person known)
            {
                scan.Candidates.Add(MentionCandidate.FromEntry(span, known));
                return;
            }
        scan.Candidates.Add(new MentionCandidate(span, EntityType.Person, KnowledgeFileReader.SlugId("person:", name), name, null, MentionEvidence.Shape));
    }

    /// <summary>
    /// Skips the titles before a name, with the words that qualify them and the country they belong to
    /// ("Pakistani Defense Secretary", "visiting Russian Deputy Defense Minister Col. Gen."); returns where
    /// the name would start.
    /// </summary>
    private static int PeelTitles(EntityScan scan, int at, out bool titled, out bool surnameMayStandAlone)
    {
        titled = false;
        surnameMayStandAlone = false;
        var lexicon = scan.Lexicon;
        var j = at;
        while (true)
        {
            var k = j;
            while (true)
            {
                if (IsCountryStart(scan, k))
                    k = scan.TokenAt(scan.KnowledgeAt(k)!.Value.End);
                else if (scan.Is(k, WordClass.ModifierFirstWord) && lexicon.TitleModifiers.Match(scan.Text, scan.Tokens, k) is > 0 and var modifier)
                    k += modifier;
                else break;
                if (k < scan.TokenCount && scan.Tokens[k].Kind == TokenKind.Possessive) k++;
            }
            if (!scan.Is(k, WordClass.TitleStart)) return j;
            var tag = "";
            var title = scan.Is(k, WordClass.TitleFirstWord) ? lexicon.Titles.Match(scan.Text, scan.Tokens, k, out tag) : 0;
            if (title == 0 && IsRoleNoun(scan, k)) title = 1;
            if (title == 0) return j;
            titled = true;
            surnameMayStandAlone = tag == "surname";
            j = k + title;
            // "President of Russia Vladimir Putin": a title may name its country or body after "of".
            if (scan.IsWord(j, "of") && scan.KnowledgeAt(j + 1) is { Entry: Country or Organization } of && scan.Tokens[j + 1].Start == of.Start)
                j = scan.TokenAt(of.End);
        }
    }

    /// <summary>A role noun just before a name: "analyst Daniel Markey", "Solicitor Gareth Peirce".</summary>
    private static bool IsRoleNoun(EntityScan scan, int k) => scan.Is(k, WordClass.PersonRole);

    /// <summary>Reads the name words from <paramref name="first"/>: how many there are, and the last one.</summary>
    private static int ReadName(EntityScan scan, int first, out int last)
    {
        last = -1;
        var words = 0;
        var k = first;
        while (k < scan.TokenCount)
        {
            if (k > first && scan.Tokens[k].BreakBefore) break;
            if (IsNameWord(scan, k))
            {
                words++;
                last = k++;
            }
            else if (words > 0 && IsInitial(scan, k)) k += 2;
            else if (words > 0 && scan.Is(k, WordClass.NameParticle) && char.IsLower(scan.Text[scan.Tokens[k].Start]) && IsNameWord(scan, k + 1)) k++;
            else break;
        }
        return words;
    }

    /// <summary>
    /// A capitalized word with lower-case letters ("Topychkanov", "al-Alfi" after a particle) that is no function,
    /// institution or calendar word, title, role, head of a body's name, or name the knowledge base knows.
    /// </summary>
    public static bool IsNameWord(EntityScan scan, int k)
    {
        if (k >= scan.TokenCount) return false;
        var token = scan.Tokens[k];
        if (token.Kind != TokenKind.Word || token.Length < 2 || !token.Is(WordClass.HasLowerCase) || token.Is(WordClass.NeverInNames) || token.Knowledge >= 0)
            return false;
        return token.Is(WordClass.Capitalized) || (token.Is(WordClass.Hyphenated) && StartsWithParticle(scan.Lexicon, scan.Word(k)));
    }

    /// <summary>"al-Alfi", "el-Sisi", "bin-Salman": a particle joined by a hyphen to a capitalized name.</summary>
    private static bool StartsWithParticle(EntityLexicon lexicon, ReadOnlySpan<char> word)
    {
        var dash = word.IndexOf('-');
        return dash > 0 && dash + 1 < word.Length && char.IsUpper(word[dash + 1]) && lexicon.NameParticles.Contains(word[..dash]);
    }

    /// <summary>"J." in "Donald J. Trump": one capital letter and a dot right after it.</summary>
    private static bool IsInitial(EntityScan scan, int k) =>
        k + 1 < scan.TokenCount && scan.Tokens[k].Length == 1 && scan.IsCapitalized(k) && PhraseTable.IsAdjacentDot(scan.Text, scan.Tokens, k + 1);

    /// <summary>Whether the words around an untitled name say a person is meant.</summary>
    private static bool HasPersonContext(EntityScan scan, int before, int first, int last)
    {
        var after = last + 1;
        if (after < scan.TokenCount && scan.Tokens[after].Kind == TokenKind.Possessive) return false;
        // according to X; said X
        if (scan.IsWord(before - 2, "according") && scan.IsWord(before - 1, "to")) return true;
        if (scan.Is(before - 1, WordClass.SpeechVerb)) return true;
        // X said; X has said
        var verb = after;
        if (verb < scan.TokenCount && scan.Tokens[verb].Kind == TokenKind.Word && IsOneOf(scan.Word(verb), VerbLeadIns)) verb++;
        if (scan.Is(verb, WordClass.SpeechVerb)) return true;
        // X, who …; X, a senior analyst at …
        if (scan.IsPunctuation(after, ','))
        {
            if (scan.IsWord(after + 1, "who")) return true;
            // "X, a senior research analyst at …" reaches further than "X, Bulgaria's chief negotiator" or "X, chairman of …".
            var opener = after + 1 < scan.TokenCount && scan.Tokens[after + 1].Kind == TokenKind.Word && IsOneOf(scan.Word(after + 1), AppositiveOpeners);
            if (RoleWithin(scan, after + 1, opener ? 8 : 4)) return true;
            // A senior Professor of …, X, …: the clause before the comma names a role.
            if (scan.IsPunctuation(before - 1, ',') && ClauseNamesRole(scan, before - 1)) return true;
        }
        return false;
    }

    /// <summary>A role noun or title among the next words, before the clause ends.</summary>
    private static bool RoleWithin(EntityScan scan, int from, int words)
    {
        for (var k = from; k < scan.TokenCount && k < from + words; k++)
        {
            if (scan.Tokens[k].Kind == TokenKind.Punctuation && scan.Text[scan.Tokens[k].Start] is ',' or '.' or ';' or '(' or ')') return false;
            if (scan.Tokens[k].Is(WordClass.PersonRole | WordClass.TitleWord)) return true;
        }
        return false;
    }

    /// <summary>The clause ending at the comma (back to the previous comma or the sentence start) holds a role noun or title.</summary>
    private static bool ClauseNamesRole(EntityScan scan, int comma)
    {
        var sentenceStart = scan.SentenceStartOf(scan.Tokens[comma].Start);
        for (var k = comma - 1; k >= 0 && scan.Tokens[k].Start >= sentenceStart; k--)
        {
            if (scan.Tokens[k].Kind == TokenKind.Punctuation && scan.Text[scan.Tokens[k].Start] is ',' or ';') return false;
            if (scan.Tokens[k].Is(WordClass.PersonRole | WordClass.TitleWord)) return true;
        }
        return false;
    }

    private static bool IsOneOf(ReadOnlySpan<char> word, string[] words)
    {
        foreach (var w in words)
            if (word.Equals(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
