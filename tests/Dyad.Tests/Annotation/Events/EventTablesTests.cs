using Dyad.Annotation.Events;

namespace Dyad.Tests.Annotation.Events;

/// <summary>The names of the schema and the codes table shipped with the stage.</summary>
public sealed class EventTablesTests
{
    [Fact]
    public void Type_and_status_names_round_trip_through_the_schema_names()
    {
        foreach (var type in Enum.GetValues<EventType>())
            Assert.True(EventTypeNames.TryParse(type.ToSchemaName(), out var parsed) && parsed == type, type.ToString());
        foreach (var status in Enum.GetValues<EventStatus>())
            Assert.True(EventStatusNames.TryParse(status.ToSchemaName(), out var parsed) && parsed == status, status.ToString());
        Assert.Equal("ARMS_TRANSFER", EventType.ArmsTransfer.ToSchemaName());
        Assert.Equal("speculative", EventStatus.Speculative.ToSchemaName());
    }

    [Fact]
    public void Codes_follow_the_status_an_occurred_visit_is_042_and_a_proposed_one_036()
    {
        var occurred = EventReading.Analyze("Russian Foreign Minister Sergey Lavrov visited Islamabad.", "2012-04").Events.Single();
        var proposed = EventReading.Analyze("Pakistan is awaiting a visit by Russian Foreign Minister Sergey Lavrov.", "2012-04").Events.Single();
        var speculative = EventReading.Analyze("Sergey Lavrov may visit Islamabad.", "2012-04").Events.Single();

        Assert.Equal(new EventCodes("042", "CONSULT"), occurred.Codes);
        Assert.Equal(new EventCodes("036", "REQUEST"), proposed.Codes);
        Assert.Equal(EventCodes.None, speculative.Codes);
    }
}
