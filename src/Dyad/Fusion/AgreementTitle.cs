using System.Text.RegularExpressions;
using Dyad.Annotation.Events;

namespace Dyad.Fusion;

/// <summary>
/// The title of an instrument an event's evidence names ('the Defence Cooperation Agreement', 'the Pressler
/// Amendment'): what tells one agreement, pact or embargo from another when the event itself has no name.
/// </summary>
internal static partial class AgreementTitle
{
    /// <summary>Types an instrument's title identifies: agreements, bodies set up, sanctions and their lifting.</summary>
    public static bool AppliesTo(EventType type) =>
        type is EventType.Agreement or EventType.MechanismEstablished or EventType.Sanction or EventType.SanctionLifted;

    /// <summary>The event's name, else the first title its evidence gives; null when neither says one.</summary>
    public static NameKey? For(Event e)
    {
        if (!AppliesTo(e.Type)) return null;
        if (NameKey.Parse(e.Name) is { } named) return named;
        foreach (var evidence in e.Evidence)
            foreach (Match match in Title().Matches(evidence.Text))
            {
                var words = match.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var start = words[0] is "The" or "A" or "An" or "This" or "That" ? 1 : 0;
                if (words.Length - start < 2) continue;
                if (NameKey.Parse(string.Join(' ', words[start..])) is { Words.Count: >= 2 } key) return key;
            }
        return null;
    }

    /// <summary>
    /// What an agreement is about, from its evidence ('an agreement on the training of Pakistani servicemen'):
    /// the specific words after 'agreement on/for/to', without state names and words every defence agreement
    /// shares ('military', 'cooperation'). Empty when the evidence names no subject.
    /// </summary>
    public static HashSet<string> TopicOf(Event e)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        if (e.Type is not (EventType.Agreement or EventType.MechanismEstablished)) return words;
        foreach (var evidence in e.Evidence)
        {
            var match = Topic().Match(evidence.Text);
            if (!match.Success) continue;
            foreach (var word in match.Groups["topic"].Value.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                if (NameKey.Parse(word) is not { Words: [var folded] } || GenericTopicWords.Contains(folded)) continue;
                words.Add(folded.Length > 4 && folded.EndsWith('s') ? folded[..^1] : folded);
            }
            if (words.Count > 0) break;
        }
        return words;
    }

    private static readonly HashSet<string> GenericTopicWords = new(StringComparer.Ordinal)
    {
        "military", "defence", "defense", "cooperation", "co", "operation", "collaboration", "bilateral", "security", "mutual", "joint",
        "strategic", "new", "two", "both", "countries", "country", "sides", "side", "field", "fields", "area", "areas", "matters", "issues",
        "sphere", "spheres", "relations", "ties", "partnership", "between", "their", "its", "with", "further", "enhanced", "enhance",
        "expand", "expanding", "strengthen", "strengthening", "promote", "promoting", "development", "developing",
    };

    [GeneratedRegex(@"\b(?:agreements?|accords?|memorand(?:um|a)|MoUs?|pacts?|treaty|treaties|deals?|protocols?)\b(?:\s+\w+){0,6}?\s+(?:on|for|to|regarding|concerning|covering|about)\s+(?<topic>(?:[\p{L}\d-]+,?\s*){1,10}?)(?=\s+(?:in|at|with|during|which|that|was|were|is|are|under|by|from)\b|[.;:()]|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Topic();

    [GeneratedRegex(@"\b(?:[A-Z][\p{L}\d'\u2019-]*\s+){1,6}(?:Agreement|Treaty|Accord|Pact|Memorandum|Protocol|Amendment|Act|Convention|Embargo|Charter)\b")]
    private static partial Regex Title();
}
