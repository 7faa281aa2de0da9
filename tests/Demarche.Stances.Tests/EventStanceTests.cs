using Demarche.Core.Model;

namespace Demarche.Stances.Tests;

/// <summary>Stances read from events that the events stage codes (built by hand here).</summary>
public sealed class EventStanceTests
{
    private static Event At(Document doc, string trigger, string source, string? target, string root) => new()
    {
        Source = source, Target = target, Cameo = root + "0", Root = root, Trigger = trigger,
        Sentence = new SentenceRef(0, doc.Text.Length), Rule = "test",
    };

    [Fact]
    public void DisapprovalEventIsOpposition()
    {
        var doc = Pipeline.Run("Poland faulted the new grain quotas at the summit.", beforeStances: d => d.Events.Add(At(d, "faulted", "POL", null, "11")));
        var s = Assert.Single(doc.Stances);
        Assert.Equal(("POL", StancePolarity.Oppose), (s.Holder, s.Polarity));
        Assert.Contains("grain quotas", s.Topic);
    }

    [Fact]
    public void LabellingEventLeavesTheLabelOutOfTheTopic()
    {
        // the coder's trigger "branded" is a disapproval; the issue is the object alone, not "blockade an act of aggression"
        var doc = Pipeline.Run("India branded the naval blockade an act of aggression.", beforeStances: d => d.Events.Add(At(d, "branded", "IND", null, "11")));
        var s = Assert.Single(doc.Stances);
        Assert.Equal(("IND", StancePolarity.Oppose, "naval blockade"), (s.Holder, s.Polarity, s.Topic));
    }

    [Fact]
    public void CooperationEventIsSupport()
    {
        var doc = Pipeline.Run("Ghana pledged help for the regional mission in the north.", beforeStances: d => d.Events.Add(At(d, "pledged help for", "GHA", null, "05")));
        var s = Assert.Single(doc.Stances);
        Assert.Equal(("GHA", StancePolarity.Support), (s.Holder, s.Polarity));
        Assert.Contains("regional mission", s.Topic);
    }

    [Fact]
    public void EventWhoseWordsNameOnlyAnActorIsNoStance()
    {
        // an actor is not an issue: "Japan spurned Vietnam" is an event between the two, not a stance on a topic
        var doc = Pipeline.Run("Japan spurned Vietnam.", beforeStances: d => d.Events.Add(At(d, "spurned", "JPN", "VNM", "12")));
        Assert.DoesNotContain(doc.Stances, x => x.Holder == "JPN");
    }

    [Fact]
    public void NegatedAndOtherEventsAreNoStance()
    {
        var doc = Pipeline.Run("Chile sent troops to the border.", beforeStances: d =>
        {
            d.Events.Add(At(d, "sent troops", "CHL", null, "15"));
            d.Events.Add(At(d, "sent troops", "CHL", null, "11") with { Negated = true });
        });
        Assert.Empty(doc.Stances);
    }

    [Fact]
    public void EventOnSomeonesWordsIsNoStance()
    {
        // "brushed aside the warning" answers what was said; the warning is no issue
        var doc = Pipeline.Run("Chile brushed aside the latest warning.", beforeStances: d => d.Events.Add(At(d, "brushed aside", "CHL", null, "12")));
        Assert.Empty(doc.Stances);
    }

    [Theory]
    [InlineData("The United States imposed sanctions on Russia over the annexation of Crimea.", "imposed sanctions on", "USA", "RUS", "16", "annexation of Crimea")]
    [InlineData("Canada expelled two Indian diplomats over the killing of a Sikh activist.", "expelled", "CAN", "IND", "16", "killing of a Sikh activist")]
    [InlineData("Peru recalled its ambassador from Chile in protest at the new border fence.", "recalled", "PER", "CHL", "16", "border fence")]
    public void PunitiveActOpposesWhatItIsDoneOver(string text, string trigger, string source, string target, string root, string topic)
    {
        var doc = Pipeline.Run(text, beforeStances: d => d.Events.Add(At(d, trigger, source, target, root)));
        var s = Assert.Single(doc.Stances);
        Assert.Equal((source, StancePolarity.Oppose, target), (s.Holder, s.Polarity, s.Target));
        Assert.Contains(topic, s.Topic);
    }

    [Theory]
    // the grounds name only an actor: a relation, no issue
    [InlineData("Japan cut aid to Peru over Chile.", "cut aid", "JPN", "PER")]
    // "over" belongs to another noun, not to the act
    [InlineData("Rwanda deployed soldiers and exercises control over the rebel operations.", "deployed", "RWA", null)]
    // the act is supposed, not done
    [InlineData("If Japan imposes sanctions on Peru over the mine, Peru will retaliate.", "imposes sanctions on", "JPN", "PER")]
    public void PunitiveActNamesNoGroundsHere(string text, string trigger, string source, string? target)
    {
        var doc = Pipeline.Run(text, beforeStances: d => d.Events.Add(At(d, trigger, source, target, "16")));
        Assert.DoesNotContain(doc.Stances, x => x.Holder == source);
    }

    [Fact]
    public void EventWhosePronounSubjectIsSomeoneElsesClaimIsNoStance()
    {
        // "it" is the accord: the campaigners' claim is no stance of the actor the pronoun was taken for
        var doc = Pipeline.Run("Environmental campaigners criticised the accord, saying it ignored the needs of mangrove forests downstream.",
            beforeStances: d => d.Events.Add(At(d, "ignored", "PER", null, "12")));
        Assert.DoesNotContain(doc.Stances, x => x.Holder == "PER");
    }

    [Fact]
    public void VerbAndEventOnTheSameTopicGiveOneStance()
    {
        var doc = Pipeline.Run("Egypt rejected the proposal.", beforeStances: d => d.Events.Add(At(d, "rejected", "EGY", null, "12")));
        Assert.Single(doc.Stances);
    }
}

public class TopicFilterTests
{
    [Theory]
    [InlineData("on Tuesday", false)]
    [InlineData("of the United Nations", false)]
    [InlineData("each other of massing troops", false)]
    [InlineData("to neutralise the rebels", false)]
    [InlineData("recognition of a Palestinian state", true)]
    [InlineData("the conference", true)]
    [InlineData("sanctions on Russia", true)]
    public void OnlyIssuesAreTopics(string topic, bool expected)
    {
        Assert.Equal(expected, Demarche.Stances.StanceAnnotator.NamesAnIssue(topic));
    }
}
