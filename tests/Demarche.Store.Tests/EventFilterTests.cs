using Demarche.Core.Model;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>
/// Every filter of <see cref="EventFilter"/> (the <c>events</c>, <c>timeline</c> and <c>export</c> options) on a store
/// of six events whose answers are known: each filter keeps exactly the events it names, on both databases.
/// </summary>
public sealed class EventFilterTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    // one sentence per event, so that each event's sentence (and --text) is its own
    private const string Text =
        "France met Germany in Paris. " +          // 1: FRA → DEU consult, Paris
        "Anna Weiss accused Berlin of delay. " +   // 2: person of FRA → DEU accuse, Berlin
        "German troops shelled a French post. " +  // 3: DEU → FRA assault, no place
        "France did not meet Germany. " +          // 4: negated
        "France may give aid to Germany. " +       // 5: hypothetical
        "Germany sent aid to France.";             // 6: undated, Kenya

    private static readonly EventLocation Paris = new("Paris", "FRA", "11", 48.8534, 2.3488, 22, 27);
    private static readonly EventLocation Berlin = new("Berlin", "DEU", "16", 52.5244, 13.4105, 48, 54);
    private static readonly EventLocation Nairobi = new("Nairobi", "KEN", "30", -1.2833, 36.8167, 0, 0);

    private static Event E(string source, string target, string cameo, string plover, int quad, string? date, string sentence,
        EventLocation? at = null, bool negated = false, bool hypothetical = false)
    {
        int start = Text.IndexOf(sentence, StringComparison.Ordinal);
        Assert.True(start >= 0, sentence);
        return new Event
        {
            Source = source, Target = target, Cameo = cameo, Root = cameo[..2], Plover = plover, Quad = quad, Goldstein = quad * 2 - 5,
            Date = date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Trigger = "t",
            Sentence = new SentenceRef(start, start + sentence.Length), Rule = "test", Location = at, Negated = negated, Hypothetical = hypothetical,
        };
    }

    private EventQueries Filled(string backend)
    {
        var db = TestDatabase.Create(backend);
        _databases.Add(db);
        var s = db.Open();
        // no publication date: an undated event would take it as its date
        var d = new Document(new DocumentInfo { Source = "a.txt", Title = "Filters" }, Text);
        d.Actors.Add(new Actor { Id = "FRA", Name = "France", Kind = ActorKind.State, Country = "FRA", Code = "FRA" });
        d.Actors.Add(new Actor { Id = "DEU", Name = "Germany", Kind = ActorKind.State, Country = "DEU", Code = "DEU" });
        d.Actors.Add(new Actor { Id = "person:anna-weiss", Name = "Anna Weiss", Kind = ActorKind.Person, Country = "FRA", Code = "FRAGOV" });
        d.Events.AddRange(
        [
            E("FRA", "DEU", "036", "CONSULT", 1, "2025-03-01", "France met Germany in Paris.", Paris),
            E("person:anna-weiss", "DEU", "112", "ACCUSE", 3, "2025-03-10", "Anna Weiss accused Berlin of delay.", Berlin),
            E("DEU", "FRA", "190", "ASSAULT", 4, "2025-04-02", "German troops shelled a French post."),
            E("FRA", "DEU", "036", "CONSULT", 1, "2025-03-05", "France did not meet Germany.", negated: true),
            E("FRA", "DEU", "057", "AGREE", 1, "2025-03-06", "France may give aid to Germany.", hypothetical: true),
            E("DEU", "FRA", "070", "AID", 2, null, "Germany sent aid to France.", Nairobi),
        ]);
        new DocumentWriter(s).Write([d]);
        return new EventQueries(s);
    }

    /// <summary>The events the filter keeps, named by their CAMEO code and date (or "undated").</summary>
    private static string[] Kept(EventQueries q, EventFilter f) =>
        q.Items(f, EventSort.Parse("cameo"), null, 100).Items.Select(e => e.Cameo + "@" + (e.Date ?? "undated")).ToArray();

    public static TheoryData<string, string, string> Filters()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var backend in new[] { Backends.Sqlite, Backends.Postgres })
            foreach (var (name, expected) in Cases.Keys.Select(k => (k, Cases[k].Expected)))
                data.Add(backend, name, expected);
        return data;
    }

    private static readonly Dictionary<string, (EventFilter Filter, string Expected)> Cases = new()
    {
        ["none: asserted events only"] = (new(), "036@2025-03-01 070@undated 112@2025-03-10 190@2025-04-02"),
        ["actor by id"] = (new() { Actor = "person:anna-weiss" }, "112@2025-03-10"),
        ["actor by country: its persons too"] = (new() { Actor = "FRA" }, "036@2025-03-01 070@undated 112@2025-03-10 190@2025-04-02"),
        ["actor with another"] = (new() { Actor = "DEU", With = "FRA" }, "036@2025-03-01 070@undated 112@2025-03-10 190@2025-04-02"),
        ["source"] = (new() { Source = "DEU" }, "070@undated 190@2025-04-02"),
        ["source by roll-up key"] = (new() { Source = "FRA" }, "036@2025-03-01 112@2025-03-10"),
        ["target"] = (new() { Target = "FRA" }, "070@undated 190@2025-04-02"),
        ["source and target"] = (new() { Source = "FRA", Target = "FRA" }, ""),
        ["code: root"] = (new() { Code = "19" }, "190@2025-04-02"),
        ["code: base code"] = (new() { Code = "036" }, "036@2025-03-01"),
        ["code: root 0 is not every code"] = (new() { Code = "0" }, "036@2025-03-01 070@undated"),
        ["code: wildcards are literal"] = (new() { Code = "_" }, ""),
        ["plover, any case"] = (new() { Plover = "accuse" }, "112@2025-03-10"),
        ["quad"] = (new() { Quad = 4 }, "190@2025-04-02"),
        ["quad with no event"] = (new() { Quad = 5 }, ""),
        ["from: on or after, undated left out"] = (new() { From = new DateOnly(2025, 3, 10) }, "112@2025-03-10 190@2025-04-02"),
        ["to: on or before"] = (new() { To = new DateOnly(2025, 3, 10) }, "036@2025-03-01 112@2025-03-10"),
        ["from and to"] = (new() { From = new DateOnly(2025, 3, 2), To = new DateOnly(2025, 4, 1) }, "112@2025-03-10"),
        ["an empty range"] = (new() { From = new DateOnly(2025, 5, 1), To = new DateOnly(2025, 4, 1) }, ""),
        ["actor and dates"] = (new() { Actor = "DEU", From = new DateOnly(2025, 3, 5) }, "112@2025-03-10 190@2025-04-02"),
        ["text, any case"] = (new() { Text = "SHELLED a french" }, "190@2025-04-02"),
        ["text is literal"] = (new() { Text = "France m%" }, ""),
        ["country of the place"] = (new() { Country = "deu" }, "112@2025-03-10"),
        ["near a point"] = (new() { Near = (48.86, 2.35), NearKm = 10 }, "036@2025-03-01"),
        ["near, far enough for two"] = (new() { Near = (50.7, 7.1), NearKm = 600 }, "036@2025-03-01 112@2025-03-10"),
        ["near nothing"] = (new() { Near = (0, 0), NearKm = 50 }, ""),
        ["negated ones asked for"] = (new() { IncludeNegated = true, Code = "036" }, "036@2025-03-01 036@2025-03-05"),
        ["hypothetical ones asked for"] = (new() { IncludeHypothetical = true, Code = "05" }, "057@2025-03-06"),
        ["every filter at once"] = (new()
        {
            Actor = "FRA", Source = "FRA", Target = "DEU", Code = "03", Plover = "CONSULT", Quad = 1, From = new DateOnly(2025, 3, 1),
            To = new DateOnly(2025, 3, 31), Text = "Paris", Country = "FRA", Near = (48.85, 2.35), NearKm = 5,
        }, "036@2025-03-01"),
    };

    [Theory, MemberData(nameof(Filters))]
    public void EachFilterKeepsExactlyTheEventsItNames(string backend, string name, string expected)
    {
        var q = Filled(backend);
        Assert.Equal(expected, string.Join(' ', Kept(q, Cases[name].Filter)));
        // the merged list (events, export) applies the same filter
        var merged = q.Merged(Cases[name].Filter).Items.Select(e => e.Cameo + "@" + (e.Date ?? "undated")).Order(StringComparer.Ordinal);
        Assert.Equal(expected, string.Join(' ', merged));
    }

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void TheLimitCutsTheMergedList(string backend)
    {
        var q = Filled(backend);
        var two = q.Merged(new EventFilter { Limit = 2 });
        Assert.Equal(2, two.Items.Count);
        Assert.NotNull(two.Next);
    }
}
