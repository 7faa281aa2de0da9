using System.Diagnostics;
using Demarche.Core.Model;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>Store cases that once failed: migration races, text sliced in SQL, undated events, negated search words.</summary>
public sealed class StoreSafetyTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("demarche-safety-").FullName;
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dir, true); } catch (IOException) { }
    }

    private TestDatabase Database(string backend)
    {
        var d = TestDatabase.Create(backend);
        _databases.Add(d);
        return d;
    }

    [Fact]
    public void FirstOpensOfANewSqliteStoreAtOnceAllSucceed()
    {
        for (int round = 0; round < 5; round++)
        {
            var path = Path.Combine(_dir, $"race{round}.db");
            var errors = new List<Exception>();
            var threads = Enumerable.Range(0, 5).Select(_ => new Thread(() =>
            {
                try { using var s = DemarcheStore.Open(path); }
                catch (Exception e) { lock (errors) errors.Add(e); }
            })).ToList();
            threads.ForEach(t => t.Start());
            threads.ForEach(t => t.Join());
            Assert.Empty(errors);
            using var store = DemarcheStore.Open(path);
            Assert.Equal(DemarcheStore.Migrations("sqlite").Select(m => m.Version), store.AppliedMigrations());
        }
    }

    private static string Cli => Path.Combine(AppContext.BaseDirectory, "demarche.dll");

    [Fact]
    public void KillNineDuringAFirstTimeMigrationLeavesAStoreThatOpens()
    {
        if (!File.Exists(Cli)) Assert.Skip("demarche.dll is not beside the tests");
        var input = Path.Combine(_dir, "a.txt");
        File.WriteAllText(input, "Mali and Algeria held talks on Tuesday in Algiers, officials said.");
        var rnd = new Random(5);
        for (int round = 0; round < 6; round++)
        {
            var db = Path.Combine(_dir, $"kill{round}.db");
            var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[] { Cli, "ingest", input, "--db", db }) psi.ArgumentList.Add(a);
            using (var p = Process.Start(psi)!)
            {
                Thread.Sleep(rnd.Next(150, 1200));
                if (!p.HasExited) p.Kill(entireProcessTree: true);
                p.WaitForExit();
            }
            if (!File.Exists(db)) continue; // killed before it began
            using var s = DemarcheStore.Open(db);
            Assert.Equal(DemarcheStore.Migrations("sqlite").Select(m => m.Version), s.AppliedMigrations());
            using var check = s.Command("PRAGMA integrity_check");
            Assert.Equal("ok", (string)check.ExecuteScalar()!);
        }
    }

    private static Document Emoji(DateOnly? published, DateOnly? eventDate)
    {
        // two emoji (four UTF-16 units, two code points) before the sentence: SQL substr counted them as two
        const string text = "\U0001F600\U0001F600 Intro line.\nFrance recognised Palestine on Tuesday. Another sentence.";
        int start = text.IndexOf("France", StringComparison.Ordinal), end = text.IndexOf(" Another", StringComparison.Ordinal);
        var d = new Document(new DocumentInfo { Source = "e.txt", Published = published }, text);
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Code = "FRA" });
        d.Actors.Add(new Actor { Id = "PSE", Name = "Palestine", Kind = ActorKind.State, Country = "PSE", Code = "PSE" });
        d.Events.Add(new Event
        {
            Source = "FRA", Target = "PSE", Cameo = "0531", Root = "05", Plover = "AGREE", Quad = 1, Goldstein = 3.5, Date = eventDate,
            Trigger = "recognised", Sentence = new SentenceRef(start, end), Rule = "recognise",
        });
        return d;
    }

    private const string Sentence = "France recognised Palestine on Tuesday.";

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void EventSentencesAreCutOnUtf16OffsetsAfterAnEmoji(string backend)
    {
        using var s = Database(backend).Open();
        new DocumentWriter(s).Write([Emoji(new DateOnly(2025, 6, 11), null)]);
        Assert.Equal(Sentence, Assert.Single(new StoreQueries(s).Events(new EventFilter())).Example);
        Assert.Single(new StoreQueries(s).Events(new EventFilter { Text = "recognised Palestine on Tuesday." }));
        var w = new StringWriter();
        new Exporter(s).Plover(w);
        Assert.Contains($"\"text\":\"{Sentence}\"", w.ToString());
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void EventSentencesOfAnOlderStoreAreFilledWhenItIsMigrated(string backend)
    {
        var db = Database(backend);
        using (var s = db.Open())
        {
            new DocumentWriter(s).Write([Emoji(new DateOnly(2025, 6, 11), null)]);
            using var cmd = s.Command("ALTER TABLE events DROP COLUMN sentence; DELETE FROM schema_migrations WHERE version = '0008_event_sentences'");
            cmd.ExecuteNonQuery();
        }
        using var reopened = db.Open();
        Assert.Equal(Sentence, Assert.Single(new StoreQueries(reopened).Events(new EventFilter())).Example);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void UndatedEventsCountInTheActorsProfile(string backend)
    {
        using var s = Database(backend).Open();
        new DocumentWriter(s).Write([Emoji(published: null, eventDate: null)]);
        var month = Assert.Single(new ProfileQueries(s).Profile("FRA").Months);
        Assert.Equal("undated", month.Month);
        Assert.Equal(1, month.Given[1]);
        Assert.Equal(1, Assert.Single(new ProfileQueries(s).Profile("PSE").Months).Received[1]);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void SearchTakesOrAndMinusAsPostgresDoes(string backend)
    {
        using var s = Database(backend).Open();
        var w = new DocumentWriter(s);
        w.Write([new Document(new DocumentInfo { Source = "both.txt" }, "France and Russia signed a grain deal in Ankara.")]);
        w.Write([new Document(new DocumentInfo { Source = "france.txt" }, "France sent a frigate to the Red Sea.")]);
        w.Write([new Document(new DocumentInfo { Source = "peru.txt" }, "Peru held an election on Sunday.")]);
        var q = new StoreQueries(s);
        Assert.Equal(["france.txt"], q.Search("France -Russia").Select(h => h.Source));
        Assert.Equal(["both.txt", "france.txt", "peru.txt"], q.Search("France or Peru").Select(h => h.Source).Order(StringComparer.Ordinal));
        Assert.Equal(["both.txt"], q.Search("grain France").Select(h => h.Source));
        Assert.Equal(["france.txt"], q.Search("\"red sea\" -\"grain deal\"").Select(h => h.Source));
        Assert.Equal(["both.txt", "peru.txt"], q.Search("Russia or Peru -frigate").Select(h => h.Source).Order(StringComparer.Ordinal));
    }

    // Stores made before the branches were merged: main before its places migration, main before this merge (up to
    // 0007_feeds), the watch branch (issue 12, feeds as 0006_feeds) and the robustness branch (issue 17,
    // 0006_event_sentences and 0007_undated_months, now 0008_event_sentences and main's 0006 undated counts).
    // Each is made here from a current store by undoing what that build lacked.

    private const string DropPlaces = """
        DROP INDEX events_location_country;
        ALTER TABLE events DROP COLUMN date_precision; ALTER TABLE events DROP COLUMN location_name; ALTER TABLE events DROP COLUMN location_country;
        ALTER TABLE events DROP COLUMN location_admin1; ALTER TABLE events DROP COLUMN location_lat; ALTER TABLE events DROP COLUMN location_lon;
        ALTER TABLE events DROP COLUMN location_start; ALTER TABLE events DROP COLUMN location_end; ALTER TABLE events DROP COLUMN in_lead;
        ALTER TABLE events DROP COLUMN sentence_no;
        DELETE FROM schema_migrations WHERE version = '0006_event_place_and_precision';
        """;
    private const string DropFeeds = "DROP TABLE feed_items; DROP TABLE feeds; DELETE FROM schema_migrations WHERE version = '0007_feeds';";
    private const string DropSentences = "ALTER TABLE events DROP COLUMN sentence; DELETE FROM schema_migrations WHERE version = '0008_event_sentences';";
    private const string UncountUndated = "DELETE FROM actor_months WHERE month = 'undated';";

    public static TheoryData<string, string> OlderStores()
    {
        var data = new TheoryData<string, string>();
        foreach (var backend in new[] { Backends.Sqlite, Backends.Postgres })
        {
            data.Add(backend, "main-0005");
            data.Add(backend, "main-0007");
            data.Add(backend, "issue-12");
            data.Add(backend, "issue-17");
        }
        return data;
    }

    [Theory, MemberData(nameof(OlderStores))]
    public void StoresOfEveryEarlierBuildUpgradeWithUndatedCountedOnce(string backend, string build)
    {
        var db = Database(backend);
        using (var s = db.Open())
        {
            new DocumentWriter(s).Write([Emoji(published: null, eventDate: null)]);
            using (var feed = s.Command("INSERT INTO feeds (url, every_seconds, added_at) VALUES ('https://example.org/rss', 600, '2025-06-01T00:00:00Z')"))
                feed.ExecuteNonQuery();
            var sql = build switch
            {
                "main-0005" => DropPlaces + DropFeeds + DropSentences + UncountUndated,
                "main-0007" => DropSentences,
                "issue-12" => DropPlaces + DropSentences + UncountUndated + "UPDATE schema_migrations SET version = '0006_feeds' WHERE version = '0007_feeds';",
                _ => DropPlaces + DropFeeds + "UPDATE schema_migrations SET version = '0006_event_sentences' WHERE version = '0008_event_sentences';"
                    + "INSERT INTO schema_migrations (version, applied_at) VALUES ('0007_undated_months', '2025-06-01T00:00:00Z');",
            };
            using var undo = s.Command(sql);
            undo.ExecuteNonQuery();
        }
        Assert.Throws<StoreRefusedException>(() => DemarcheStore.OpenExisting(db.Target)); // a read never upgrades
        using (var upgraded = db.Open())
            Assert.Equal(DemarcheStore.Migrations(upgraded.Dialect.Name).Select(m => m.Version), upgraded.AppliedMigrations());
        using var again = DemarcheStore.OpenExisting(db.Target);
        var month = Assert.Single(new ProfileQueries(again).Profile("FRA").Months);
        Assert.Equal(("undated", 1), (month.Month, month.Given[1]));
        Assert.Equal(Sentence, Assert.Single(new StoreQueries(again).Events(new EventFilter())).Example);
        using var feeds = again.Command("SELECT count(*) FROM feeds");
        Assert.Equal(build is "issue-12" or "main-0007" ? 1L : 0L, Convert.ToInt64(feeds.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
