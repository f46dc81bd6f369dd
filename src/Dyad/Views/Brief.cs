using Dyad.Knowledge;
using Dyad.Storage;

namespace Dyad.Views;

/// <summary>
/// What a brief on a pair says, before it is written as HTML or Markdown: sections of lines and tables, each
/// line citing the footnotes that quote its evidence and name its source.
/// </summary>
public sealed record Brief(
    CountryCode A,
    CountryCode B,
    string Title,
    IReadOnlyList<string> Summary,
    IReadOnlyList<BriefSection> Sections,
    IReadOnlyList<BriefFootnote> Footnotes,
    string ChartSvg);

/// <summary>A section: lines, or a table whose rows cite footnotes like lines do.</summary>
public sealed record BriefSection(string Heading, IReadOnlyList<BriefLine> Lines, IReadOnlyList<string>? TableHeader = null);

/// <summary>A claim and the footnotes behind it; for a table, <see cref="Cells"/> hold its columns.</summary>
public sealed record BriefLine(string Text, IReadOnlyList<int> Notes, IReadOnlyList<string>? Cells = null);

/// <summary>A quote of evidence and the report it comes from.</summary>
public sealed record BriefFootnote(int Number, string Quote, string EventId, ReportSource? Report, string Source);
