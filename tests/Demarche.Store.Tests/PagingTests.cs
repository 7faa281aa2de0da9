using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>Cursor paging: walking every page gives every row once, in the order one big query gives, on both databases.</summary>
public sealed class PagingTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    private static readonly string[] Keys = ["KEN", "UGA", "SDN", "TCD", "ETH"];
    private static readonly EventLocation Nairobi = new("Nairobi", "KEN", "05", -1.2833, 36.8167, 40, 47);
    private static readonly EventLocation Kampala = new("Kampala", "UGA", "C", 0.3156, 32.5656, 40, 47);

    /// <summary>40 documents of 6 events each (some undated, some on the same day), with quotes and stances.</summary>
    private DemarcheStore Filled(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        var s = db.Open();
        var rnd = new Random(7);
        var docs = new List<Document>();
        for (int n = 0; n < 40; n++)
        {
            var text = $"Report {n}: Kenya and Uganda met in Nairobi to talk about the border, officials said on Monday.";
            var d = new Document(new DocumentInfo { Source = $"doc-{n}.txt", Title = $"Report {n}", Published = n % 9 == 0 ? null : new DateOnly(2024, 1 + n % 12, 1 + n % 5) }, text);
            foreach (var k in Keys) d.Actors.Add(new Actor { Id = k, Name = k == "KEN" ? "Kenya" : "State " + k, Kind = ActorKind.State, Country = k, Code = k });
            for (int e = 0; e < 6; e++)
            {
                var quad = 1 + rnd.Next(4);
                d.Events.Add(new Event
                {
                    Source = Keys[rnd.Next(Keys.Length)], Target = Keys[rnd.Next(Keys.Length)], Cameo = quad == 4 ? "190" : "036", Root = quad == 4 ? "19" : "03",
                    Plover = "CONSULT", Quad = quad, Goldstein = rnd.Next(-10, 11) / 2.0, Date = rnd.Next(5) == 0 ? null : new DateOnly(2024, 1 + rnd.Next(3), 1 + rnd.Next(3)),
                    Trigger = "met", Sentence = new SentenceRef(0, 20), Rule = "test",
                    DatePrecision = e == 0 ? DatePrecisions.Month : null, Location = n % 2 == 0 ? Nairobi : Kampala,
                });
            }
            d.Quotes.Add(new Quote { Text = $"we talked {n}", Start = 0, End = 6, Speaker = "KEN", Cue = "said" });
            d.Stances.Add(new Stance { Holder = "KEN", Topic = n % 3 == 0 ? "the border" : "the talks", Polarity = StancePolarity.Support, Evidence = new Evidence(0, 6) });
            docs.Add(d);
        }
        new DocumentWriter(s).Write(docs);
        return s;
    }

    private static List<T> All<T>(Func<string?, Page<T>> page)
    {
        var all = new List<T>();
        string? cursor = null;
        for (int guard = 0; guard < 1000; guard++)
        {
            var p = page(cursor);
            Assert.True(p.Items.Count > 0 || cursor is null, "a cursor was given for an empty page");
            all.AddRange(p.Items);
            if (p.Next is null) return all;
            cursor = p.Next;
        }
        throw new InvalidOperationException("paging never ended");
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void EventPagesCoverEveryEventOnceInEachSortOrder(string backend)
    {
        using var s = Filled(backend);
        var q = new EventQueries(s);
        var filter = new EventFilter { IncludeNegated = true, IncludeHypothetical = true };
        foreach (var sort in new[] { "-date", "date", "-goldstein", "goldstein", "quad", "-cameo" })
        {
            var order = EventSort.Parse(sort);
            var whole = q.Items(filter, order, null, 500).Items;
            Assert.Equal(240, whole.Count);
            var paged = All(c => q.Items(filter, order, c, 7));
            Assert.Equal(whole.Select(e => e.Id), paged.Select(e => e.Id));
        }
        var dated = q.Items(filter, EventSort.Parse("-date"), null, 500).Items;
        Assert.True(dated.TakeWhile(e => e.Date is not null).Count() == dated.Count(e => e.Date is not null), "undated events come last");
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void EventFiltersAndTheSentenceComeWithEachItem(string backend)
    {
        using var s = Filled(backend);
        var q = new EventQueries(s);
        var ken = All(c => q.Items(new EventFilter { Actor = "KEN", From = new DateOnly(2024, 2, 1), To = new DateOnly(2024, 2, 28) }, null, c, 5));
        Assert.NotEmpty(ken);
        Assert.All(ken, e =>
        {
            Assert.True(e.SourceKey == "KEN" || e.TargetKey == "KEN");
            Assert.StartsWith("2024-02", e.Date);
            Assert.Equal("Report", e.Sentence[..6]);
            Assert.StartsWith("Report", e.Title);
        });
        var between = q.Items(new EventFilter { Actor = "KEN", With = "UGA" }, null, null, 500).Items;
        Assert.All(between, e => Assert.True(e.SourceKey == "KEN" && e.TargetKey == "UGA" || e.SourceKey == "UGA" && e.TargetKey == "KEN"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void MergedEventPagesMatchTheCliList(string backend)
    {
        using var s = Filled(backend);
        var whole = new StoreQueries(s).Events(new EventFilter { Limit = 1000 });
        var paged = All(c => new EventQueries(s).Merged(new EventFilter(), c, 6));
        Assert.Equal(whole.Select(e => (e.Source, e.Target, e.Cameo, e.Date)), paged.Select(e => (e.Source, e.Target, e.Cameo, e.Date)));
        Assert.Equal(whole.Sum(e => e.Mentions), paged.Sum(e => e.Mentions));
        Assert.All(paged, e => Assert.True(e.Document > 0 && e.Id > 0));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void QuotesStancesDocumentsActorsAndSearchPage(string backend)
    {
        using var s = Filled(backend);
        var p = new ProfileQueries(s);
        var quotes = All(c => p.QuotePage("KEN", null, c, 9));
        Assert.Equal(40, quotes.Count);
        Assert.Equal(40, quotes.Select(x => x.Text).Distinct().Count());
        Assert.All(quotes, x => Assert.True(x.Document > 0));
        Assert.Equal(2, All(c => p.StancePage("KEN", null, c, 1)).Count);
        Assert.Equal(40, All(c => p.StanceItems("KEN", c, 6)).Count);
        var docs = All(c => new CatalogQueries(s).Documents(null, null, c, 11));
        Assert.Equal(40, docs.Count);
        Assert.Equal(docs.OrderByDescending(d => d.Id).Select(d => d.Id), docs.Select(d => d.Id));
        Assert.All(docs, d => Assert.Equal(6, d.Events));
        var actors = All(c => new CatalogQueries(s).Actors(null, c, 2));
        Assert.Equal(Keys.Order(), actors.Select(a => a.Id).Order());
        Assert.Equal("KEN", Assert.Single(new CatalogQueries(s).Actors("keny").Items).Id);
        var hits = All(c => new StoreQueries(s).SearchPage("Nairobi border", c, 15));
        Assert.Equal(40, hits.Select(h => h.Id).Distinct().Count());
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void NetworkAndCounterpartsCountEventsEitherWay(string backend)
    {
        using var s = Filled(backend);
        var q = new EventQueries(s);
        var edges = q.Network(null, null, 1);
        var all = q.Items(new EventFilter(), null, null, 500).Items.Where(e => e.SourceKey != e.TargetKey).ToList();
        Assert.Equal(all.Count, edges.Sum(e => e.Events));
        var kenUga = edges.Single(e => (e.A, e.B) == ("KEN", "UGA"));
        Assert.Equal(all.Count(e => e.SourceKey is "KEN" or "UGA" && e.TargetKey is "KEN" or "UGA"), kenUga.Events);
        Assert.All(q.Network(null, null, 1000), _ => Assert.Fail("no pair has 1000 events"));
        var counterparts = q.Counterparts("KEN");
        Assert.Equal(edges.Where(e => e.A == "KEN" || e.B == "KEN").Sum(e => e.Events), counterparts.Sum(c => c.Events));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void ABadCursorIsAFormatError(string backend)
    {
        using var s = Filled(backend);
        Assert.Throws<FormatException>(() => new EventQueries(s).Items(new EventFilter(), null, "not-a-cursor"));
        Assert.Throws<FormatException>(() => new CatalogQueries(s).Documents(cursor: "WzFd"));
        Assert.Throws<FormatException>(() => EventSort.Parse("title"));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void PlaceFiltersPageAndEachRowSaysWhereAndHowExactlyItsDateIsKnown(string backend)
    {
        using var s = Filled(backend);
        var q = new EventQueries(s);
        var items = q.Items(new EventFilter(), null, null, 500).Items;
        var kenya = All(c => q.Items(new EventFilter { Country = "ken" }, null, c, 7));
        Assert.Equal(items.Where(e => e.Place == "Nairobi").Select(e => e.Id), kenya.Select(e => e.Id));
        Assert.All(kenya, e => Assert.Equal("KEN", e.PlaceCountry));
        var near = All(c => q.Items(new EventFilter { Near = (0.3, 32.6), NearKm = 20 }, null, c, 7));
        Assert.Equal(q.Items(new EventFilter { Country = "UGA" }, null, null, 500).Items.Select(e => e.Id), near.Select(e => e.Id));
        Assert.Contains(items, e => e.DatePrecision == DatePrecisions.Month);
        Assert.All(items, e => Assert.Equal(e.Date is null, e.DatePrecision is null));
        var merged = All(c => q.Merged(new EventFilter { Country = "UGA" }, c, 5));
        Assert.NotEmpty(merged);
        Assert.All(merged, e => Assert.Equal(("Kampala", "UGA"), (e.Place, e.PlaceCountry)));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void QuotesStancesAndSearchPageWithinPublicationDates(string backend)
    {
        using var s = Filled(backend);
        DateOnly from = new(2024, 3, 1), to = new(2024, 6, 30);
        var inRange = new CatalogQueries(s).Documents(from, to, null, 500).Items.Select(d => d.Id).Order().ToList();
        Assert.InRange(inRange.Count, 5, 35);
        var p = new ProfileQueries(s);
        var quotes = All(c => p.QuotePage("KEN", null, c, 4, from: from, to: to));
        Assert.Equal(inRange, quotes.Select(x => x.Document).Order());
        Assert.Equal(inRange.Count, All(c => p.StanceItems("KEN", c, 100)).Count(x => x.Published is { } d && string.CompareOrdinal(d, "2024-03-01") >= 0 && string.CompareOrdinal(d, "2024-06-30") <= 0));
        Assert.Equal(inRange.Count, All(c => p.StancePage("KEN", null, c, 1, from, to)).Sum(x => x.Articles));
        Assert.Equal(inRange, All(c => new StoreQueries(s).SearchPage("Nairobi border", c, 4, from, to)).Select(h => h.Id).Order());
        Assert.Equal(inRange.Count, p.Quotes("KEN", null, 100, from: from, to: to).Count);
    }
}
