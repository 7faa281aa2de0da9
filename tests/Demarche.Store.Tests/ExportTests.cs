using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>Every test runs on SQLite and on PostgreSQL (skipped when no server answers; see <see cref="TestPostgres"/>).</summary>
public sealed class ExportTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    private DemarcheStore Filled(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        var s = db.Open();
        var d = new Document(new DocumentInfo { Source = "a.txt", Id = "abc", Url = "https://example.org/a", Published = new DateOnly(2025, 6, 11) },
            "Kenya, the host, said the talks were useful. \"We will meet again,\" Ruto said.",
            [new Repair(0, 5, RepairKind.GluedWords, "Kenya,the", "Kenya, the")]);
        d.Actors.Add(new Actor { Id = "KEN", Name = "Kenya", Kind = ActorKind.State, Country = "KEN", Code = "KEN", Mentions = { new Mention(0, 5, "Kenya") } });
        d.Actors.Add(new Actor { Id = "person:william-ruto", Name = "William Ruto", Kind = ActorKind.Person, Country = "KEN", Code = "KENGOV", Affiliation = "KEN", Mentions = { new Mention(68, 72, "Ruto") } });
        d.Actors.Add(new Actor { Id = "RSF", Name = "Rapid Support Forces", Kind = ActorKind.ArmedGroup, Country = "SDN", Code = "SDNREB" });
        d.Sentences = [new Demarche.Core.Text.Sentence(0, 45, 0, 0), new Demarche.Core.Text.Sentence(46, 77, 0, 0)];
        d.Events.Add(new Event
        {
            Source = "person:william-ruto", Target = "RSF", Cameo = "036", Root = "03", Plover = "AGREE", Quad = 1, Goldstein = 4.0, Date = new DateOnly(2025, 6, 10),
            DatePrecision = DatePrecisions.Day, Trigger = "will meet", Hypothetical = false, Sentence = new SentenceRef(46, 77), Rule = "meet",
            Location = new EventLocation("Nairobi", "KEN", "05", -1.28333, 36.81667, 0, 5),
        });
        d.Quotes.Add(new Quote { Text = "We will meet again,", Start = 47, End = 66, Kind = QuoteKind.Direct, Speaker = "person:william-ruto", SpeakerText = "Ruto", Cue = "said" });
        d.Quantities.Add(new Quantity { Value = 2, Category = QuantityCategory.Other, Unit = "people", Start = 0, End = 1 });
        d.Stances.Add(new Stance { Holder = "KEN", Topic = "the talks", Polarity = StancePolarity.Support, Evidence = new Evidence(0, 45) });
        new DocumentWriter(s).Write([d]);
        return s;
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void GdeltCsvHasTheSixtyOneColumnsAndRollsPersonsUpToTheirState(string backend)
    {
        using var s = Filled(backend);
        var w = new StringWriter();
        Assert.Equal(1, new Exporter(s).GdeltCsv(w));
        var lines = w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(61, Exporter.GdeltColumns.Length);
        Assert.Equal(string.Join(',', Exporter.GdeltColumns), lines[0].TrimEnd('\r'));
        var cells = System.Text.RegularExpressions.Regex.Matches(lines[1].TrimEnd('\r') + ",", "(\"(?:[^\"]|\"\")*\"|[^,]*),").Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(61, cells.Length);
        Assert.Equal("\"Nairobi, Kenya\"", cells[52]);
        Assert.Equal("20250610", cells[1]);
        Assert.Equal("KENGOV", cells[5]);
        Assert.Equal("KEN", cells[7]);
        Assert.Equal("GOV", cells[12]);
        Assert.Equal("RSF", cells[18]);
        Assert.Equal("036", cells[26]);
        Assert.Equal("03", cells[28]);
        Assert.Equal("1", cells[31]);
        Assert.Equal("https://example.org/a", cells[60]);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void JsonLinesExportReadsBackEveryLayer(string backend)
    {
        using var s = Filled(backend);
        var d = Assert.Single(new DocumentReader(s).All());
        Assert.Equal("abc", d.Info.Id);
        Assert.Equal(new DateOnly(2025, 6, 11), d.Info.Published);
        Assert.Single(d.Repairs);
        Assert.Equal(3, d.Actors.Count);
        Assert.Equal("Ruto", d.Actors[1].Mentions.Single().Text);
        Assert.Equal("036", d.Events.Single().Cameo);
        Assert.Equal("person:william-ruto", d.Quotes.Single().Speaker);
        Assert.Single(d.Quantities);
        Assert.Equal("the talks", d.Stances.Single().Topic);
        var json = Demarche.Core.Contract.AnalysisJson.Serialize(d);
        Assert.Contains("\"schema\":\"demarche.analysis/1\"", json);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void PloverRecordsCarryTypeAndCounts(string backend)
    {
        using var s = Filled(backend);
        var w = new StringWriter();
        Assert.Equal((1, 0, 0), new Exporter(s).Plover(w));
        var rec = System.Text.Json.JsonDocument.Parse(w.ToString()).RootElement;
        Assert.Equal("AGREE", rec.GetProperty("event")[0].GetString());
        Assert.Equal(1, rec.GetProperty("quad_code").GetInt32());
        Assert.Equal("2025-06-10", rec.GetProperty("date").GetString());
        var source = rec.GetProperty("source")[0];
        Assert.Equal("KEN", source.GetProperty("code").GetString());
        Assert.Equal("GOV", source.GetProperty("sector").GetString());
        Assert.Equal("William Ruto", source.GetProperty("actor_text").GetString());
        Assert.Equal("SDN", rec.GetProperty("recipient")[0].GetProperty("code").GetString());
        Assert.Equal("will meet", rec.GetProperty("event_text")[0].GetString());
        Assert.Equal(1, rec.GetProperty("mentions").GetInt32());
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void GdeltExportIsTabSeparatedWithoutHeaderAndPlacesTheEvent(string backend)
    {
        using var s = Filled(backend);
        var w = new StringWriter();
        Assert.Equal(1, new Exporter(s).GdeltEvents(w));
        var line = Assert.Single(w.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var cells = line.Split('\t');
        Assert.Equal(61, cells.Length);
        Assert.Equal("20250610", cells[1]);
        Assert.Equal("KENGOV", cells[5]);
        Assert.Equal("WILLIAM RUTO", cells[6]);
        Assert.Equal("KEN", cells[7]);
        Assert.Equal("GOV", cells[12]);
        Assert.Equal("REB", cells[22]);
        Assert.Equal("1", cells[25]); // a text of one paragraph is all lead
        Assert.Equal("4", cells[51]);
        Assert.Equal("Nairobi, Kenya", cells[52]);
        Assert.Equal("KE", cells[53]);
        Assert.Equal("-1.2833", cells[56]);
        Assert.Equal("https://example.org/a", cells[60]);
        var mentions = new StringWriter();
        Assert.Equal(1, new Exporter(s).GdeltMentions(mentions));
        var m = mentions.ToString().TrimEnd('\n').Split('\t');
        Assert.Equal(16, m.Length);
        Assert.Equal(cells[0], m[0]);
        Assert.Equal("2", m[6]);
        Assert.Equal("68", m[7]);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void EventsFilterByPlaceAndExportTakesTheFilters(string backend)
    {
        using var s = Filled(backend);
        var q = new StoreQueries(s);
        Assert.Single(q.Events(new EventFilter { Country = "KEN" }));
        Assert.Empty(q.Events(new EventFilter { Country = "FRA" }));
        Assert.Single(q.Events(new EventFilter { Near = (-1.0, 36.9), NearKm = 50 }));
        Assert.Empty(q.Events(new EventFilter { Near = (-4.05, 39.67), NearKm = 50 })); // Mombasa is 440 km away
        Assert.Equal("day", q.Events(new EventFilter()).Single().DatePrecision);
        Assert.Equal(0, new Exporter(s, new EventFilter { Code = "19" }).GdeltEvents(new StringWriter()));
        Assert.Equal(1, new Exporter(s, new EventFilter { From = new DateOnly(2025, 6, 1), To = new DateOnly(2025, 6, 30) }).GdeltEvents(new StringWriter()));
        var timeline = q.Timeline(new EventFilter(), TimelineUnit.Week);
        Assert.Equal(new TimelineRow("2025-06-09", 1, 1), Assert.Single(timeline));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void ProfileCountsEventsByQuadAndListsStancesAndQuotes(string backend)
    {
        using var s = Filled(backend);
        var p = new ProfileQueries(s).Profile("KEN");
        var month = Assert.Single(p.Months);
        Assert.Equal("2025-06", month.Month);
        Assert.Equal(1, month.Given[1]);
        Assert.Single(p.Stances);
        Assert.Single(p.Quotes);
        var rsf = new ProfileQueries(s).Profile("RSF");
        Assert.Equal(1, rsf.Months.Single().Received[1]);
    }
}
