namespace Dyad.Knowledge;

/// <summary>How a name matched reaches its entry.</summary>
public enum AliasKind
{
    /// <summary>The entry's canonical name.</summary>
    Name,

    /// <summary>One of the entry's aliases (or a spelling variant the KB derives from it).</summary>
    Alias,

    /// <summary>A demonym or adjective of a country ("Pakistani").</summary>
    Demonym,

    /// <summary>A capital standing for its government ("Moscow says …").</summary>
    Capital,

    /// <summary>A short combining form of a country ("Pak", "Sino").</summary>
    CombiningForm,

    /// <summary>A name of a bilateral body prefixed by its parties ("Russia-Pakistan JMCC").</summary>
    Paired,
}

/// <summary>One entry a matched name can stand for, and how.</summary>
public sealed record AliasSense(KnowledgeEntry Entry, AliasKind Kind);

/// <summary>
/// A name found in a text: its span [Start, End) into that text and the entries it can stand for,
/// most usual first. Most names have one sense; a capital has two (its country and the city).
/// </summary>
public readonly record struct KnowledgeMatch(int Start, int End, IReadOnlyList<AliasSense> Senses)
{
    public KnowledgeEntry Entry => Senses[0].Entry;

    public AliasKind Kind => Senses[0].Kind;

    public int Length => End - Start;
}
