using System.Security.Cryptography;
using System.Text;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Annotation.Events;

/// <summary>One reading of one trigger: the event as this sentence tells it (its arguments as an unmerged <see cref="Event"/>).</summary>
/// <param name="StatusCued">A cue said the status; otherwise it is the default (occurred).</param>
internal sealed record EventMention(EventType Type, EventStatus Status, bool StatusCued, Event Args, TextSpan Evidence, int Sentence, bool Anaphoric, double Confidence);

/// <summary>
/// Gathers the mentions of a document into events: a mention that refers back ('the agreement', 'these
/// drills') joins the last event of its type; a meeting told around a session of a bilateral body is that
/// session; other mentions join an event of the same type and states whose key (name, round, equipment)
/// and date agree. A mention with fewer than two states that joins nothing is dropped: Dyad reads relations.
/// </summary>
internal sealed class EventMerger(DocumentFacts facts, EventCodeTable codes)
{
    /// <summary>How many sentences apart a meeting can be from the session it belongs to.</summary>
    private const int SessionReach = 2;

    private readonly List<Draft> _drafts = [];

    private sealed class Draft(Event value, int sentence)
    {
        public Event Value { get; } = value;
        public int LastSentence { get; set; } = sentence;
        public bool StatusCued { get; set; }
    }

    public void Add(EventMention mention)
    {
        var args = mention.Args;
        if (mention.Anaphoric && !args.HasKey() && mention.Status != EventStatus.Generic && FindAntecedent(mention) is { } antecedent)
        {
            Merge(antecedent, mention, adoptStatus: false); // 'the drills will focus on …' does not make the drills planned
            return;
        }
        if (args.Countries.Count < 2) return;
        if (mention.Status != EventStatus.Generic && FindSession(mention) is { } session)
        {
            if (session.Value.Type == EventType.Meeting) session.Value.Type = EventType.Dialogue;
            Merge(session, mention);
            return;
        }
        foreach (var draft in _drafts)
            if (SameEvent(draft.Value, mention))
            {
                Merge(draft, mention);
                return;
            }
        var created = new Draft(new Event { Type = mention.Type, Status = mention.Status, Source = args.Source, Target = args.Target }, mention.Sentence);
        created.Value.Countries.AddRange(args.Countries);
        _drafts.Add(created);
        Merge(created, mention);
    }

    /// <summary>The events, with ids, codes and combined confidence, in order of first evidence.</summary>
    public List<Event> Finish()
    {
        if (_drafts.Count == 0) return [];
        var events = new List<Event>(_drafts.Count);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var draft in _drafts)
        {
            var e = draft.Value;
            e.Codes = codes.For(e.Type, e.Status);
            e.Confidence = Math.Round(e.Confidence, 2);
            e.Evidence.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
            e.Id = IdFor(e);
            if (!ids.Add(e.Id)) ids.Add(e.Id = IdFor(e, "@" + e.Evidence[0].Span.Start));
            events.Add(e);
        }
        events.Sort((a, b) => a.Evidence[0].Span.Start.CompareTo(b.Evidence[0].Span.Start));
        return events;
    }

    private Draft? FindAntecedent(EventMention mention)
    {
        for (var i = _drafts.Count - 1; i >= 0; i--)
        {
            var e = _drafts[i].Value;
            // A meeting told around a session is the session; 'the deal' after a contract for equipment is that transfer.
            var sameKind = e.Type == mention.Type
                || (mention.Type == EventType.Meeting && e.Type == EventType.Dialogue)
                || (mention.Type == EventType.Agreement && e.Type == EventType.ArmsTransfer);
            if (sameKind && e.Status != EventStatus.Generic && IsSubset(mention.Args.Countries, e.Countries)) return _drafts[i];
        }
        return null;
    }

    /// <summary>A meeting without a key near a session of a bilateral body with the same states is that session (and the other way round).</summary>
    private Draft? FindSession(EventMention mention)
    {
        var args = mention.Args;
        EventType other;
        if (mention.Type == EventType.Meeting && !args.HasKey()) other = EventType.Dialogue;
        else if (mention.Type == EventType.Dialogue) other = EventType.Meeting;
        else return null;
        for (var i = _drafts.Count - 1; i >= 0; i--)
        {
            var draft = _drafts[i];
            var e = draft.Value;
            if (e.Type != other || e.Status == EventStatus.Generic || mention.Sentence - draft.LastSentence > SessionReach) continue;
            if (other == EventType.Meeting && (e.Name is not null || e.Round is not null)) continue;
            if (SameStates(args.Countries, e.Countries) && DatesAgree(e.Date, args.Date)) return draft;
        }
        return null;
    }

    private static bool SameEvent(Event e, EventMention mention)
    {
        var args = mention.Args;
        return e.Type == mention.Type
            && (e.Status == EventStatus.Generic) == (mention.Status == EventStatus.Generic)
            && StatusesAgree(e.Status, mention.Status)
            && SameStates(args.Countries, e.Countries)
            && DirectionsAgree(e, args)
            && KeysAgree(e, args)
            && DatesAgree(e.Date, args.Date);
    }

    /// <summary>Told as done or as under way is one event; planned, proposed or denied must match.</summary>
    private static bool StatusesAgree(EventStatus a, EventStatus b) =>
        a == b || (a is EventStatus.Occurred or EventStatus.Ongoing && b is EventStatus.Occurred or EventStatus.Ongoing);

    /// <summary>A visit one way and a visit the other way are two visits.</summary>
    private static bool DirectionsAgree(Event e, Event args) =>
        (e.Source is null || args.Source is null || e.Source == args.Source) && (e.Target is null || args.Target is null || e.Target == args.Target);

    private static bool KeysAgree(Event e, Event args)
    {
        if (e.Name is { } n && args.Name is { } m && !NamesAgree(n, m)) return false;
        if (e.Round is { } r && args.Round is { } s && r != s) return false;
        if (e.Equipment.Count > 0 && args.Equipment.Count > 0 && !e.Equipment.Exists(x => args.Equipment.Exists(y => y.Id == x.Id))) return false;
        return true;
    }

    /// <summary>Names agree when one contains the other, letters and digits only ('Druzhba' and 'Druzhba-VI').</summary>
    private static bool NamesAgree(string a, string b)
    {
        var x = Fold(a);
        var y = Fold(b);
        return x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal);
    }

    private static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>Dates agree when either is unknown or one lies within the other (2018 and 2018-08).</summary>
    private static bool DatesAgree(EventDate? a, EventDate? b)
    {
        if (a is null || b is null) return true;
        return a.Value.Earliest <= b.Value.Latest && b.Value.Earliest <= a.Value.Latest;
    }

    private static bool SameStates(List<CountryCode> a, List<CountryCode> b) => a.Count == b.Count && IsSubset(a, b);

    private static bool IsSubset(List<CountryCode> part, List<CountryCode> whole)
    {
        foreach (var c in part)
            if (!whole.Contains(c)) return false;
        return true;
    }

    private void Merge(Draft draft, EventMention mention, bool adoptStatus = true)
    {
        var e = draft.Value;
        var args = mention.Args;
        draft.LastSentence = Math.Max(draft.LastSentence, mention.Sentence);
        // A status a cue states ('is under way') says more than the default a first mention took.
        if (adoptStatus && mention.StatusCued && !draft.StatusCued && mention.Status != EventStatus.Generic && e.Status != EventStatus.Generic && mention.Type == e.Type)
        {
            e.Status = mention.Status;
            draft.StatusCued = true;
        }
        foreach (var c in args.Countries)
            if (!e.Countries.Contains(c)) e.Countries.Add(c);
        e.Countries.Sort((a, b) => string.CompareOrdinal(a.Value, b.Value));
        if (e.Source is null && args.Source is { } s && s != e.Target) e.Source = s;
        if (e.Target is null && args.Target is { } t && t != e.Source) e.Target = t;
        e.Date ??= args.Date;
        e.Name ??= args.Name;
        e.Round ??= args.Round;
        e.Location ??= args.Location;
        foreach (var item in args.Equipment)
        {
            var at = e.Equipment.FindIndex(x => x.Id == item.Id);
            if (at < 0) e.Equipment.Add(item);
            else if (e.Equipment[at].Quantity is null && item.Quantity is not null) e.Equipment[at] = item;
        }
        foreach (var person in args.Participants)
            if (!e.Participants.Exists(p => p.Name == person.Name)) e.Participants.Add(person);
        if (!e.Evidence.Exists(x => x.Span == mention.Evidence))
        {
            var document = facts.Document;
            e.Evidence.Add(new EventEvidence(document.Source, facts.Id, mention.Evidence, document.Text[mention.Evidence.Start..mention.Evidence.End]));
            e.Confidence = EventConfidence.Combine(e.Confidence, mention.Confidence);
        }
        else e.Confidence = Math.Max(e.Confidence, mention.Confidence);
    }

    /// <summary>Stable: the document id, the type, the states and the key (name, round, equipment, else date, else where it is first told).</summary>
    private string IdFor(Event e, string? salt = null)
    {
        var key = e.Name ?? (e.Round is { } r ? "round " + r : null)
            ?? (e.Equipment.Count > 0 ? string.Join(",", e.Equipment.Select(x => x.Id)) : null)
            ?? e.Date?.Value.ToString()
            ?? "@" + e.Evidence[0].Span.Start;
        var text = $"{facts.Id}|{e.Type.ToSchemaName()}|{string.Join(",", e.Countries)}|{key}|{salt}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(text), hash);
        return "e-" + Convert.ToHexStringLower(hash[..10]);
    }
}
