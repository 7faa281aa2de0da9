using Demarche.Core.Model;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>
/// Several writers on one SQLite file at once (two ingests, or an ingest and `watch`), each on its own connection as two
/// processes would be: every document is stored once with all its items, none is lost, no "database is locked".
/// </summary>
public sealed class ConcurrentWriterTests : IDisposable
{
    private readonly TestDatabase _db = TestDatabase.Create(Backends.Sqlite);

    public void Dispose() => _db.Dispose();

    private static Document Doc(string writer, int i)
    {
        var text = $"Report {writer}-{i}: France and Germany met in Paris on Tuesday, officials said, to talk about item {i * 7919}.";
        var d = new Document(new DocumentInfo { Source = $"{writer}/{i}.txt", Title = $"{writer} {i}", Published = new DateOnly(2025, 3, 1 + i % 28) }, text);
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Code = "FRA" });
        d.Actors.Add(new Actor { Id = "DEU", Name = "Germany", Kind = ActorKind.State, Country = "DEU", Code = "DEU" });
        d.Events.Add(new Event
        {
            Source = "FRA", Target = "DEU", Cameo = "036", Root = "03", Plover = "CONSULT", Quad = 1, Goldstein = 4,
            Date = d.Info.Published, Trigger = "met", Sentence = new SentenceRef(0, text.Length), Rule = "test",
        });
        d.Quotes.Add(new Quote { Text = "to talk", Start = 0, End = 6, Speaker = "FRA", Cue = "said" });
        return d;
    }

    [Fact]
    public void TwoWritersAtOnceLoseNothing()
    {
        const int Batches = 25, PerBatch = 4;
        // both writers also write the same 10 documents (two ingests of overlapping folders): each is stored once
        var shared = Enumerable.Range(0, 10).Select(i => Doc("shared", i)).ToArray();
        var errors = new List<Exception>();
        var outcomes = new List<WriteResult>();
        var start = new Barrier(3);
        Thread Writer(string name) => new(() =>
        {
            try
            {
                using var store = _db.Open();
                var writer = new DocumentWriter(store);
                start.SignalAndWait(TestContext.Current.CancellationToken);
                for (int b = 0; b < Batches; b++)
                {
                    var batch = Enumerable.Range(b * PerBatch, PerBatch).Select(i => Doc(name, i)).ToList();
                    if (b % 5 == 0) batch.Add(shared[b / 5 * 2 + (name == "a" ? 0 : 1)]);
                    if (b % 5 == 2) batch.Add(shared[b / 5 * 2 + (name == "a" ? 1 : 0)]);
                    var written = writer.Write(batch);
                    lock (outcomes) outcomes.AddRange(written);
                }
            }
            catch (Exception e) { lock (errors) errors.Add(e); }
        });
        var threads = new[] { Writer("a"), Writer("b") };
        foreach (var t in threads) t.Start();
        // a reader at the same time, as `events` or `serve` would be
        int reads = 0;
        using (var reader = _db.Open())
        {
            start.SignalAndWait(TestContext.Current.CancellationToken);
            while (threads.Any(t => t.IsAlive))
            {
                try { new StoreQueries(reader).Stats(); reads++; }
                catch (Exception e) { lock (errors) errors.Add(e); break; }
            }
        }
        foreach (var t in threads) t.Join();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Message)));
        Assert.True(reads > 0);
        int expected = 2 * Batches * PerBatch + shared.Length;
        Assert.Equal(expected, outcomes.Count(o => o.Outcome != WriteOutcome.Duplicate));
        Assert.Equal(shared.Length, outcomes.Count(o => o.Outcome == WriteOutcome.Duplicate));
        using var s = _db.Open();
        var stats = new StoreQueries(s).Stats();
        Assert.Equal((expected, expected, expected), (stats.Documents, stats.Events, stats.Quotes));
        using var check = s.Command("PRAGMA integrity_check");
        Assert.Equal("ok", (string)check.ExecuteScalar()!);
    }
}
