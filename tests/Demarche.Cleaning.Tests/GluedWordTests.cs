using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

public class GluedWordTests
{
    [Theory]
    // lower-case words glued together
    [InlineData("The talks collapsed after the envoy left the regionon Friday.", "region on Friday")]
    [InlineData("Rescuers searched the rubble for survivorsafter the quake.", "survivors after the quake")]
    [InlineData("The council votedto extend the mandate.", "voted to extend")]
    [InlineData("The army said it was withdrawingfrom two towns.", "withdrawing from two towns")]
    [InlineData("Aid convoys reached the cityafter a week of delays.", "city after a week")]
    [InlineData("The minister signeda deal with the lenders.", "signed a deal")]
    [InlineData("Prices rose sharply tothe highest level in years.", "to the highest level")]
    [InlineData("The governmentannounced new curfews on Sunday.", "government announced new curfews")]
    [InlineData("Observers reported that the electionremained calm.", "election remained calm")]
    [InlineData("Protesters gathered nearthe parliament building.", "near the parliament")]
    [InlineData("The ministry refused to provide detailsabout the arrests.", "details about the arrests")]
    [InlineData("Farmers have struggled since the droughtbegan last year.", "drought began last year")]
    [InlineData("The envoy pledgedsupport for the transition.", "pledged support")]
    // lower-case word glued to a capitalised name
    [InlineData("The delegation flew toNairobi for the summit.", "to Nairobi for")]
    [InlineData("Troops were deployed alongthe border withChad.", "along the border with Chad")]
    [InlineData("Supporters of PresidentEmmerson Mnangagwa marched in Harare.", "President Emmerson Mnangagwa")]
    [InlineData("The clip spread quickly onInstagram and other apps.", "on Instagram")]
    [InlineData("He spoke to reporters inManila on Thursday.", "in Manila on Thursday")]
    [InlineData("The statement was posted onYouTube late at night.", "on YouTube late")]
    [InlineData("Officials accusedMoscow of meddling.", "accused Moscow of")]
    [InlineData("The bloc's foreign ministers met inthe Hague.", "in the Hague")]
    [InlineData("A spokesperson forthe UN declined to comment.", "for the UN declined")]
    // a name glued to the word after it
    [InlineData("Prime Minister Sharifsaid the talks would continue.", "Sharif said the talks")]
    [InlineData("The mediator, Mr Obasanjohas travelled to Addis Ababa.", "Obasanjo has travelled")]
    [InlineData("General Haftarwas not invited to the meeting.", "Haftar was not invited")]
    [InlineData("Analysts said Tokayevannounced the reform without warning.", "Tokayev announced the reform")]
    // a possessive glued to the next word
    [InlineData("Kenya’sparliament approved the deployment.", "Kenya’s parliament approved")]
    [InlineData("The bank's board rejected Ghana'sproposal.", "Ghana's proposal")]
    public void Splits_glued_words(string raw, string expected)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Contains(expected, cleaned.Text);
        Assert.NotEmpty(cleaned.Of(RepairKind.GluedWords));
    }

    [Theory]
    // a word glued to a number, either side
    [InlineData("The two sides agreed an exchange1,200 prisoners on Monday.", "exchange 1,200 prisoners")]
    [InlineData("The deal covers 400detainees held in the north.", "400 detainees held")]
    [InlineData("Floods destroyed 1.2million homes in the delta.", "1.2 million homes")]
    [InlineData("The war has killed more than12,000 civilians.", "more than 12,000 civilians")]
    [InlineData("It was published in the 2024report of the agency.", "2024 report")]
    [InlineData("Rebels released 25hostages after talks.", "25 hostages after")]
    // a word glued to a short word
    [InlineData("Officials said overa weekend of talks that the deal held.", "over a weekend")]
    [InlineData("The convoy drove intoa minefield near the border.", "into a minefield")]
    [InlineData("The minister met witha delegation from the south.", "with a delegation")]
    // a title glued to a first name that is also a common word
    [InlineData("The deal was signed by PresidentJohn Mahama on Friday.", "President John Mahama")]
    [InlineData("Talks were chaired by MinisterWilliam Ruto in Nairobi.", "Minister William Ruto")]
    // a known name glued to a preposition
    [InlineData("The minister spoke in Istanbulon Tuesday.", "Istanbul on Tuesday")]
    [InlineData("Talks resumed in Genevaafter a pause.", "Geneva after a pause")]
    [InlineData("Delegates arrived from Nairobiin the morning.", "Nairobi in the morning")]
    public void Splits_words_glued_to_numbers_short_words_and_names(string raw, string expected)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Contains(expected, cleaned.Text);
        Assert.NotEmpty(cleaned.Of(RepairKind.GluedWords));
    }

    [Fact]
    public void Each_split_is_one_repair_with_the_word_before_and_after()
    {
        var cleaned = Cleaner.Clean("Rebels seized the townon Tuesday, officialssaid.");
        var repairs = cleaned.Of(RepairKind.GluedWords).ToList();
        Assert.Equal(2, repairs.Count);
        Assert.Equal(("townon", "town on"), (repairs[0].Before, repairs[0].After));
        Assert.Equal(("officialssaid", "officials said"), (repairs[1].Before, repairs[1].After));
        Assert.Equal("Rebels seized the town on Tuesday, officials said.", cleaned.Text);
    }

    [Theory]
    [InlineData("Shares of the firm fell on Monday.")]
    [InlineData("The ceasefire held overnight, a peacekeeper said.")]
    [InlineData("A longtime whistleblower described the counterproductive policy.")]
    [InlineData("Lawmakers passed a nationwide ban on cyberattacks against hospitals.")]
    [InlineData("Policymakers fear a takeover by hardliners after the lockdown.")]
    [InlineData("The landlocked country relies on its neighbours' ports.")]
    [InlineData("Airstrikes hit the outskirts as the counteroffensive stalled.")]
    [InlineData("The ministerial meeting produced a communique on peacekeeping.")]
    [InlineData("Visit https://example.org/newsroom/pressrelease or write to press@ministry.example.")]
    [InlineData("The hashtag #StopTheWar trended as @UNGeneva posted an update.")]
    [InlineData("The F16s and 1990s-era tanks were listed in the report.")]
    [InlineData("The G20, MH17, covid19, mp3 files, 5km, 10kg, 3pm, the 20th and 1990s were all mentioned.")]
    [InlineData("The $1.2bn loan, 2bn euros, a 4x4 and F-16 jets, Su-25 aircraft and A4 paper.")]
    [InlineData("Thea, Clinton, Evans, Robinson and Jackson met; whoa, said the fora of experts on PowerPoint.")]
    [InlineData("UNHCR and UNICEF staff arrived; the IAEA and NATO observed.")]
    [InlineData("The iPhone, eBay, easyJet and mRNA vaccines were discussed.")]
    [InlineData("Residents of Saut-d’Eau and N’Djamena, O’Brien and d’Alembert.")]
    [InlineData("She said: “We will not accept this.” He didn't reply; they'd left.")]
    public void Leaves_ordinary_text_alone(string raw)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Empty(cleaned.Of(RepairKind.GluedWords));
        Assert.Equal(raw, cleaned.Text);
    }

    [Theory]
    [InlineData("YouTube")]
    [InlineData("TikTok")]
    [InlineData("WhatsApp")]
    [InlineData("LinkedIn")]
    [InlineData("PlayStation")]
    [InlineData("McDonald")]
    [InlineData("MacArthur")]
    [InlineData("DeSantis")]
    [InlineData("PowerPoint")]
    [InlineData("BlackRock")]
    [InlineData("LaGuardia")]
    [InlineData("McKinsey")]
    [InlineData("JPMorgan")]
    [InlineData("OpenAI")]
    [InlineData("SpaceX")]
    [InlineData("PayPal")]
    [InlineData("FedEx")]
    [InlineData("AstraZeneca")]
    [InlineData("GlaxoSmithKline")]
    [InlineData("ExxonMobil")]
    [InlineData("DiCaprio")]
    [InlineData("WikiLeaks")]
    public void Keeps_camel_case_names(string name)
    {
        var cleaned = Cleaner.Clean($"The report mentioned {name} twice.");
        Assert.Empty(cleaned.Of(RepairKind.GluedWords));
        Assert.Contains(" " + name + " ", cleaned.Text);
    }

    [Theory]
    [InlineData("The vote was postponed.The opposition walked out.", "postponed. The opposition", "postponed.The", "postponed. The")]
    [InlineData("Talks resumed with Mr.Haddad on Monday.", "Mr. Haddad", "Mr.Haddad", "Mr. Haddad")]
    [InlineData("Who will pay?Nobody knows yet.", "pay? Nobody", "pay?Nobody", "pay? Nobody")]
    public void Splits_sentences_run_together(string raw, string expected, string before, string after)
    {
        var cleaned = Cleaner.Clean(raw);
        Assert.Contains(expected, cleaned.Text);
        Assert.Contains(cleaned.Repairs, r => r.Kind == RepairKind.GluedWords && r.Before == before && r.After == after);
    }

    [Theory]
    [InlineData("Details are at www.Example.com and news.Example.org today.")]
    [InlineData("The U.S.Army and e.g.The cases, plus 3.5.Next stays.")]
    public void Leaves_dotted_names_alone(string raw) => Assert.Equal(raw, Cleaner.Clean(raw).Text);

    [Fact]
    public void Glue_before_a_camel_case_name_splits_only_the_glue()
    {
        var cleaned = Cleaner.Clean("Videos circulated onTikTok and viaWhatsApp.");
        Assert.Equal("Videos circulated on TikTok and via WhatsApp.", cleaned.Text);
    }

    [Fact]
    public void Glue_inside_hyphenated_and_punctuated_words_splits_the_word_only()
    {
        var cleaned = Cleaner.Clean("Police entered theKurdish-majority district ofKirkuk.");
        Assert.Equal("Police entered the Kurdish-majority district of Kirkuk.", cleaned.Text);
        Assert.Contains(cleaned.Repairs, r => r.Before == "theKurdish" && r.After == "the Kurdish");
        Assert.Contains(cleaned.Repairs, r => r.Before == "ofKirkuk" && r.After == "of Kirkuk");
    }
}
