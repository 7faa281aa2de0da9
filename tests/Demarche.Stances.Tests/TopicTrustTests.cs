using Demarche.Core.Model;

namespace Demarche.Stances.Tests;

/// <summary>Topics that must never come out (an actor, a number, a pronoun, a fragment), and the key that groups a topic's variants.</summary>
public sealed class TopicTrustTests
{
    [Theory]
    [InlineData("Ghana signed a pledge in Accra and broke it a week later.", "broke")]
    [InlineData("Egypt rejected the independence Kosovo declared in 2008.", "declared")]
    [InlineData("Canada backs the $2 billion aid package for the region.", "billion")]
    [InlineData("Japan pledged to give Kenya 190 million dollars over four years.", "190")]
    [InlineData("The United States backed Russian shipping through the strait.", "Russian shipping")]
    [InlineData("Taiwan pledged that it would not provoke a conflict, and offered talks.", "would")]
    [InlineData("Norway condemned Russia and China.", "Russia")]
    [InlineData("Norway, which opposes it, backed the Kenyan government.", "government")]
    [InlineData("Chile said it supported the 2,000 troops already there.", "2,000")]
    [InlineData("The European Union supports Georgia with 5 billion euros a year.", "billion")]
    [InlineData("Norway agreed to pay 12 million dollars in compensation.", "dollars")]
    [InlineData("Diplomats said the United States had privately opposed the plan for months.", "months")]
    [InlineData("Israel rejected calls for a ceasefire in the north.", "calls")]
    [InlineData("Egypt agreed to send delegates to Jeddah for talks mediated by Qatar.", "mediated")]
    [InlineData("Egypt backed the militia in the east, diplomats said.", "militia")]
    [InlineData("Mali welcomed the junta's promise of elections.", "junta")]
    [InlineData("Germany urged its partners to approve it at the next summit.", "approv")]
    [InlineData("Leaders split over plan to use frozen assets, Norway said.", "use of")]
    [InlineData("Belgium said it could not accept the legal risks alone.", "risk")]
    [InlineData("Oman backed the idea of talks and offered to mediate again.", "again")]
    [InlineData("The United States demands an end to enrichment.", "end")]
    [InlineData("Peru pressed for the border post to reopen by Friday.", "by Friday")]
    [InlineData("Chile urged Peru to reopen by Friday.", "by Friday")]
    public void TopicNeverHolds(string text, string forbidden)
    {
        var doc = Pipeline.Run(text);
        Assert.DoesNotContain(doc.Stances, s => s.Topic.Contains(forbidden, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("the recognition of a Palestinian state", "recognition of palestine")]
    [InlineData("recognition of the State of Palestine", "recognition of palestine")]
    [InlineData("sanctions on Russia", "sanction on russia")]
    [InlineData("accession to the European Union", "eu membership")]
    [InlineData("European Union membership", "eu membership")]
    [InlineData("the peace talks", "talk")]
    [InlineData("an arms sale", "arms sale")]
    [InlineData("Israel’s truce with Hamas", "israel ceasefire with hamas")]
    [InlineData("the crisis", "crisis")]
    [InlineData("the resumption of peace negotiations", "talk")]
    [InlineData("the imposition of sanctions on Russia", "sanction on russia")]
    [InlineData("sanctions against Russia", "sanction on russia")]
    [InlineData("the withdrawal of their forces", "troop withdrawal")]
    [InlineData("Finland's membership in NATO", "finland nato membership")]
    [InlineData("an armistice", "ceasefire")]
    [InlineData("the peace deal", "peace agreement")]
    [InlineData("the peace accord", "peace agreement")]
    [InlineData("the sale of weapons", "arms sale")]
    [InlineData("recognition of Palestinian statehood", "recognition of palestine")]
    [InlineData("the withdrawal of foreign troops", "troop withdrawal")]
    [InlineData("the rebels' offer", "rebel offer")]
    public void VariantsShareAKey(string topic, string key) =>
        Assert.Equal(key, new TopicKeys(TopicVocabulary.Default).Key(topic));

    [Fact]
    public void TheSameIssueInOtherWordsIsOneStance()
    {
        // one holder, one issue: "the peace talks" and "peace talks" are not two stances
        var doc = Pipeline.Run("Norway backed the peace talks. Norway also backed peace talks.");
        Assert.Single(doc.Stances, s => s.Holder == "NOR");
    }
}
