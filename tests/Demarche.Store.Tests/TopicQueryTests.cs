using Demarche.Core.Model;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>Stances grouped by their topic key: the issues listed, who stood where over time, and migration 0009 on an older store.</summary>
public sealed class TopicQueryTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private TestDatabase Database(string backend)
    {
        var d = TestDatabase.Create(backend);
        _databases.Add(d);
        return d;
    }

    /// <summary>An article of one stance; the evidence is the first sentence (after an emoji, so UTF-16 offsets matter).</summary>
    private static Document Article(string source, DateOnly? published, string text, string holder, string polarity, string topic, string key, string? strength = null)
    {
        var d = new Document(new DocumentInfo { Source = source, Published = published }, text);
        d.Actors.Add(new Actor { Id = holder, Name = holder, Kind = ActorKind.State, Country = holder });
        int start = text.IndexOf(' ') + 1, end = text.IndexOf('.') + 1;
        d.Stances.Add(new Stance { Holder = holder, Topic = topic, TopicKey = key, Polarity = polarity, Strength = strength, Evidence = new Evidence(start, end) });
        return d;
    }

    private static void Fill(DemarcheStore s)
    {
        var w = new DocumentWriter(s);
        w.Write([Article("b.txt", new DateOnly(2025, 6, 2), "🇫🇷 France strongly backs recognising a Palestinian state.", "FRA", StancePolarity.Support,
            "recognition of a Palestinian state", "recognition of palestine", StanceStrength.Strong)]);
        w.Write([Article("a.txt", new DateOnly(2025, 5, 1), "📰 Israel rejects the recognition of Palestine.", "ISR", StancePolarity.Oppose,
            "recognition of Palestine", "recognition of palestine")]);
        w.Write([Article("c.txt", null, "📰 Egypt welcomed the ceasefire in Gaza.", "EGY", StancePolarity.Support, "ceasefire in Gaza", "ceasefire in gaza")]);
        w.Write([Article("d.txt", new DateOnly(2025, 7, 1), "📰 Qatar backed the ceasefire.", "QAT", StancePolarity.Support, "ceasefire", "ceasefire")]);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void TheTimelineOfAnIssueShowsWhoStoodWhereInDateOrderWithTheWords(string backend)
    {
        using var s = Database(backend).Open();
        Fill(s);
        var rows = new TopicQueries(s).Timeline("recognition of palestine");
        Assert.Equal(["ISR", "FRA"], rows.Select(r => r.Holder));
        Assert.Equal(["2025-05-01", "2025-06-02"], rows.Select(r => r.Published));
        Assert.Equal([StancePolarity.Oppose, StancePolarity.Support], rows.Select(r => r.Polarity));
        Assert.Equal([null, StanceStrength.Strong], rows.Select(r => r.Strength));
        Assert.Equal("France strongly backs recognising a Palestinian state.", rows[1].Evidence);
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void AKeyFindsTheIssuesThatHoldItTheExactOneFirstAndUndatedLast(string backend)
    {
        using var s = Database(backend).Open();
        Fill(s);
        var rows = new TopicQueries(s).Timeline("ceasefire");
        Assert.Equal(["ceasefire", "ceasefire in gaza"], rows.Select(r => r.Key));
        Assert.Null(rows[1].Published);
        Assert.Empty(new TopicQueries(s).Timeline("ceasefire", holder: "FRA"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void TheIssuesAreListedWithTheirArticlesHoldersAndSides(string backend)
    {
        using var s = Database(backend).Open();
        Fill(s);
        var topics = new TopicQueries(s).Topics();
        var palestine = topics[0];
        Assert.Equal("recognition of palestine", palestine.Key);
        Assert.Equal((2, 2, 1, 1), (palestine.Articles, palestine.Holders, palestine.Support, palestine.Oppose));
        Assert.Equal(("2025-05-01", "2025-06-02"), (palestine.FirstSeen, palestine.LastSeen));
        Assert.Equal(3, topics.Count);
        Assert.Equal(["ceasefire", "ceasefire in gaza"], new TopicQueries(s).Topics("ceasefire").Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.Single(new TopicQueries(s).Topics(from: new DateOnly(2025, 6, 1), to: new DateOnly(2025, 6, 30)));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void StancesReadBackKeepTheirKeyAndStrength(string backend)
    {
        using var s = Database(backend).Open();
        Fill(s);
        var id = new StoreQueries(s).Search("France").Single().Id;
        var stance = Assert.Single(new DocumentReader(s).Read(id).Stances);
        Assert.Equal(("recognition of palestine", StanceStrength.Strong), (stance.TopicKey, stance.Strength));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void StancesOfAnOlderStoreGetAKeyAndTheirEvidenceWhenItIsMigrated(string backend)
    {
        var db = Database(backend);
        using (var s = db.Open())
        {
            Fill(s);
            using var cmd = s.Command("DROP INDEX stances_topic_key; ALTER TABLE stances DROP COLUMN topic_key; ALTER TABLE stances DROP COLUMN strength; ALTER TABLE stances DROP COLUMN evidence; "
                + "DELETE FROM schema_migrations WHERE version = '0009_stance_topics'");
            cmd.ExecuteNonQuery();
        }
        using var reopened = db.Open();
        var row = Assert.Single(new TopicQueries(reopened).Timeline("recognition of a palestinian state"));
        Assert.Equal("France strongly backs recognising a Palestinian state.", row.Evidence);
        Assert.Null(row.Strength);
    }
}
