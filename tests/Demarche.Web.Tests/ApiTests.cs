using System.IO.Compression;
using System.Text.Json;
using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Web.Tests;

/// <summary>The HTTP API on SQLite and on PostgreSQL (skipped when no server answers), through the in-memory test server.</summary>
public sealed class ApiTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    private Task<WebTestHost> Start(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        return WebTestHost.StartAsync(new WebOptions { Store = db.Target, StoreConnections = 3 });
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<long> Ingest(WebTestHost host, string sample, string date = "2025-03-10")
    {
        var (status, body, _) = await host.Post("/api/documents", new { text = Samples.Text(sample), date, source = sample });
        Assert.True(status == 200, body.ToString());
        var stored = body.GetProperty("stored")[0];
        Assert.Equal("stored", stored.GetProperty("outcome").GetString());
        return stored.GetProperty("id").GetInt64();
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task IngestedArticlesAreReadBackThroughEveryList(string backend)
    {
        await using var host = await Start(backend);
        long id = await Ingest(host, "01-baltic-sanctions.txt");
        await Ingest(host, "02-sahel-talks.txt");

        var doc = await host.GetJson($"/api/documents/{id}");
        Assert.Equal("demarche.analysis/1", doc.GetProperty("schema").GetString());
        Assert.True(doc.GetProperty("events").GetArrayLength() > 3);
        var text = doc.GetProperty("document").GetProperty("text").GetString()!;
        var q = doc.GetProperty("quotes")[0];
        Assert.Equal(q.GetProperty("text").GetString(), text[q.GetProperty("start").GetInt32()..q.GetProperty("end").GetInt32()]);

        Assert.Equal(2, (await host.GetJson("/api/stats")).GetProperty("documents").GetInt64());
        Assert.Equal(2, (await host.GetJson("/api/documents")).GetProperty("items").GetArrayLength());

        // every event once, a page of two at a time, newest first
        var all = (await host.GetJson("/api/events?actor=EU&limit=500")).GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.NotEmpty(all);
        var paged = new List<long>();
        string? cursor = null;
        do
        {
            var page = await host.GetJson("/api/events?actor=EU&limit=2" + (cursor is null ? "" : "&cursor=" + cursor));
            paged.AddRange(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetInt64()));
            cursor = page.GetProperty("next").GetString();
        } while (cursor is not null);
        Assert.Equal(all, paged);
        var first = (await host.GetJson("/api/events?actor=EU&sort=-goldstein&limit=1")).GetProperty("items")[0];
        Assert.Equal(id, first.GetProperty("document").GetInt64());
        Assert.NotEmpty(first.GetProperty("sentence").GetString()!);

        Assert.NotEqual(0, (await host.GetJson("/api/events/merged?actor=EU")).GetProperty("items").GetArrayLength());
        var profile = await host.GetJson("/api/actors/EU");
        Assert.NotEqual(0, profile.GetProperty("months").GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/actors/EU/counterparts")).GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/actors?q=european")).GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/quotes")).GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/stances")).GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/actors/EU/stances")).GetProperty("items").GetArrayLength());
        Assert.NotEqual(0, (await host.GetJson("/api/network?from=2025-01-01&to=2025-12-31")).GetArrayLength());
        var hits = (await host.GetJson("/api/search?q=shadow%20fleet")).GetProperty("items");
        Assert.Equal(id, hits[0].GetProperty("id").GetInt64());
    }

    /// <summary>Two documents written straight to the store (not through the analysis, whose coding may change): Nairobi in January, Kampala in May.</summary>
    private Task<WebTestHost> StartWithPlaces(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        Document Doc(string source, DateOnly published, string place, string country, double lat, double lon, string? precision)
        {
            var text = $"Kenya and Uganda met in {place} about the border. \"We agree,\" Kenya said.";
            var d = new Document(new DocumentInfo { Source = source, Published = published }, text);
            foreach (var k in new[] { "KEN", "UGA" }) d.Actors.Add(new Actor { Id = k, Name = k, Kind = ActorKind.State, Country = k, Code = k });
            d.Events.Add(new Event
            {
                Source = "KEN", Target = "UGA", Cameo = "036", Root = "03", Plover = "CONSULT", Quad = 1, Goldstein = 4, Date = published,
                DatePrecision = precision, Trigger = "met", Sentence = new SentenceRef(0, 40), Rule = "test",
                Location = new EventLocation(place, country, null, lat, lon, 24, 24 + place.Length),
            });
            d.Quotes.Add(new Quote { Text = "We agree,", Start = text.IndexOf("We", StringComparison.Ordinal), End = text.IndexOf("We", StringComparison.Ordinal) + 9, Kind = QuoteKind.Direct, Speaker = "KEN", Cue = "said" });
            d.Stances.Add(new Stance { Holder = "KEN", Topic = "the border", Polarity = StancePolarity.Support, Evidence = new Evidence(0, 10) });
            return d;
        }
        using (var store = db.Open())
            new DocumentWriter(store).Write([
                Doc("nairobi.txt", new DateOnly(2025, 1, 15), "Nairobi", "KEN", -1.2833, 36.8167, DatePrecisions.Month),
                Doc("kampala.txt", new DateOnly(2025, 5, 20), "Kampala", "UGA", 0.3156, 32.5656, null)]);
        return WebTestHost.StartAsync(new WebOptions { Store = db.Target, StoreConnections = 3 });
    }

    private static async Task<List<JsonElement>> Items(WebTestHost host, string path) =>
        (await host.GetJson(path)).GetProperty("items").EnumerateArray().ToList();

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task EventsSayWhereAndHowExactlyTheirDateIsKnownAndListsFilterByPlaceAndPublication(string backend)
    {
        await using var host = await StartWithPlaces(backend);
        var kenya = Assert.Single(await Items(host, "/api/events?country=KEN"));
        Assert.Equal(("Nairobi", "KEN", "month"), (kenya.GetProperty("place").GetString(), kenya.GetProperty("placeCountry").GetString(), kenya.GetProperty("datePrecision").GetString()));
        var near = Assert.Single(await Items(host, "/api/events?near=Kampala&km=30"));
        Assert.Equal(("Kampala", "day"), (near.GetProperty("place").GetString(), near.GetProperty("datePrecision").GetString()));
        Assert.Equal("Nairobi", Assert.Single(await Items(host, "/api/events?near=-1.3,36.8")).GetProperty("place").GetString());
        Assert.Empty(await Items(host, "/api/events?near=-4.05,39.67&km=50")); // Mombasa, 440 km from Nairobi
        Assert.Equal("UGA", Assert.Single(await Items(host, "/api/events/merged?country=uga")).GetProperty("placeCountry").GetString());
        Assert.Contains(",date_precision,place,place_country", await host.Client.GetStringAsync("/api/events/csv?country=KEN", Ct));
        Assert.Contains("Nairobi,KEN", await host.Client.GetStringAsync("/api/events/csv?country=KEN", Ct));

        Assert.Equal(2, (await Items(host, "/api/quotes")).Count);
        Assert.Equal("2025-05-20", Assert.Single(await Items(host, "/api/quotes?from=2025-05-01")).GetProperty("published").GetString());
        Assert.Equal(1, Assert.Single(await Items(host, "/api/stances?to=2025-02-01")).GetProperty("articles").GetInt32());
        Assert.Equal(2, Assert.Single(await Items(host, "/api/stances")).GetProperty("articles").GetInt32());
        Assert.Equal("kampala.txt", Assert.Single(await Items(host, "/api/search?q=border&from=2025-05-01")).GetProperty("source").GetString());
        Assert.Equal(2, (await Items(host, "/api/search?q=border")).Count);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ExportsStreamTheCliFormats(string backend)
    {
        await using var host = await Start(backend);
        await Ingest(host, "01-baltic-sanctions.txt");
        var gdelt = await host.Client.GetStringAsync("/api/export/gdelt-csv", Ct);
        Assert.StartsWith("GlobalEventID,Day,", gdelt);
        Assert.True(gdelt.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length > 2);
        var jsonl = await host.Client.GetStringAsync("/api/export/jsonl", Ct);
        Assert.Equal("demarche.analysis/1", JsonDocument.Parse(jsonl.Split('\n')[0]).RootElement.GetProperty("schema").GetString());
        Assert.Contains("\"cameo\"", await host.Client.GetStringAsync("/api/export/plover", Ct));
        var csv = await host.Client.GetStringAsync("/api/events/csv?actor=EU", Ct);
        Assert.StartsWith("id,document,date,", csv);
        var zip = new ZipArchive(new MemoryStream(await host.Client.GetByteArrayAsync("/api/export/parquet", Ct)));
        Assert.Contains("events.parquet", zip.Entries.Select(e => e.Name));
    }

    [Fact]
    public async Task AnalysingStoresNothing()
    {
        await using var host = await Start(Backends.Sqlite);
        var (status, body, _) = await host.Post("/api/analyze", new { text = Samples.Text("02-sahel-talks.txt"), date = "2025-03-10" });
        Assert.Equal(200, status);
        var doc = body.GetProperty("documents")[0];
        Assert.Equal("demarche.analysis/1", doc.GetProperty("schema").GetString());
        Assert.NotEqual(0, doc.GetProperty("actors").GetArrayLength());
        var html = await host.Post("/api/analyze", new { html = "<html><body><article><h1>Talks</h1><p>Mali and Algeria held talks in Algiers on Monday, officials said.</p></article></body></html>" });
        Assert.Equal(200, html.Status);
        Assert.Equal(0, (await host.GetJson("/api/stats")).GetProperty("documents").GetInt64());
    }

    [Theory]
    [InlineData("/api/events?cursor=zzz", 400)]
    [InlineData("/api/events?sort=title", 400)]
    [InlineData("/api/events?from=yesterday", 400)]
    [InlineData("/api/events?near=Nowhereville%20Xq", 400)]
    [InlineData("/api/events?near=Nairobi&km=-5", 400)]
    [InlineData("/api/quotes?from=soon", 400)]
    [InlineData("/api/documents/99999", 404)]
    [InlineData("/api/export/xml", 400)]
    [InlineData("/api/search", 400)]
    public async Task ErrorsAreProblemDetails(string path, int status)
    {
        await using var host = await Start(Backends.Sqlite);
        var r = await host.Client.GetAsync(path, Ct);
        Assert.Equal(status, (int)r.StatusCode);
        Assert.Equal("application/problem+json", r.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await r.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.DoesNotContain("   at ", problem.ToString());
    }

    [Fact]
    public async Task BadAnalysisInputsAreProblems()
    {
        await using var host = await Start(Backends.Sqlite);
        var none = await host.Post("/api/analyze", new { date = "2025-01-01" });
        Assert.Equal((400, "application/problem+json"), (none.Status, none.Type));
        var two = await host.Post("/api/analyze", new { text = "a", html = "<p>b</p>" });
        Assert.Equal(400, two.Status);
        foreach (var url in new[] { "file:///etc/passwd", "ftp://example.org/a", "gopher://x/" })
        {
            var r = await host.Post("/api/analyze", new { url });
            Assert.Equal(400, r.Status);
            Assert.Contains("http", r.Body.GetProperty("detail").GetString());
        }
        var empty = await host.Post("/api/documents", new { text = "   " });
        Assert.Equal(422, empty.Status);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesTheApiAndItsReferencePageIsServed()
    {
        await using var host = await Start(Backends.Sqlite);
        var doc = await host.GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var p in new[] { "/api/events", "/api/events/merged", "/api/documents", "/api/documents/{id}", "/api/analyze", "/api/actors/{id}", "/api/search", "/api/export/{format}", "/api/network" })
            Assert.Contains(p, paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/_"));
        var page = await host.Client.GetAsync("/scalar/", Ct);
        Assert.True(page.IsSuccessStatusCode);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("cdn.jsdelivr", html);
        Assert.DoesNotContain("fonts.scalar.com", html);
    }
}
