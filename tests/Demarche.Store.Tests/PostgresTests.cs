using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Tests;

namespace Demarche.Store.Tests;

/// <summary>What only PostgreSQL has: targets given as connection strings, and several processes on one database.</summary>
public sealed class PostgresTests : IDisposable
{
    private readonly List<TestDatabase> _databases = [];

    public void Dispose()
    {
        foreach (var d in _databases) d.Dispose();
    }

    [Theory]
    [InlineData("Host=db.example.org;Username=demarche;Database=news", true)]
    [InlineData("server=10.0.0.5; database=news", true)]
    [InlineData("postgres://demarche@db.example.org/news", true)]
    [InlineData("postgresql://localhost", true)]
    [InlineData("/var/lib/demarche/news.db", false)]
    [InlineData("news.db", false)]
    [InlineData("C:\\data\\hosted=1.db", false)]
    public void ConnectionStringsAreToldFromFiles(string target, bool postgres) =>
        Assert.Equal(postgres, PostgresTarget.IsPostgres(target));

    [Fact]
    public void UrisBecomeNpgsqlConnectionStrings()
    {
        var b = new Npgsql.NpgsqlConnectionStringBuilder(
            PostgresTarget.ToConnectionString("postgresql://news%40reader:p%3Ass@db.example.org:6543/news%20archive?sslmode=verify-full&application_name=ingest"));
        Assert.Equal("db.example.org", b.Host);
        Assert.Equal(6543, b.Port);
        Assert.Equal("news@reader", b.Username);
        Assert.Equal("p:ss", b.Password);
        Assert.Equal("news archive", b.Database);
        Assert.Equal(Npgsql.SslMode.VerifyFull, b.SslMode);
        Assert.Equal("ingest", b.ApplicationName);
        Assert.Equal("postgres://reader:***@db.example.org/news", PostgresTarget.Redact("postgres://reader:secret@db.example.org/news"));
        Assert.Equal("Host=h;Password=***;Database=d", PostgresTarget.Redact("Host=h;Password=secret;Database=d"));
    }

    [Fact]
    public async Task StoresOpenedTogetherMigrateOnce()
    {
        var db = Database();
        var opened = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(db.Open, TestContext.Current.CancellationToken)));
        foreach (var s in opened)
        {
            Assert.Equal(DemarcheStore.Migrations("postgres").Select(m => m.Version), s.AppliedMigrations());
            s.Dispose();
        }
    }

    [Fact]
    public async Task TwoWritersStoreTheSameContentOnce()
    {
        var db = Database();
        using var a = db.Open();
        using var b = db.Open();
        var docs = Enumerable.Range(0, 40).Select(i => new Document(new DocumentInfo { Source = $"{i}.txt" },
            $"Item {i}: negotiators from both capitals met again on Friday to draft text number {i * 7919}.")).ToArray();
        var results = await Task.WhenAll(
            Task.Run(() => new DocumentWriter(a).Write(docs), TestContext.Current.CancellationToken),
            Task.Run(() => new DocumentWriter(b).Write(docs.Reverse().ToArray()), TestContext.Current.CancellationToken));
        Assert.Equal(40, results.SelectMany(r => r).Count(r => r.Outcome != WriteOutcome.Duplicate));
        Assert.Equal(40, new StoreQueries(a).Stats().Documents);
    }

    [Fact]
    public void SizeCountsTheStoresTables()
    {
        using var s = Database().Open();
        var empty = s.SizeInBytes();
        new DocumentWriter(s).Write([new Document(new DocumentInfo { Source = "a.txt" }, string.Concat(Enumerable.Repeat("Envoys met in Oslo. ", 500)))]);
        s.Optimize();
        Assert.True(s.SizeInBytes() > empty);
        Assert.StartsWith("PostgreSQL database", s.Location);
    }

    private TestDatabase Database()
    {
        var d = TestDatabase.Create(Backends.Postgres);
        _databases.Add(d);
        return d;
    }
}
