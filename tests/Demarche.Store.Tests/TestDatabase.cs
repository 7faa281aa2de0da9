using Demarche.Store;
using Npgsql;

namespace Demarche.Tests;

/// <summary>The databases the store tests run on, for [MemberData].</summary>
public static class Backends
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public static TheoryData<string> All => new(Sqlite, Postgres);
}

/// <summary>
/// A fresh, empty store target for one test, removed afterwards: an SQLite file in a temporary folder, or a
/// new schema on the test PostgreSQL server (see <see cref="TestPostgres"/>). Creating a PostgreSQL one skips
/// the test when no server answers.
/// </summary>
public sealed class TestDatabase : IDisposable
{
    private readonly string? _folder;
    private readonly string? _schema;

    /// <summary>What <see cref="DemarcheStore.Open"/> takes: a file path or a connection string.</summary>
    public string Target { get; }

    private TestDatabase(string target, string? folder, string? schema)
    {
        Target = target;
        _folder = folder;
        _schema = schema;
    }

    public static TestDatabase Create(string backend)
    {
        if (backend == Backends.Postgres)
        {
            var (target, schema) = TestPostgres.CreateSchema();
            return new TestDatabase(target, null, schema);
        }
        var folder = Directory.CreateTempSubdirectory("demarche-store-").FullName;
        return new TestDatabase(Path.Combine(folder, "t.db"), folder, null);
    }

    public DemarcheStore Open() => DemarcheStore.Open(Target);

    public void Dispose()
    {
        if (_schema is not null) TestPostgres.DropSchema(_schema);
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, true); } catch (IOException) { }
        }
    }
}

/// <summary>
/// The PostgreSQL server for tests: $DEMARCHE_TEST_PG (a connection string or postgres:// URI), else
/// Host=127.0.0.1;Username=postgres;Database=postgres (what .ci/install-deps starts). Each test gets a schema
/// of its own (demarche_test_…), dropped at the end, so runs never see each other's rows.
/// </summary>
public static class TestPostgres
{
    public const string DefaultConnectionString = "Host=127.0.0.1;Username=postgres;Database=postgres";

    public static string ConnectionString { get; } = Build();

    private static readonly Lazy<string?> Unreachable = new(Probe);

    private static string Build()
    {
        var configured = Environment.GetEnvironmentVariable("DEMARCHE_TEST_PG");
        var b = new NpgsqlConnectionStringBuilder(PostgresTarget.ToConnectionString(configured is { Length: > 0 } ? configured : DefaultConnectionString));
        if (configured is not { Length: > 0 }) b.Timeout = 2;
        return b.ConnectionString;
    }

    /// <summary>Why no test can use the server, or null when it answers.</summary>
    private static string? Probe()
    {
        try
        {
            using var c = new NpgsqlConnection(ConnectionString);
            c.Open();
            return null;
        }
        catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or InvalidOperationException)
        {
            return $"PostgreSQL not reachable at {PostgresTarget.Redact(ConnectionString)} ({e.Message}); set DEMARCHE_TEST_PG";
        }
    }

    /// <summary>Skips the test when the server does not answer.</summary>
    public static void Require()
    {
        if (Unreachable.Value is { } why) Assert.Skip(why);
    }

    /// <summary>A new empty schema and the connection string that works in it.</summary>
    public static (string Target, string Schema) CreateSchema()
    {
        Require();
        var schema = "demarche_test_" + Guid.NewGuid().ToString("N")[..12];
        Execute($"CREATE SCHEMA {schema}");
        return (new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString, schema);
    }

    public static void DropSchema(string schema)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP SCHEMA IF EXISTS {schema} CASCADE");
    }

    private static void Execute(string sql)
    {
        using var c = new NpgsqlConnection(ConnectionString);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
