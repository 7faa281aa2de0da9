using Demarche.Core.Model;
using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>Every test runs on SQLite and on PostgreSQL (skipped when no server answers; see <see cref="TestPostgres"/>).</summary>
public sealed class StoreTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-store-").FullName;
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private TestDatabase Database(string backend)
    {
        var d = TestDatabase.Create(backend);
        _databases.Add(d);
        return d;
    }

    private DemarcheStore Open(string backend) => Database(backend).Open();

    private static Document Doc(string source, string text, DateOnly? published = null, params Event[] events)
    {
        var d = new Document(new DocumentInfo { Source = source, Published = published ?? new DateOnly(2025, 6, 11) }, text);
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Code = "FRA", Mentions = { new Mention(0, 6, "France") } });
        d.Actors.Add(new Actor { Id = "person:emmanuel-macron", Name = "Emmanuel Macron", Kind = ActorKind.Person, Country = "FRA", Code = "FRAGOV" });
        d.Actors.Add(new Actor { Id = "PSE", Name = "Palestine", Kind = ActorKind.State, Country = "PSE", Code = "PSE" });
        d.Events.AddRange(events);
        return d;
    }

    private static Event Recognise(string source = "FRA", DateOnly? date = null) => new()
    {
        Source = source, Target = "PSE", Cameo = "0531", Root = "05", Plover = "AGREE", Quad = 1, Goldstein = 3.5,
        Date = date ?? new DateOnly(2025, 6, 10), Trigger = "recognise", Sentence = new SentenceRef(0, 20), Rule = "recognise",
    };

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void MigrationsAreAppliedOnceAndRecorded(string backend)
    {
        var db = Database(backend);
        string[] all = ["0001_initial", "0002_fulltext", "0003_profile_indexes", "0004_document_indexes", "0005_actor_months", "0006_event_place_and_precision", "0007_feeds", "0008_event_sentences", "0009_stance_topics"];
        using (var s = db.Open()) Assert.Equal(all, s.AppliedMigrations());
        using (var s = db.Open()) Assert.Equal(all.Length, s.AppliedMigrations().Count); // opening again applies none twice
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void SameContentIsStoredOnce(string backend)
    {
        using var s = Open(backend);
        var w = new DocumentWriter(s);
        var first = w.Write([Doc("a.txt", "France may recognise Palestine soon, officials said on Tuesday in Paris.")]);
        var again = w.Write([Doc("copy.txt", "France may recognise Palestine soon, officials said on Tuesday in Paris.")]);
        Assert.Equal(WriteOutcome.Stored, first[0].Outcome);
        Assert.Equal(WriteOutcome.Duplicate, again[0].Outcome);
        Assert.Equal(1, new StoreQueries(s).Stats().Documents);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void NearCopiesAreLinkedToTheFirst(string backend)
    {
        var body = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"Sentence {i} tells how the ministers met in Geneva to discuss the border and the truce."));
        using var s = Open(backend);
        var w = new DocumentWriter(s);
        var a = w.Write([Doc("a.txt", body)])[0];
        var b = w.Write([Doc("b.txt", body + " Additional reporting by a correspondent.")])[0];
        Assert.Equal(WriteOutcome.NearDuplicate, b.Outcome);
        Assert.Equal(a.RowId, b.DuplicateOf);
        var c = w.Write([Doc("c.txt", "A completely different story about rainfall in the Andes and farmers who need water.")])[0];
        Assert.Equal(WriteOutcome.Stored, c.Outcome);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void SameEventFromSeveralArticlesIsOneRowWithCounts(string backend)
    {
        using var s = Open(backend);
        var w = new DocumentWriter(s);
        w.Write([
            Doc("a.txt", "France could recognise Palestine, Macron said in one report.", null, Recognise()),
            Doc("b.txt", "In another report, Macron said France would recognise Palestine.", null, Recognise("person:emmanuel-macron"), Recognise()),
        ]);
        var rows = new StoreQueries(s).Events(new EventFilter { Actor = "FRA" });
        var row = Assert.Single(rows);
        Assert.Equal(("FRA", "PSE", "0531"), (row.Source, row.Target, row.Cameo));
        Assert.Equal(3, row.Mentions);
        Assert.Equal(2, row.Articles);
        Assert.Empty(new StoreQueries(s).Events(new EventFilter { Code = "19" }));
        Assert.Single(new StoreQueries(s).Events(new EventFilter { Code = "05", From = new DateOnly(2025, 6, 1), To = new DateOnly(2025, 6, 30) }));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void FullTextSearchFindsWordsAndSurvivesOddQueries(string backend)
    {
        using var s = Open(backend);
        new DocumentWriter(s).Write([Doc("a.txt", "The shadow fleet of tankers was sanctioned in Brussels.")]);
        var q = new StoreQueries(s);
        Assert.Single(q.Search("shadow fleet"));
        Assert.Empty(q.Search("rainfall"));
        Assert.Empty(q.Search("\" OR NEAR( * -"));
        var hit = Assert.Single(q.Search("\"shadow fleet\" tankers"));
        Assert.Contains("[", hit.Snippet);
        Assert.Empty(q.Search("\"fleet shadow\""));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void TextFiltersTakeWildcardsLiterally(string backend)
    {
        using var s = Open(backend);
        var d = Doc("a.txt", "France could recognise Palestine by 50% of the votes, Macron said.", null, Recognise());
        d.Quotes.Add(new Quote { Text = "by 50% of the votes", Start = 33, End = 52, Kind = QuoteKind.Indirect, Speaker = "person:emmanuel-macron", SpeakerText = "Macron", Cue = "said" });
        new DocumentWriter(s).Write([d]);
        var q = new StoreQueries(s);
        Assert.Single(q.Events(new EventFilter { Text = "FRANCE could" }));
        Assert.Empty(q.Events(new EventFilter { Text = "France_could" }));
        var p = new ProfileQueries(s);
        Assert.Single(p.Quotes(null, "50%"));
        Assert.Empty(p.Quotes(null, "5_%"));
        Assert.Single(p.Quotes("macron", null));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void ItemsReadBackInTheOrderTheyWereWritten(string backend)
    {
        using var s = Open(backend);
        var d = new Document(new DocumentInfo { Source = "a.txt" }, "France and Palestine talked.",
            [new Repair(6, 7, RepairKind.Whitespace, "\u00a0", " "), new Repair(0, 0, RepairKind.Whitespace, "\u0000\u200b", "")]);
        d.Actors.Add(new Actor { Id = "PSE", Name = "Palestine", Kind = ActorKind.State, Country = "PSE", Mentions = { new Mention(11, 20, "Palestine") } });
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Mentions = { new Mention(0, 6, "France") } });
        d.Actors.Add(new Actor { Id = "PSE", Name = "Palestine again", Kind = ActorKind.State });
        new DocumentWriter(s).Write([d]);
        var back = Assert.Single(new DocumentReader(s).All());
        Assert.Equal(["PSE", "FRA"], back.Actors.Select(a => a.Id));
        Assert.Equal("Palestine", back.Actors[0].Name);
        Assert.Equal([(6, 7), (0, 0)], back.Repairs.Select(r => (r.Start, r.End)));
        Assert.EndsWith("\u200b", back.Repairs[1].Before); // U+0000 itself cannot be stored in PostgreSQL text
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task IngestingTheSamplesTwiceStoresEachDocumentOnce(string backend)
    {
        var samples = Path.Combine(SharedFolder.RepoRoot, "samples");
        using var s = Open(backend);
        var first = await new IngestRunner(Analyzer.CreateDefault(), s, new IngestOptions { Workers = 2, BatchSize = 2 }).RunAsync([samples], null, TestContext.Current.CancellationToken);
        var second = await new IngestRunner(Analyzer.CreateDefault(), s, new IngestOptions { Workers = 2, BatchSize = 2 }).RunAsync([samples], null, TestContext.Current.CancellationToken);
        Assert.True(first.Stored >= 4);
        Assert.Equal(0, second.Stored);
        Assert.Equal(first.Stored, second.Duplicates);
        Assert.Equal(first.Stored, new StoreQueries(s).Stats().Documents);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public async Task ABadFileIsReportedAndTheBatchGoesOn(string backend)
    {
        var input = Path.Combine(_dir, "in");
        Directory.CreateDirectory(input);
        File.WriteAllBytes(Path.Combine(input, "bad.txt"), [0, 1, 2, 3, 0, 0]);
        File.WriteAllText(Path.Combine(input, "good.txt"), "Kenya sent police officers to Haiti on Monday.");
        using var s = Open(backend);
        var p = await new IngestRunner(Analyzer.CreateDefault(), s, new IngestOptions { Workers = 1 }).RunAsync([input], null, TestContext.Current.CancellationToken);
        Assert.Equal(1, p.Stored);
        Assert.Equal(1, p.Failed);
        Assert.Contains(p.Failures, f => f.Source == "bad.txt" && f.Reason.Contains("binary"));
    }
}
