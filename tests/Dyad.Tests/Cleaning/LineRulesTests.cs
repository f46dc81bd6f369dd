using Dyad.Cleaning;
using Dyad.Documents;

namespace Dyad.Tests.Cleaning;

/// <summary>The line rules as a specification: a line alone, and what cleaning takes it for.</summary>
public sealed class LineRulesTests
{
    private static PageLine Line(string text) => new(0, new TextSpan(0, text.Length), text);

    [Theory]
    [InlineData("Share this post")]
    [InlineData("    scroll to top")]
    [InlineData("top")]
    [InlineData("Read more: Gas pipeline talks to resume next month")]
    [InlineData("Template Design © The CSS Point. All rights reserved.")]
    [InlineData("Copyright © 2014 The Margalla Post. All rights reserved. | Privacy Policy | Contact Us")]
    [InlineData("Subscribe to our newsletter for the best of our opinion pages")]
    [InlineData("Share this story Facebook Twitter WhatsApp")]
    [InlineData("Related: Oil falls to six-year low")]
    [InlineData(">> Railway fares to rise from next month")]
    [InlineData("About The CSS Point")]
    [InlineData("Photo: A JF-17 at an air show. (File)")]
    [InlineData("Advertisement")]
    public void Chrome_patterns_know_site_chrome(string line) => Assert.True(ChromePatterns.IsChrome(Line(line.Trim())), line);

    [Theory]
    [InlineData("Pakistan and Russia signed an agreement on military cooperation on Thursday.")]
    [InlineData("The two sides also held in-depth discussions on avenues of future cooperation.")]
    [InlineData("Officials said they would share the results of the talks with the press.")]
    [InlineData("The writer has covered defence for twenty years and shares his notes here.")]
    public void Chrome_patterns_leave_prose_alone(string line) => Assert.False(ChromePatterns.IsChrome(Line(line)), line);

    [Theory]
    [InlineData("March 2024", true)]
    [InlineData("Saturday, April 13, 2024", true)]
    [InlineData("Saturday, 6 October 2018 | Updated 10:42 IST", true)]
    [InlineData("March on Rome", false)]
    [InlineData("Pakistan and Russia met in March 2024.", false)]
    public void Date_lines_are_dates_and_nothing_else(string line, bool expected) => Assert.Equal(expected, LineShapes.IsDateLine(Line(line)));

    [Theory]
    [InlineData("M T W T F S S", true)]
    [InlineData(" 123", true)]
    [InlineData("11121314151617", true)]
    [InlineData("Mo Tu We Th Fr Sa Su", true)]
    [InlineData("« Oct   Dec »", true)]
    [InlineData("Four helicopters arrived", false)]
    public void Calendar_rows_are_recognized(string line, bool expected) => Assert.Equal(expected, LineShapes.IsCalendarRow(Line(line.Trim())));

    [Theory]
    [InlineData("Home | National | World | Business | Sport | Opinion | E-Paper", true)]
    [InlineData("Menu  >  Nation  >  Defence", true)]
    [InlineData("Front page News Views", false)]
    [InlineData("News World Opinion", true)]
    [InlineData("Pakistan, Russia sign deal | Defence", false)]
    public void Menus_are_short_items_between_separators_or_section_names(string line, bool expected) =>
        Assert.Equal(expected, LineShapes.IsMenu(Line(line)));

    [Theory]
    [InlineData("Military Cooperation | Editorial", "Military Cooperation", null)]
    [InlineData("Pak-Russia Defence Cooperation By Dr Muhammad Khan", "Pak-Russia Defence Cooperation", "Muhammad Khan")]
    [InlineData("Pak-Russia defence ties", "Pak-Russia defence ties", null)]
    [InlineData("Russia - Pakistan ties enter a new phase", "Russia - Pakistan ties enter a new phase", null)]
    [InlineData("Standing by the old alliance", "Standing by the old alliance", null)]
    public void Title_lines_lose_their_section_and_run_on_byline(string line, string title, string? author) =>
        Assert.Equal((title, author), TitleLine.Read(line));

    [Theory]
    [InlineData("Dr Muhammad Khan", "Muhammad Khan")]
    [InlineData("Lt Gen (retd) Talat Masood", "Talat Masood")]
    [InlineData("Zamir ul Hassan Shah", "Zamir ul Hassan Shah")]
    [InlineData("Staff Reporter", null)]
    [InlineData("the way", null)]
    [InlineData("March 2018", null)]
    public void Person_names_drop_honorifics_and_refuse_what_is_not_a_name(string candidate, string? expected) =>
        Assert.Equal(expected, PersonNames.Clean(candidate));

    [Theory]
    [InlineData("Source: Published in The Nation", "Attribution", null, "The Nation")]
    [InlineData("By Farhan Aziz | Published: November 21, 2014", "Byline", "Farhan Aziz", null)]
    [InlineData("Posted on September 14, 2017 by Hamid Raza", "Byline", "Hamid Raza", null)]
    [InlineData("(Reporting by Imran Qureshi; Editing by Sarah Lang)", "Byline", "Imran Qureshi", null)]
    [InlineData("— The writer, Professor of Politics and International Relations, is based in Islamabad.", "Bio", null, null)]
    public void Metadata_lines_say_who_wrote_and_who_published(string line, string kind, string? author, string? publisher)
    {
        var match = MetadataPatterns.Match(Line(line), PageRegion.Tail);

        Assert.NotNull(match);
        Assert.Equal(kind, match.Kind.ToString());
        Assert.Equal(author, match.Author);
        Assert.Equal(publisher, match.Publisher);
    }

    [Fact]
    public void By_the_way_is_prose_not_a_byline() =>
        Assert.Null(MetadataPatterns.Match(Line("By the way, the talks went on for two days"), PageRegion.Any));
}
