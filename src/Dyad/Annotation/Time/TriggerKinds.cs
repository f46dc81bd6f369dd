namespace Dyad.Annotation.Time;

/// <summary>
/// The kinds of word (or digit) every time expression contains at least one of, one flag a lexicon table.
/// A candidate window records the kinds it holds; a rule runs only where a kind its pattern can consume is present.
/// </summary>
[Flags]
internal enum TriggerKinds : ushort
{
    None = 0,
    Digit = 1 << 0,
    Month = 1 << 1,
    Weekday = 1 << 2,
    Unit = 1 << 3,
    Season = 1 << 4,
    PartOfDay = 1 << 5,
    DayWord = 1 << 6,
    Reference = 1 << 7,
    Frequency = 1 << 8,
    /// <summary>Words spelled out in a rule's pattern rather than taken from a table ("tonight").</summary>
    Spelled = 1 << 9,
    /// <summary>
    /// Digits {year} reads: a run of ASCII digits whose last four start with 15–19 or 20 ("2019", "x12015"). Always with
    /// <see cref="Digit"/>: most numbers of a text ("£5m", "76%", "2.5") are no year, and the rules of a year need not run there.
    /// </summary>
    Year = 1 << 10,
    All = (1 << 11) - 1,
}
