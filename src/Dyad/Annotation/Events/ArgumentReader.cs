using Dyad.Annotation.Time;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>
/// Reads an event mention's arguments from its clause: the states taking part (countries, demonyms,
/// capitals for governments, people by their offices, state bodies, a bilateral body's parties, and
/// 'the two countries' for the document's main pair), which way a directed event goes, the date from the
/// clause's own time expressions, the name, round, place, equipment and people.
/// </summary>
internal sealed class ArgumentReader(EventLexicon lexicon)
{
    private const int PrepositionReach = 3;

    /// <summary>A state found in the clause, where it stands, and the role its preposition or place gives it.</summary>
    /// <param name="InPhrase">The mention follows a preposition that gives no role ('talks with Russia'): it is no subject or object.</param>
    private readonly record struct Party(CountryCode Code, int Token, PrepositionRole? Role, bool ByPreposition, bool InPhrase = false, int LastToken = -1)
    {
        public int End => LastToken < 0 ? Token : LastToken;
    }

    /// <param name="siblings">All triggers of the sentence: a date nearer another trigger is that one's.</param>
    public Event Read(DocumentFacts facts, ClauseText text, TriggerMatch trigger, IReadOnlyList<TriggerMatch> siblings)
    {
        var args = new Event { Type = trigger.Rule.Type };
        var (first, last) = text.ClauseOf(trigger.First);
        var type = trigger.Rule.Type;
        var roles = lexicon.RolePrepositions.GetValueOrDefault(type);
        var parties = new List<Party>();
        var placeCountries = new List<CountryCode>();
        string? location = null, hostCapital = null;
        ExerciseEditionMatch? edition = null;
        string? exerciseName = null, bodyName = null, programmeName = null;
        string? previousPreposition = null;
        var previousMentionLast = -2;

        args.Date = ReadDate(facts, text, trigger, siblings, first, last);
        var year = args.Date?.Value.Year ?? facts.ReferenceYear;

        foreach (var mention in text.Mentions)
        {
            if (mention.FirstToken < first || mention.FirstToken > last) continue;
            var after = mention.FirstToken > trigger.Last || (mention.FirstToken >= trigger.First && mention.LastToken <= trigger.Last);
            var preposition = PrepositionBefore(text, mention.FirstToken, first) ?? PlaceApposition(text, mention.FirstToken);
            // 'visit to Pakistan and India': a coordinated mention shares its neighbour's preposition.
            if (preposition is null && IsCoordinated(text, previousMentionLast, mention.FirstToken)) preposition = previousPreposition;
            previousPreposition = preposition;
            previousMentionLast = mention.LastToken;

            PrepositionRole? role = after && preposition is not null && roles is not null && roles.TryGetValue(preposition, out var r) ? r : null;
            var topic = role is null && preposition is not null && lexicon.TopicPrepositions.Contains(preposition);
            var locative = role is null && preposition is not null && lexicon.LocativePrepositions.Contains(preposition);

            switch (mention.Entity.Entry)
            {
                case Country country:
                    if (topic || IsMakerCompound(text.Text, mention.Mention.Span.End) || NamesCurrency(text, mention.LastToken)) break;
                    var capital = IsCapital(country, mention.Mention.Text);
                    if (locative)
                    {
                        if (capital) location ??= mention.Mention.Text;
                        placeCountries.Add(country.Code);
                        if (type == EventType.Visit) parties.Add(new Party(country.Code, mention.FirstToken, PrepositionRole.Target, true));
                        break;
                    }
                    if (capital && HostsNext(text, mention.LastToken)) hostCapital ??= mention.Mention.Text;
                    parties.Add(new Party(country.Code, mention.FirstToken, role, role is not null, role is null && preposition is not null, mention.LastToken));
                    break;
                case Person person:
                    var office = OfficeIn(person, year);
                    args.Participants.Add(new EventParticipant(person.Name, office?.Title, office?.Country));
                    if (office is not null && !topic) parties.Add(new Party(office.Country, mention.FirstToken, role, role is not null, role is null && preposition is not null, mention.LastToken));
                    break;
                case Organization { Parties.Count: 2 } body:
                    bodyName ??= body.Name;
                    foreach (var code in body.Parties) parties.Add(new Party(code, mention.FirstToken, null, false));
                    break;
                case Organization { Country: { } code, Kind: { } kind } when lexicon.StateActorKinds.Contains(kind) && !topic:
                    if (locative) placeCountries.Add(code);
                    else parties.Add(new Party(code, mention.FirstToken, role, role is not null, role is null && preposition is not null, mention.LastToken));
                    break;
                case ExerciseSeries series:
                    exerciseName ??= mention.Mention.Text;
                    edition ??= facts.Knowledge.FindEdition(mention.Mention.Text);
                    foreach (var code in series.Parties) parties.Add(new Party(code, mention.FirstToken, null, false));
                    break;
                case Programme programme:
                    programmeName ??= programme.Name;
                    break;
                case Equipment equipment:
                    if (type == EventType.ArmsTransfer && !args.Equipment.Exists(e => e.Id == equipment.Id))
                        args.Equipment.Add(new EventEquipment(equipment.Id, equipment.Name, QuantityBefore(text, mention.FirstToken, first)));
                    break;
                case Location place:
                    if (locative || location is null) location = place.Name;
                    if (place.Country is { } placeCountry) placeCountries.Add(placeCountry);
                    break;
            }
        }

        foreach (var code in PairPhraseCountries(facts, text, first, last))
            parties.Add(new Party(code, first, null, false));

        foreach (var p in parties)
            if (!args.Countries.Contains(p.Code)) args.Countries.Add(p.Code);
        // The host of an exercise or a training named only as the place ('Russian troops held drills in Pakistan') takes part.
        if (args.Countries.Count < 2 && type is EventType.Exercise or EventType.Training)
            foreach (var code in placeCountries)
                if (!args.Countries.Contains(code)) args.Countries.Add(code);
        var maker = type == EventType.ArmsTransfer ? MakerOf(facts, args) : null;
        if (args.Countries.Count < 2 && maker is { } m && !args.Countries.Contains(m)) args.Countries.Add(m);
        args.Countries.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));

        if (type.IsDirected()) ReadDirection(text, trigger, parties, args, maker);

        args.Location = location ?? hostCapital ?? edition?.Edition.Location;
        args.Name = type switch
        {
            EventType.Exercise => exerciseName,
            EventType.Dialogue or EventType.MechanismEstablished => bodyName,
            EventType.Agreement => ProperName(text, trigger) ?? programmeName,
            EventType.Training => programmeName,
            EventType.Sanction or EventType.SanctionLifted => programmeName ?? SanctionedProgramme(facts, text, trigger, args.Source),
            _ => null,
        };
        if (type == EventType.Dialogue) args.Round = ReadRound(text, trigger);
        if (args.Date is null && type == EventType.Exercise && edition is not null && exerciseName is not null)
            args.Date = new EventDate(new PartialDate(edition.Edition.Year), exerciseName);
        return args;
    }

    private void ReadDirection(ClauseText text, TriggerMatch trigger, List<Party> parties, Event args, CountryCode? maker)
    {
        var agentSide = trigger.Rule.Agent ?? PrepositionRole.Source;
        var patientSide = agentSide == PrepositionRole.Source ? PrepositionRole.Target : PrepositionRole.Source;
        var passive = IsPassive(text, trigger);
        var resolved = new List<Party>(parties.Count);
        foreach (var p in parties)
        {
            var role = p.Role == PrepositionRole.Agent ? agentSide
                : p.Role ?? (p.InPhrase ? null : PositionRole(text, trigger, p.Token, passive, agentSide, patientSide));
            if (role is not null) resolved.Add(p with { Role = role });
        }
        DropCoordinatedRoles(text, resolved);
        args.Source = Pick(resolved, PrepositionRole.Source, trigger);
        args.Target = Pick(resolved, PrepositionRole.Target, trigger);
        if (args.Source is { } s && args.Target is { } t && s == t)
        {
            // One state on both sides: keep the side a preposition gave.
            var sourceByPreposition = resolved.Exists(p => p.Code == s && p.Role == PrepositionRole.Source && p.ByPreposition);
            if (sourceByPreposition) args.Target = null;
            else args.Source = null;
        }
        if (args.Source is null && maker is { } m && args.Countries.Contains(m) && args.Target != m) args.Source = m;
        if (args.Countries.Count == 2)
        {
            if (args.Source is { } src && args.Target is null) args.Target = Other(args.Countries, src);
            else if (args.Target is { } tgt && args.Source is null) args.Source = Other(args.Countries, tgt);
        }
    }

    /// <summary>
    /// The role a place in the clause gives: a verb's subject is its agent and its object the patient (the other
    /// way round in the passive); before a noun only a possessor is the agent; a slot inside the trigger is the object.
    /// </summary>
    private static PrepositionRole? PositionRole(ClauseText text, TriggerMatch trigger, int token, bool passive, PrepositionRole agent, PrepositionRole patient)
    {
        if (token < trigger.First)
            return trigger.Form == TriggerForm.Verb || IsPossessor(text, token, trigger.First) ? (passive ? patient : agent) : null;
        if (trigger.Form != TriggerForm.Verb) return null;
        if (token > trigger.Last) return passive ? agent : patient;
        return patient; // 'visiting <PLACE>'
    }

    /// <summary>
    /// 'Pakistani and American officers trained together', 'Russia and Pakistan signed a contract': states joined
    /// by 'and' in one subject or object stand on one side together, so their place says nothing of direction.
    /// </summary>
    private static void DropCoordinatedRoles(ClauseText text, List<Party> resolved)
    {
        for (var i = 0; i < resolved.Count; i++)
            for (var j = 0; j < resolved.Count; j++)
            {
                var (a, b) = (resolved[i], resolved[j]);
                if (a.ByPreposition || b.ByPreposition || a.Code == b.Code || a.Role != b.Role || a.Token >= b.Token) continue;
                if (!IsCoordinated(text, a.End, b.Token)) continue;
                resolved[i] = a with { Role = null };
                resolved[j] = b with { Role = null };
            }
        resolved.RemoveAll(p => p.Role is null);
    }

    /// <summary>The state with the role: a prepositional role first, then the nearest to the trigger.</summary>
    private static CountryCode? Pick(List<Party> parties, PrepositionRole role, TriggerMatch trigger)
    {
        Party? best = null;
        foreach (var p in parties)
        {
            if (p.Role != role) continue;
            if (best is null || (p.ByPreposition && !best.Value.ByPreposition)
                || (p.ByPreposition == best.Value.ByPreposition && Distance(p, trigger) < Distance(best.Value, trigger)))
                best = p;
        }
        return best?.Code;
    }

    private static int Distance(Party p, TriggerMatch trigger) => p.Token < trigger.First ? trigger.First - p.Token : Math.Max(0, p.Token - trigger.Last);

    private static CountryCode Other(List<CountryCode> pair, CountryCode one) => pair[0] == one ? pair[1] : pair[0];

    /// <summary>'was delivered', 'were supplied', 'has been imposed': the subject is the patient.</summary>
    private bool IsPassive(ClauseText text, TriggerMatch trigger)
    {
        if (trigger.Form != TriggerForm.Verb || text.Tokens[trigger.Head].Lower.EndsWith("ing", StringComparison.Ordinal)) return false;
        // The auxiliary may stand an adverb away: 'were never delivered', 'was formally signed'.
        var before = StatusResolver.PreviousWord(text, trigger.Head);
        for (var words = 0; before >= 0 && words < 2; words++, before = StatusResolver.PreviousWord(text, before))
            if (lexicon.PassiveAuxiliaries.Contains(text.Tokens[before].Lower)) return true;
        return false;
    }

    /// <summary>"Russia's sale …", "Putin's visit": the mention is followed by 's and the trigger within two words.</summary>
    private static bool IsPossessor(ClauseText text, int token, int triggerFirst)
    {
        var t = token;
        while (t + 1 < text.Tokens.Count && text.Tokens[t + 1].Mention >= 0 && text.Tokens[t + 1].Mention == text.Tokens[token].Mention) t++;
        return t + 1 < triggerFirst && text.Tokens[t + 1].Lower == "'s" && triggerFirst - (t + 1) <= 3;
    }

    /// <summary>The nearest preposition-like word among the few words before a mention (stopping at another mention or a comma).</summary>
    private string? PrepositionBefore(ClauseText text, int token, int clauseFirst)
    {
        var words = 0;
        for (var t = token - 1; t >= clauseFirst && words < PrepositionReach; t--)
        {
            var tk = text.Tokens[t];
            if (!tk.IsWord) { if (tk.Lower is "," or ";" or ":") return null; continue; }
            // Another name or a number ('In 1990 the United States …') closes the phrase the preposition would open.
            if (tk.Mention >= 0 || char.IsAsciiDigit(tk.Lower[0])) return null;
            words++;
            if (IsPreposition(tk.Lower)) return tk.Lower;
        }
        return null;
    }

    /// <summary>'in Riga, Latvia': a country set after a place and a comma is where that place lies, so it takes the place's preposition.</summary>
    private string? PlaceApposition(ClauseText text, int token)
    {
        if (token < 2 || text.Tokens[token - 1].Lower != "," || text.Tokens[token - 2].Mention < 0) return null;
        var place = text.Mentions[text.Tokens[token - 2].Mention];
        if ((place.Kind & MentionKind.Location) == 0) return null;
        var before = PrepositionBefore(text, place.FirstToken, 0);
        return before is not null && lexicon.LocativePrepositions.Contains(before) ? before : null;
    }

    private bool IsPreposition(string word)
    {
        if (lexicon.TopicPrepositions.Contains(word) || lexicon.LocativePrepositions.Contains(word) || lexicon.PlainPrepositions.Contains(word)) return true;
        foreach (var map in lexicon.RolePrepositions.Values)
            if (map.ContainsKey(word)) return true;
        return false;
    }

    private static bool IsCoordinated(ClauseText text, int previousLast, int first)
    {
        if (previousLast < 0) return false;
        for (var t = previousLast + 1; t < first; t++)
            if (text.Tokens[t].Lower is not ("and" or "or" or "," or "as" or "well")) return false;
        return true;
    }

    private bool IsMakerCompound(string text, int end)
    {
        foreach (var suffix in lexicon.MakerSuffixes)
            if (text.AsSpan(end).StartsWith(suffix, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private bool NamesCurrency(ClauseText text, int last) =>
        last + 1 < text.Tokens.Count && lexicon.CurrencyWords.Contains(text.Tokens[last + 1].Lower);

    private static bool IsCapital(Country country, string mention)
    {
        foreach (var capital in country.Capitals)
            if (string.Equals(capital, mention, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>"Moscow hosting a meeting": the capital is also the place.</summary>
    private static bool HostsNext(ClauseText text, int token) =>
        token + 1 < text.Tokens.Count && text.Tokens[token + 1].Lower.StartsWith("host", StringComparison.Ordinal);

    /// <summary>The office a person held in the year (the latest one listed when the year is unknown or no office covers it).</summary>
    private static Office? OfficeIn(Person person, int? year)
    {
        if (person.Offices.Count == 0) return null;
        if (year is { } y)
            foreach (var office in person.Offices)
                if (office.Covers(y)) return office;
        return person.Offices[^1];
    }

    private IEnumerable<CountryCode> PairPhraseCountries(DocumentFacts facts, ClauseText text, int first, int last)
    {
        if (facts.MainPair.Length < 2) yield break;
        for (var t = first; t <= last; t++)
            if (lexicon.PairPhrases.AnyAt(text, t, last))
            {
                yield return facts.MainPair[0];
                yield return facts.MainPair[1];
                yield break;
            }
    }

    /// <summary>
    /// The date from the text's own time expressions: the nearest calendar date to the trigger in its clause,
    /// else one earlier in the sentence that governs it ('In its August 10, 2018 edition the paper disclosed
    /// that …'); never the start of a state ('since 2001') and never the publication date.
    /// </summary>
    private EventDate? ReadDate(DocumentFacts facts, ClauseText text, TriggerMatch trigger, IReadOnlyList<TriggerMatch> siblings, int first, int last) =>
        NearestDate(facts, text, trigger, siblings, text.Tokens[first].Start, text.Tokens[last].End)
        ?? NearestDate(facts, text, trigger, siblings, text.Sentence.Start, text.Tokens[first].Start);

    private EventDate? NearestDate(DocumentFacts facts, ClauseText text, TriggerMatch trigger, IReadOnlyList<TriggerMatch> siblings, int from, int to)
    {
        EventDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var timex in facts.Timexes)
        {
            if (timex.Span.Start < from || timex.Span.End > to || timex.Type != TimexType.Date) continue;
            if (timex.Value.ToPartialDate() is not { } date || OpensState(text, timex)) continue;
            var distance = CharDistance(text, trigger, timex.Span);
            if (distance < bestDistance && !AnotherBetween(text, trigger, siblings, timex.Span))
            {
                best = new EventDate(date, timex.Text);
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int CharDistance(ClauseText text, TriggerMatch trigger, TextSpan span)
    {
        var start = text.Tokens[trigger.First].Start;
        var end = text.Tokens[trigger.Last].End;
        return span.End <= start ? start - span.End : Math.Max(0, span.Start - end);
    }

    /// <summary>'arrived in Pakistan …, adding that troops visited China in 2004': a date with another trigger between is that one's.</summary>
    private static bool AnotherBetween(ClauseText text, TriggerMatch trigger, IReadOnlyList<TriggerMatch> siblings, TextSpan span)
    {
        var start = text.Tokens[trigger.First].Start;
        var end = text.Tokens[trigger.Last].End;
        foreach (var other in siblings)
        {
            if (other == trigger) continue;
            var otherStart = text.Tokens[other.First].Start;
            var otherEnd = text.Tokens[other.Last].End;
            if (span.Start >= end ? otherStart >= end && otherEnd <= span.Start : otherStart >= span.End && otherEnd <= start) return true;
        }
        return false;
    }

    private bool OpensState(ClauseText text, TimeExpression timex)
    {
        var space = timex.Text.IndexOf(' ');
        var firstWord = (space < 0 ? timex.Text : timex.Text[..space]).ToLowerInvariant();
        if (lexicon.NonEventDateOpeners.Contains(firstWord)) return true;
        for (var t = text.Tokens.Count - 1; t >= 0; t--)
        {
            if (text.Tokens[t].End > timex.Span.Start || !text.Tokens[t].IsWord) continue;
            return lexicon.NonEventDateOpeners.Contains(text.Tokens[t].Lower);
        }
        return false;
    }

    /// <summary>"four MI-35 attack helicopters": a count among the two words before the equipment (a year is not a count).</summary>
    private static int? QuantityBefore(ClauseText text, int token, int clauseFirst)
    {
        var words = 0;
        for (var t = token - 1; t >= clauseFirst && words < 3; t--)
        {
            var tk = text.Tokens[t];
            if (!tk.IsWord) { if (tk.Lower is "," or ";" or ":") return null; continue; }
            words++;
            if (tk.Lower is "a" or "an") return null;
            if (TimeLexicon.NumberWords.TryGetValue(tk.Lower, out var n)) return n;
            if (int.TryParse(tk.Lower.Replace(",", ""), out var digits)) return digits is >= 1900 and <= 2100 && !tk.Lower.Contains(',') ? null : digits;
        }
        return null;
    }

    /// <summary>The maker of the equipment moved, when all of it comes from one state.</summary>
    private static CountryCode? MakerOf(DocumentFacts facts, Event args)
    {
        CountryCode? maker = null;
        foreach (var item in args.Equipment)
        {
            if (facts.Knowledge.Find(item.Id) is not Equipment { Maker: { } m }) return null;
            var state = facts.Knowledge.Find(m) is { Successor: { } successor } ? successor : m;
            if (maker is not null && maker != state) return null;
            maker = state;
        }
        return maker;
    }

    /// <summary>"the Defence Cooperation Agreement": capitalised words up to a capitalised head noun.</summary>
    private static string? ProperName(ClauseText text, TriggerMatch trigger)
    {
        var head = trigger.Head;
        if (!char.IsUpper(text.Text[text.Tokens[head].Start])) return null;
        var start = head;
        while (start > 0 && text.Tokens[start - 1].IsWord && char.IsUpper(text.Text[text.Tokens[start - 1].Start]) && text.Tokens[start - 1].Lower != "'s") start--;
        return start < head ? text.Slice(start, head) : null;
    }

    /// <summary>
    /// A sanction on 'training' or 'assistance' is on the imposer's programme of that kind: the one the
    /// document names (IMET for training, the Coalition Support Fund for reimbursements).
    /// </summary>
    private string? SanctionedProgramme(DocumentFacts facts, ClauseText text, TriggerMatch trigger, CountryCode? imposer)
    {
        if (imposer is null) return null;
        string[]? kinds = null;
        for (var t = trigger.Last; t >= trigger.First && kinds is null; t--)
            lexicon.SanctionObjects.TryGetValue(text.Tokens[t].Lower, out kinds);
        if (kinds is null) return null;
        foreach (var (entity, _) in facts.Mentions)
            if (entity.Entry is Programme { Country: { } owner, Kind: { } kind } programme && owner == imposer)
                foreach (var word in kinds)
                    if (kind.Contains(word, StringComparison.OrdinalIgnoreCase)) return programme.Name;
        return null;
    }

    /// <summary>'third round', 'inaugural meeting', '3rd session': an ordinal in the trigger or just before it.</summary>
    private int? ReadRound(ClauseText text, TriggerMatch trigger)
    {
        var words = 0;
        for (var t = trigger.Last; t >= 0 && (t >= trigger.First || words < 3); t--)
        {
            if (!text.Tokens[t].IsWord) continue;
            if (t < trigger.First) words++;
            if (text.Tokens[t].Mention >= 0) continue;
            if (lexicon.SessionNumber(text.Tokens[t].Lower) is { } n) return n;
        }
        return null;
    }
}
