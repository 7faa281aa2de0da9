using System.Data.Common;
using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>The profile's counts, kept in actor_months as batches are written, equal counting the events themselves.</summary>
public sealed class ActorMonthsTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    private DemarcheStore Open(string backend)
    {
        var d = TestDatabase.Create(backend);
        _databases.Add(d);
        return d.Open();
    }

    private static readonly string[] Keys = ["KEN", "UGA", "SDN", "TCD"];

    /// <summary>Documents whose events mix states, a person of KEN, negated and hypothetical events, and undated ones.</summary>
    private static List<Document> Documents(int count, int seed)
    {
        var rnd = new Random(seed);
        var docs = new List<Document>();
        for (int n = 0; n < count; n++)
        {
            var d = new Document(new DocumentInfo { Source = $"months-{seed}-{n}", Published = n % 7 == 0 ? null : new DateOnly(2024, 1 + n % 12, 3) },
                $"Document {seed}-{n} about the region's diplomacy, written for the profile counts.");
            d.Actors.Add(new Actor { Id = "person:william-ruto", Name = "William Ruto", Kind = ActorKind.Person, Country = "KEN", Code = "KENGOV", Affiliation = "KEN" });
            foreach (var k in Keys) d.Actors.Add(new Actor { Id = k, Name = k, Kind = ActorKind.State, Country = k, Code = k });
            for (int e = 0; e < 12; e++)
            {
                var source = rnd.Next(5) == 0 ? "person:william-ruto" : Keys[rnd.Next(Keys.Length)];
                d.Events.Add(new Event
                {
                    Source = source, Target = rnd.Next(6) == 0 ? null : Keys[rnd.Next(Keys.Length)], Cameo = "042", Root = "04", Quad = 1 + rnd.Next(4),
                    Goldstein = 1.9, Negated = rnd.Next(8) == 0, Hypothetical = rnd.Next(9) == 0,
                    Date = rnd.Next(3) == 0 ? new DateOnly(2023, 1 + rnd.Next(12), 1 + rnd.Next(28)) : null,
                    Trigger = "visited", Sentence = new SentenceRef(0, 10), Rule = "test",
                });
            }
            docs.Add(d);
        }
        return docs;
    }

    /// <summary>Given and received per month and quad, counted from the events table the slow way.</summary>
    private static SortedDictionary<string, (int[] Given, int[] Received)> Counted(DemarcheStore s, string actor)
    {
        var result = new SortedDictionary<string, (int[], int[])>(StringComparer.Ordinal);
        foreach (var (column, given) in new[] { ("source", true), ("target", false) })
        {
            using DbCommand cmd = s.Connection.CreateCommand();
            cmd.CommandText = $"""
                SELECT coalesce(substr(date, 1, 7), 'undated'), quad, count(*) FROM events
                WHERE ({column}_key = @a OR {column} = @a) AND negated = 0 AND hypothetical = 0
                GROUP BY coalesce(substr(date, 1, 7), 'undated'), quad
                """;
            cmd.AddParameter("@a", actor);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (!result.TryGetValue(r.GetString(0), out var m)) result[r.GetString(0)] = m = (new int[5], new int[5]);
                (given ? m.Item1 : m.Item2)[r.Int(1)] += r.Int(2);
            }
        }
        return result;
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void ProfileCountsEqualTheEventsOverManyBatches(string backend)
    {
        using var s = Open(backend);
        var writer = new DocumentWriter(s);
        writer.Write(Documents(40, 1));
        writer.Write(Documents(40, 2));
        writer.Write(Documents(40, 1)); // the same content again: stored once, counted once
        foreach (var actor in Keys.Append("person:william-ruto"))
        {
            var expected = Counted(s, actor);
            var profile = new ProfileQueries(s).Profile(actor);
            Assert.Equal(expected.Keys, profile.Months.Select(m => m.Month));
            foreach (var m in profile.Months)
            {
                Assert.Equal(expected[m.Month].Given, m.Given);
                Assert.Equal(expected[m.Month].Received, m.Received);
            }
        }
        // the person's events roll up to KEN: KEN's profile holds them too
        Assert.True(new ProfileQueries(s).Profile("KEN").Months.Sum(m => m.Given.Sum()) > new ProfileQueries(s).Profile("person:william-ruto").Months.Sum(m => m.Given.Sum()));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void MigratingAStoreWrittenBeforeTheTableCountsItsEvents(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        using (var s = db.Open())
        {
            new DocumentWriter(s).Write(Documents(30, 3));
            // as a store of the version before actor_months was added
            using var cmd = s.Connection.CreateCommand();
            cmd.CommandText = "DROP TABLE actor_months; DELETE FROM schema_migrations WHERE version IN ('0005_actor_months', '0007_undated_months')";
            cmd.ExecuteNonQuery();
        }
        using var reopened = db.Open();
        foreach (var actor in Keys.Append("person:william-ruto"))
        {
            var expected = Counted(reopened, actor);
            var profile = new ProfileQueries(reopened).Profile(actor);
            Assert.Equal(expected.Keys, profile.Months.Select(m => m.Month));
            foreach (var m in profile.Months) Assert.Equal(expected[m.Month].Given, m.Given);
        }
    }
}
