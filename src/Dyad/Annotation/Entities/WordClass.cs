namespace Dyad.Annotation.Entities;

/// <summary>
/// What the entity rules know about one word: the lexicon lists it is in, and its shape. Worked out once
/// a token, when the text is tokenized, so the rules test a bit where they would look a word up.
/// </summary>
[Flags]
internal enum WordClass : ushort
{
    None = 0,

    /// <summary>Starts with a capital letter.</summary>
    Capitalized = 1 << 0,

    /// <summary>Has a lower-case letter.</summary>
    HasLowerCase = 1 << 1,

    /// <summary>First word of a title ("Col" of "Col Gen").</summary>
    TitleFirstWord = 1 << 2,

    /// <summary>First word of a title modifier ("Deputy", "Defence").</summary>
    ModifierFirstWord = 1 << 3,

    /// <summary>A title of one word ("General", "Minister").</summary>
    TitleWord = 1 << 4,

    PersonRole = 1 << 5,
    SpeechVerb = 1 << 6,
    NameParticle = 1 << 7,
    FunctionWord = 1 << 8,
    CalendarWord = 1 << 9,
    GenericBodyWord = 1 << 10,

    /// <summary>Head of a body's name that gives ORG ("Institute").</summary>
    OrgHead = 1 << 11,

    /// <summary>Head of a body's name that gives PROGRAM ("Programme").</summary>
    ProgramHead = 1 << 12,

    /// <summary>
    /// Never part of a personal name: function, institution and calendar words, one-word titles and title modifiers,
    /// person roles and heads of body names.
    /// </summary>
    NeverInNames = 1 << 13,

    /// <summary>Has a dash between two of its letters ("al-Alfi", "Russia-Pakistan").</summary>
    Hyphenated = 1 << 14,

    /// <summary>A word that may open a title: a first word of a title or modifier, or a person role.</summary>
    TitleStart = TitleFirstWord | ModifierFirstWord | PersonRole,

    BodyHead = OrgHead | ProgramHead,
}
