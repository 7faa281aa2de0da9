using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

public class BoilerplateTests
{
    private const string Before = "The regional bloc met for six hours on Saturday and agreed on a timetable for elections.";
    private const string After = "Opposition leaders said they would study the proposal before giving an answer.";

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("Read more: Floods force thousands from their homes in the delta")]
    [InlineData("Also read: What the new border deal means for traders")]
    [InlineData("READ MORE: Central bank holds rates steady")]
    [InlineData("Skip past newsletter promotion")]
    [InlineData("after newsletter promotion")]
    [InlineData("Share this article")]
    [InlineData("Share on Facebook")]
    [InlineData("Copy link")]
    [InlineData("Subscribe from 2 euros a month")]
    [InlineData("Subscribe to our morning briefing")]
    [InlineData("We use cookies to personalise content and analyse our traffic.")]
    [InlineData("Accept all cookies")]
    [InlineData("Manage preferences")]
    [InlineData("Fishermen haul their nets at dawn near the port. Photograph: Jane Roe/Coastline Agency")]
    [InlineData("Photograph: Coastline Agency")]
    [InlineData("A convoy crosses the river. Photo: Staff photographer")]
    [InlineData("Photo by Ana Silva/Southern Images")]
    [InlineData("Delegates leave the hall after the vote. Photograph: J. K. Mensah/Harbour Press")]
    [InlineData("This site and its partners use cookies to measure traffic.")]
    [InlineData("5 min read")]
    [InlineData("© 2025 Example Media Group. All rights reserved.")]
    [InlineData("Reporting by A. Writer; Editing by B. Editor")]
    [InlineData("Get the newsletter")]
    public void Removes_furniture_lines(string furniture)
    {
        var cleaned = Cleaner.Clean($"{Before}\n\n{furniture}\n\n{After}");
        Assert.Equal($"{Before}\n\n{After}", cleaned.Text);
        var repair = Assert.Single(cleaned.Of(RepairKind.Boilerplate));
        Assert.Equal(furniture, repair.Before);
        Assert.Equal("", repair.After);
        Assert.Equal(repair.Start, repair.End);
    }

    [Theory]
    [InlineData("Related stories\n- Talks collapse in Doha\n- Army retakes key town")]
    [InlineData("Related stories\n\nTalks collapse in Doha\n\nArmy retakes key town\n\nWhat the new deal means")]
    [InlineData("Most read\n1. Floods hit the delta\n2. Central bank holds rates")]
    [InlineData("You may also like\n• Ceasefire holds in the north\n• Envoy quits after six months")]
    [InlineData("READ MORE\nBorder reopens after three years")]
    public void Removes_a_related_story_list_with_its_items(string block)
    {
        var cleaned = Cleaner.Clean($"{Before}\n\n{block}\n\n{After}");
        Assert.Equal($"{Before}\n\n{After}", cleaned.Text);
    }

    [Fact]
    public void A_related_list_stops_at_the_first_sentence_of_the_article()
    {
        var cleaned = Cleaner.Clean($"{Before}\n\nRelated stories\n- Talks collapse in Doha\n\nThe minister said the talks would resume.\n\n{After}");
        Assert.Equal($"{Before}\n\nThe minister said the talks would resume.\n\n{After}", cleaned.Text);
    }

    [Fact]
    public void Removes_a_newsletter_block_with_its_tagline()
    {
        var raw = $"{Before}\nSign up toThe Coastal Brief\nOur reporters on the stories shaping the islands, every Monday\nafter newsletter promotion\n{After}";
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal($"{Before}\n{After}", cleaned.Text);
        Assert.Equal(3, cleaned.Of(RepairKind.Boilerplate).Count());
    }

    [Fact]
    public void A_sign_up_line_without_its_closing_line_goes_alone()
    {
        var raw = $"{Before}\nSign up to The Coastal Brief\n{After}\nA third paragraph follows here with more detail.";
        var cleaned = Cleaner.Clean(raw);
        Assert.Equal($"{Before}\n{After}\nA third paragraph follows here with more detail.", cleaned.Text);
    }

    [Theory]
    [InlineData("Subscribers to the state broadcaster complained about the blackout.")]
    [InlineData("Read the full statement, the spokesperson told journalists, before judging it.")]
    [InlineData("Advertisements for the rally appeared on buses across the capital, police said.")]
    [InlineData("The ministry said cookies and sweets would be distributed at the border crossing.")]
    [InlineData("Share prices in Lagos fell 3% after the announcement.")]
    [InlineData("Photographs of the damage were shared widely, and officials confirmed the strike hit a school.")]
    [InlineData("Sign language interpreters were present at the hearing.")]
    [InlineData("The regulator said websites that use tracking cookies must first ask visitors.")]
    [InlineData("Investigators studied the photo: it showed two men near the gate. They were never identified.")]
    public void Keeps_ordinary_sentences(string sentence)
    {
        var cleaned = Cleaner.Clean($"{Before}\n{sentence}\n{After}");
        Assert.Contains(sentence, cleaned.Text);
        Assert.Empty(cleaned.Of(RepairKind.Boilerplate));
    }

    [Fact]
    public void Long_paragraphs_are_never_furniture_even_with_a_matching_opening()
    {
        var paragraph = "Read more widely than before, the commission said in its report, because the archive of "
            + "testimony from the border towns now covers three decades of displacement, arrests and disappearances "
            + "that no government has yet acknowledged, and the authors urged parliament to open the files.";
        var cleaned = Cleaner.Clean(paragraph);
        Assert.Equal(paragraph, cleaned.Text);
    }
}
