using Dossier.Stories.Claims;

namespace Dossier.Stories.Tests;

public class EventStatusTests
{
    [Theory]
    [InlineData("The two sides will sign the agreement on Friday.", EventModality.Planned, "sign")]
    [InlineData("The minister is expected to meet the mediators in Oskby.", EventModality.Planned, "meet")]
    [InlineData("The company plans to close the plant next year.", EventModality.Planned, "close")]
    [InlineData("The treaty is set to be signed in Lisvik.", EventModality.Planned, "sign")]
    [InlineData("The two sides signed the agreement on Friday.", EventModality.Done, "sign")]
    [InlineData("The minister met the mediators in Oskby, officials said.", EventModality.Done, "meet")]
    [InlineData("The company has closed the plant.", EventModality.Done, "clos")]
    [InlineData("Rescuers tried to reach the village.", EventModality.Done, "try")]
    public void Modality_and_verb_are_read_from_cues(string sentence, EventModality modality, string verb)
    {
        var status = EventStatus.Of(sentence);

        Assert.Equal(modality, status.Modality);
        Assert.Equal(verb, status.Verb);
    }

    [Fact]
    public void Verb_forms_of_one_verb_meet()
    {
        Assert.True(EventStatus.SameVerb(EventStatus.Of("They closed the road.").Verb, EventStatus.Of("They will close the road.").Verb));
        Assert.True(EventStatus.SameVerb(EventStatus.Of("They stopped the trains.").Verb, EventStatus.Of("They plan to stop the trains.").Verb));
        Assert.False(EventStatus.SameVerb(EventStatus.Of("They opened the road.").Verb, EventStatus.Of("They will close the road.").Verb));
    }

    [Theory]
    [InlineData("Officials said the talks were useful.")]
    [InlineData("The armed forces of the region stand ready.")]
    [InlineData("The union would not sign a deal without a raise.")]
    [InlineData("Talks are difficult, the mediator told reporters.")]
    public void Reporting_verbs_adjectives_negations_and_conditionals_are_not_events(string sentence)
    {
        Assert.Equal(EventModality.Unknown, EventStatus.Of(sentence).Modality);
    }
}
