using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Pipeline;

namespace Demarche.Places.Tests;

/// <summary>The locator on sentences written for it: ambiguous names, surnames, streets, datelines, alternate spellings.</summary>
public sealed class PlaceTests
{
    private static readonly Lazy<Analyzer> Analyzer = new(() => Pipeline.Analyzer.CreateDefault());
    private static Gazetteer G => Gazetteer.Default;

    private static Document Analyze(string text)
    {
        InputItem item = new RawDocument { Source = "test.txt", Content = text, Format = ContentFormat.Text };
        return Analyzer.Value.Analyze(item, new AnalyzeOptions(new DateOnly(2025, 6, 1))).Document!;
    }

    /// <summary>The place mentions the finder reads in every sentence of the text (events or not).</summary>
    private static List<(string Words, Place? Place)> Mentions(string text)
    {
        var doc = Analyze(text);
        var actors = doc.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var found = doc.Sentences.SelectMany(s => new PlaceMentionFinder(G).Find(doc, s, doc.Get<MentionIndex>(), actors)).ToList();
        var geo = new ArticleGeography(found, doc.Actors);
        return found.Select(m => (doc.Slice(m.Start, m.End), PlaceResolver.Choose(m, geo))).ToList();
    }

    private static PlaceMention Named(string name, Place? qualifier = null) => new(0, name.Length, G.Find(PlaceNames.Key(name))) { Qualifier = qualifier };

    [Fact]
    public void ParisInATexasStoryIsParisTexas()
    {
        var texas = Named("Texas");
        var geo = new ArticleGeography([texas], []);
        var paris = PlaceResolver.Choose(Named("Paris"), geo)!;
        Assert.Equal(("USA", "TX"), (paris.Country, paris.Admin1));
        Assert.Contains(Mentions("Storm\n\nA storm hit towns in Texas on Monday. Officials in Paris said two people were hurt."), m => m.Place is { Name: "Paris", Country: "USA" });
    }

    [Fact]
    public void ParisElsewhereIsTheCapitalOfFrance()
    {
        var paris = PlaceResolver.Choose(Named("Paris"), new ArticleGeography([], []))!;
        Assert.Equal(("Paris", "FRA"), (paris.Name, paris.Country));
        Assert.InRange(paris.Lat!.Value, 48.8, 48.9);
        var where = Analyze("Talks\n\nIran and Germany held talks in Paris on Monday, diplomats said.").Events.First().Location!;
        Assert.Equal(("Paris", "FRA", 48.8534), (where.Name, where.Country, where.Lat));
    }

    [Fact]
    public void AQualifierChoosesThePlace()
    {
        var texas = G.Find("texas").First(p => p.Kind == PlaceKind.Region);
        Assert.Equal("USA", PlaceResolver.Choose(Named("Paris", texas), new ArticleGeography([], []))!.Country);
        Assert.Contains(Mentions("Visit\n\nThe consul met officials in Paris, Texas, on Monday."), m => m.Place is { Name: "Paris", Country: "USA", Admin1: "TX" });
    }

    [Fact]
    public void ASmallTownNeedsItsCountryNamedAsAPlace()
    {
        // Paris, Texas has 25,000 people: not taken without Texas or the United States named as a place
        var onlyUs = G.Find("paris").Where(p => p.Country == "USA").ToList();
        Assert.Null(PlaceResolver.Choose(new PlaceMention(0, 5, onlyUs), new ArticleGeography([], [])));
    }

    [Fact]
    public void NoPlaceFromAPersonsSurnameAStreetOrAnArmedGroup()
    {
        var mentions = Mentions("Riots\n\nPolice detained protesters on Rustaveli Avenue in Tbilisi. Michael Jordan spoke in London. "
            + "Officials said police on Baker Street in Paris arrested a man. Eritrea supplied weapons to Fano militiamen.");
        Assert.DoesNotContain(mentions, m => m.Place?.Country == "JOR");
        Assert.DoesNotContain(mentions, m => m.Words.StartsWith("Rustaveli", StringComparison.Ordinal) || m.Words.StartsWith("Baker", StringComparison.Ordinal));
        Assert.DoesNotContain(mentions, m => m.Words == "Fano");
        Assert.Contains(mentions, m => m.Place?.Name == "Tbilisi");
        Assert.Contains(mentions, m => m.Place?.Name == "London");
    }

    [Fact]
    public void TheDatelinePlacesEventsWhoseSentenceNamesNoPlace()
    {
        var where = Analyze("Accord\n\nNAIROBI, Kenya (Wire) — Kenya accused Somalia on Tuesday of violating the accord.").Events.First().Location!;
        Assert.Equal(("Nairobi", "KEN"), (where.Name, where.Country));
        var dateline = Dateline.Find("Talks\n\nADDIS ABABA, Oct 8 (Meridian Wire) — The African Union said on Tuesday it would send mediators.", G);
        Assert.Contains(dateline!.Candidates, p => p.Name == "Addis Ababa");
        Assert.Null(Dateline.Find("Talks\n\nThe African Union said on Tuesday it would send mediators — to both capitals.", G));
    }

    [Fact]
    public void AnAttackedCapitalIsWhereTheAttackHappened()
    {
        var where = Analyze("War\n\nRussian forces shelled Kiev on Sunday, Ukraine said.").Events.First().Location!;
        Assert.Equal(("Kyiv", "UKR"), (where.Name, where.Country));
    }

    [Fact]
    public void ACountryNamedAsAPlaceIsTheCountry()
    {
        var where = Analyze("Aid\n\nKenya sent police officers to Haiti last week.").Events.First().Location!;
        Assert.Equal(("Haiti", "HTI", null), (where.Name, where.Country, where.Admin1));
    }

    [Fact]
    public void TheGazetteerLoadsItsFiles()
    {
        Assert.True(G.Count > 40_000, "places: " + G.Count);
        Assert.Contains(G.Find("tripoli"), p => p.Country == "LBN");
        Assert.Contains(G.Find("texas"), p => p.Kind == PlaceKind.Region && p.Admin1 == "TX");
        Assert.Contains(G.Find("rafah"), p => p.Country == "PSE"); // Rafaḩ, diacritics folded
        Assert.Equal("Kyiv", PlaceLookup.Find(G, "Kiev")!.Name);
        Assert.Equal("USA", PlaceLookup.Find(G, "Paris, Texas")!.Country);
        Assert.Equal("FRA", PlaceLookup.Find(G, "Paris")!.Country);
    }
}
