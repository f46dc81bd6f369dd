using Dyad.Annotation.Entities;
using Dyad.Documents;
using Dyad.Knowledge;

namespace Dyad.Tests.Annotation.Entities;

/// <summary>Overlapping candidates settled in place: the longer wins, a country may stand inside a body's name, text order after.</summary>
public sealed class MentionResolverTests
{
    private static MentionCandidate Candidate(int start, int end, EntityType type, string id, bool nestable = false) =>
        new(new TextSpan(start, end), type, id, id, null, MentionEvidence.Shape, nestable);

    [Fact]
    public void Candidates_are_settled_in_the_list_given_and_left_in_text_order()
    {
        var candidates = new List<MentionCandidate>
        {
            Candidate(50, 56, EntityType.Person, "person:fomin"),
            Candidate(0, 40, EntityType.Org, "org:jmcc"),
            Candidate(0, 6, EntityType.Country, "country:ru", nestable: true),
            Candidate(10, 20, EntityType.Person, "person:inside"),
            Candidate(45, 56, EntityType.Person, "person:alexander-fomin"),
            Candidate(60, 66, EntityType.Country, "country:pk"),
        };
        var resolved = MentionResolver.Resolve(candidates);
        Assert.Same(candidates, resolved);
        Assert.Equal(["org:jmcc", "country:ru", "person:alexander-fomin", "country:pk"], resolved.Select(m => m.Id));
    }
}
