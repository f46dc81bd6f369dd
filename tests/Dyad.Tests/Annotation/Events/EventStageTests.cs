using Dyad.Annotation.Events;

namespace Dyad.Tests.Annotation.Events;

public sealed class EventStageTests
{
    private const string TrainingAgreement =
        "Pakistan and Russia signed an agreement on the training of Pakistani officers. " +
        "The agreement was prepared over many years. " +
        "This agreement was signed by Defence Secretary Zamir ul Hassan Shah and Deputy Minister Alexander Fomin.";

    [Fact]
    public void Mentions_that_refer_back_are_one_event_with_every_span_as_evidence()
    {
        var document = EventReading.Analyze(TrainingAgreement, "2018-08");

        var agreement = Assert.Single(document.Events);
        Assert.Equal(EventType.Agreement, agreement.Type);
        Assert.Equal(3, agreement.Evidence.Count);
        foreach (var evidence in agreement.Evidence)
            Assert.Equal(document.Text[evidence.Span.Start..evidence.Span.End], evidence.Text);
    }

    [Fact]
    public void Participants_carry_the_office_they_held_and_its_state()
    {
        var agreement = EventReading.Analyze(TrainingAgreement, "2018-08").Events.Single();

        Assert.Contains(new EventParticipant("Alexander Fomin", "Deputy Minister of Defence", Dyad.Knowledge.CountryCode.Parse("RUS")), agreement.Participants);
        Assert.Contains(agreement.Participants, p => p.Name == "Zamir ul Hassan Shah" && p.Country?.Value == "PAK");
    }

    [Fact]
    public void More_mentions_of_one_event_raise_its_confidence()
    {
        var once = EventReading.Analyze("Pakistan and Russia signed an agreement on the training of Pakistani officers.", "2018-08").Events.Single();
        var thrice = EventReading.Analyze(TrainingAgreement, "2018-08").Events.Single();

        Assert.InRange(once.Confidence, 0.1, 1.0);
        Assert.True(thrice.Confidence > once.Confidence);
    }

    [Fact]
    public void An_event_without_a_date_in_its_text_has_none_whatever_the_publication_date()
    {
        var visit = EventReading.Analyze("Russian Foreign Minister Sergey Lavrov visited Islamabad.", "2012-04").Events.Single();

        Assert.Null(visit.Date);
    }

    [Fact]
    public void A_state_since_a_year_is_not_dated_by_that_year()
    {
        var sanction = EventReading.Analyze("President Trump suspended the military assistance Pakistan used to get since 2001.", "2018-08").Events.Single();

        Assert.Equal(EventStatus.Occurred, sanction.Status);
        Assert.Null(sanction.Date);
    }

    [Fact]
    public void Generic_mentions_are_kept_with_status_generic()
    {
        var document = EventReading.Analyze("Pakistan and Russia regularly hold joint exercises.", "2021-10");

        Assert.Equal(EventStatus.Generic, Assert.Single(document.Events).Status);
    }

    [Fact]
    public void The_two_countries_are_the_documents_two_most_mentioned_states()
    {
        var document = EventReading.Analyze(
            "Pakistan and Russia have grown closer. India watches Russia and Pakistan. The two countries held joint drills at Cherat in 2016.", "2016-10");

        var exercise = Assert.Single(document.Events);
        Assert.Equal(["PAK", "RUS"], exercise.Countries.Select(c => c.Value));
        Assert.Equal("2016", exercise.Date?.Value.ToString());
        Assert.Equal("Cherat", exercise.Location);
    }

    [Fact]
    public void Visits_in_opposite_directions_are_two_events()
    {
        var document = EventReading.Analyze("Prime Minister Nawaz Sharif visited China. Chinese President Xi Jinping visited Pakistan.", "2015-05");

        Assert.Equal(["PAK>CHN", "CHN>PAK"], document.Events.Select(e => $"{e.Source}>{e.Target}"));
    }

    [Fact]
    public void A_mention_with_a_single_state_is_not_an_event()
    {
        var document = EventReading.Analyze("Pakistan held military exercises in the desert.", "2020-01");

        Assert.Empty(document.Events);
    }

    [Fact]
    public void Ids_are_stable_across_runs_and_differ_between_events()
    {
        const string text = "Russia delivered four Mi-35M helicopters to Pakistan. India purchased five S-400 systems from Russia.";
        var first = EventReading.Analyze(text, "2018-10").Events.Select(e => e.Id).ToList();
        var second = EventReading.Analyze(text, "2018-10").Events.Select(e => e.Id).ToList();

        Assert.Equal(2, first.Count);
        Assert.Equal(first, second);
        Assert.NotEqual(first[0], first[1]);
        Assert.All(first, id => Assert.Matches("^e-[0-9a-f]{20}$", id));
    }

    [Fact]
    public void A_named_exercise_takes_its_edition_year_and_place_from_the_knowledge_base()
    {
        var exercise = EventReading.Analyze("Pakistan and Russia are currently engaged in Druzhba VI.", "2021-10").Events.Single();

        Assert.Equal("Druzhba VI", exercise.Name);
        Assert.Equal("2021", exercise.Date?.Value.ToString());
        Assert.Equal("Krasnodar", exercise.Location);
    }

    [Fact]
    public void Removed_text_reports_no_event()
    {
        const string text = "Russia delivered four Mi-35M helicopters to Pakistan.\nIndia purchased five S-400 systems from Russia.";
        var document = EventReading.Analyze(text, "2018-10", removedLines: ["India purchased five S-400 systems from Russia."]);

        Assert.Equal(EventType.ArmsTransfer, Assert.Single(document.Events).Type);
    }
}
