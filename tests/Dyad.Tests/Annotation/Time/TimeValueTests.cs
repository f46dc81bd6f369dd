using System.Globalization;
using Dyad.Annotation.Time;

namespace Dyad.Tests.Annotation.Time;

public sealed class TimeValueTests
{
    public static TheoryData<TimeValue, string> Values => new()
    {
        { new CalendarValue(2018, 3, 2), "2018-03-02" },
        { new CalendarValue(2018, 11), "2018-11" },
        { new CalendarValue(2018), "2018" },
        { new CalendarValue(null, 12), "XXXX-12" },
        { new CalendarValue(null, 12, 5), "XXXX-12-05" },
        { new CalendarValue(null), "XXXX" },
        { new CalendarValue(987), "0987" },
        { new WeekValue(2018, 7), "2018-W07" },
        { new WeekValue(null, null), "XXXX-WXX" },
        { new QuarterValue(2018, 3), "2018-Q3" },
        { new QuarterValue(null, 4), "XXXX-Q4" },
        { new SeasonValue(2018, Season.Summer), "2018-SU" },
        { new SeasonValue(null, Season.Winter), "XXXX-WI" },
        { new DecadeValue(198), "198" },
        { new DecadeValue(9), "009" },
        { new CenturyValue(19), "19" },
        { new TimeOfDayValue(new CalendarValue(2018, 3, 2), PartOfDay.Morning), "2018-03-02TMO" },
        { new DurationValue(2, TimeUnit.Week), "P2W" },
        { new DurationValue(1.5m, TimeUnit.Year), "P1.5Y" },
        { new DurationValue(0.333m, TimeUnit.Month), "P0.33M" },
        { new DurationValue(3, TimeUnit.Hour), "PT3H" },
        { new DurationValue(null, TimeUnit.Decade), "PXDE" },
        { new DurationValue(null, TimeUnit.Century), "PXCE" },
        { new ReferenceValue(TimeReference.Past), "PAST_REF" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public void Prints_TIMEX3_with_unknown_parts_as_X(TimeValue value, string timex) => Assert.Equal(timex, value.ToTimex());

    [Fact]
    public void Prints_the_same_whatever_the_culture_of_the_thread()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            // A decimal comma and another minus sign are what a culture could bring into a value (built by hand: a
            // machine without ICU knows no culture but the invariant one).
            var commas = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            commas.NumberFormat.NumberDecimalSeparator = ",";
            commas.NumberFormat.NegativeSign = "~";
            CultureInfo.CurrentCulture = commas;
            Assert.Equal("P1.5Y", new DurationValue(1.5m, TimeUnit.Year).ToTimex());
            Assert.Equal("-0044", new CalendarValue(-44).ToTimex());
            Assert.Equal("2018-03-02", new CalendarValue(2018, 3, 2).ToTimex());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
