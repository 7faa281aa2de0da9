using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Pipeline;
using Demarche.Tests;

namespace Demarche.Places.Tests;

/// <summary>
/// ActionGeo country and place against hand annotations: the articles written for these tests (locations.tsv; t-* were
/// used while building the locator, h-* held out) and 12 articles of ../shared/examples/dev (dev-locations.tsv).
/// </summary>
public sealed class AnnotatedLocationTests
{
    private static readonly Lazy<Analyzer> Analyzer = new(() => Pipeline.Analyzer.CreateDefault());
    private static string Here(string name) => Path.Combine(AppContext.BaseDirectory, name);

    private static Document Analyze(string path, DateOnly? published = null)
    {
        var item = new InputReader().Read(path).Single();
        var result = Analyzer.Value.Analyze(item, new AnalyzeOptions(published));
        return result.Document ?? throw new InvalidOperationException(result.Error);
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));

    private static (string? Country, string[] Places) Gold(string country, string place) =>
        (country == "none" ? null : country, place == "-" ? [] : place.Split('|'));

    /// <summary>Scores the events of our own articles whose sentence holds the annotated words.</summary>
    public static LocationScore ScoreOwn(bool heldOut)
    {
        var score = new LocationScore();
        foreach (var article in Rows(Here("locations.tsv")).GroupBy(r => r[0]).Where(g => g.Key.StartsWith('h') == heldOut))
        {
            var doc = Analyze(Here(Path.Combine("articles", article.Key + ".txt")), new DateOnly(2025, 6, 1));
            foreach (var row in article)
            {
                var (country, places) = Gold(row[2], row[3]);
                foreach (var e in doc.Events.Where(e => doc.Slice(e.Sentence.Start, e.Sentence.End).Contains(row[1], StringComparison.Ordinal)))
                {
                    int before = score.WrongCountries.Count;
                    score.Add(e.Location, country, places);
                    if (score.WrongCountries.Count > before)
                        score.WrongCountries[^1] = $"{article.Key} '{row[1]}' {e.Source}>{e.Target}:{e.Cameo} placed {score.WrongCountries[^1]}";
                }
            }
        }
        return score;
    }

    [Fact]
    public void Own_articles_place_events_in_the_right_country()
    {
        var tuned = ScoreOwn(heldOut: false);
        var held = ScoreOwn(heldOut: true);
        TestContext.Current.TestOutputHelper?.WriteLine($"own articles, used while building: {tuned}");
        TestContext.Current.TestOutputHelper?.WriteLine($"own articles, held out: {held}");
        var all = new LocationScore
        {
            Events = tuned.Events + held.Events, Given = tuned.Given + held.Given, Gold = tuned.Gold + held.Gold,
            CountryRight = tuned.CountryRight + held.CountryRight, PlaceRight = tuned.PlaceRight + held.PlaceRight,
        };
        TestContext.Current.TestOutputHelper?.WriteLine($"own articles, all: {all}");
        foreach (var miss in tuned.WrongCountries.Concat(held.WrongCountries)) TestContext.Current.TestOutputHelper?.WriteLine("  wrong country: " + miss);
        Assert.True(all.Events >= 30, $"too few events scored: {all}");
        Assert.True(all.CountryPrecision >= 0.85, all.ToString());
        Assert.True(all.CountryRecall >= 0.70, all.ToString());
    }
}

/// <summary>ActionGeo on ../shared/examples/dev: each gold event matched to a produced event (same root, source and target).</summary>
public sealed class DevLocationTests
{
    private static string Here(string name) => Path.Combine(AppContext.BaseDirectory, name);

    public static LocationScore ScoreDev(string shared)
    {
        var score = new LocationScore();
        var analyzer = Pipeline.Analyzer.CreateDefault();
        foreach (var article in File.ReadLines(Here("dev-locations.tsv")).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).GroupBy(r => r[0]))
        {
            var dir = Path.Combine(shared, "examples", "dev");
            var goldFile = Path.Combine(dir, article.Key + ".gold.json");
            var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(goldFile)).RootElement;
            var docPath = new[] { ".txt", ".html" }.Select(x => Path.Combine(dir, article.Key + x)).First(File.Exists);
            DateOnly? published = gold.TryGetProperty("published", out var p) && p.ValueKind == System.Text.Json.JsonValueKind.String ? DateOnly.Parse(p.GetString()!) : null;
            var doc = analyzer.Analyze(new Demarche.Input.InputReader().Read(docPath).Single(), new AnalyzeOptions(published)).Document!;
            var actors = doc.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
            var rows = article.ToDictionary(r => r[1], r => (Country: r[2], Place: r[3]));
            var used = new HashSet<Event>();
            int i = 0;
            foreach (var ge in gold.GetProperty("events").EnumerateArray())
            {
                int index = i++;
                var row = rows.GetValueOrDefault(index.ToString(System.Globalization.CultureInfo.InvariantCulture), rows["*"]);
                if (row.Country == "?") continue;
                var match = doc.Events.FirstOrDefault(e => !used.Contains(e) && Fits(ge, "roots", e.Root) && Side(ge, "source", e.Source, actors) && Side(ge, "target", e.Target, actors));
                if (match is null) continue;
                used.Add(match);
                score.Add(match.Location, row.Country == "none" ? null : row.Country, row.Place == "-" ? [] : row.Place.Split('|'));
            }
        }
        return score;
    }

    private static bool Fits(System.Text.Json.JsonElement e, string name, string value) =>
        e.TryGetProperty(name, out var list) && list.EnumerateArray().Any(x => x.GetString() == value);

    private static bool Side(System.Text.Json.JsonElement e, string name, string? actor, Dictionary<string, Actor> actors)
    {
        if (!e.TryGetProperty(name, out var list) || list.ValueKind != System.Text.Json.JsonValueKind.Array) return actor is null;
        var want = list.EnumerateArray().Select(x => x.GetString()?.ToUpperInvariant()).ToHashSet();
        if (want.Contains("*")) return true;
        if (actor is null || !actors.TryGetValue(actor, out var a)) return false;
        return new[] { a.Id, a.Code, a.Country, a.Affiliation }.Any(k => k is not null && want.Contains(k.ToUpperInvariant()));
    }

    [Fact]
    public void Dev_examples_location_scores_are_reported()
    {
        var shared = Demarche.Tests.SharedFolder.Require();
        var score = ScoreDev(shared);
        TestContext.Current.TestOutputHelper?.WriteLine($"examples/dev (12 articles): {score}");
        Assert.True(score.Events >= 40, score.ToString());
        Assert.True(score.CountryPrecision >= 0.6, score.ToString());
    }
}
