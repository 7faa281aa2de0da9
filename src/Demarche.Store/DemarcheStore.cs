using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Demarche.Store;

/// <summary>
/// The store: an SQLite file (the default) or a PostgreSQL database, with versioned migrations applied when
/// it is opened. Queries and writers take it and use <see cref="Connection"/> with SQL both databases
/// accept; what differs lives in <see cref="Dialect"/>.
/// </summary>
public sealed class DemarcheStore : IDisposable
{
    public DbConnection Connection { get; }
    public StoreDialect Dialect { get; }

    /// <summary>The database file, or the PostgreSQL server and database (never a password).</summary>
    public string Location { get; }

    private DemarcheStore(DbConnection connection, StoreDialect dialect, string location)
    {
        Connection = connection;
        Dialect = dialect;
        Location = location;
    }

    /// <summary>$DEMARCHE_DB (a file or a PostgreSQL connection string), else ~/.local/share/demarche/demarche.db.</summary>
    public static string DefaultTarget =>
        Environment.GetEnvironmentVariable("DEMARCHE_DB") is { Length: > 0 } p ? p
        : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "demarche", "demarche.db");

    /// <summary>
    /// Opens (and migrates) the store at <paramref name="target"/>: PostgreSQL when it is a connection string
    /// (<c>Host=…;Username=…;Database=…</c> or a <c>postgres://</c> URI), else an SQLite file (created if missing).
    /// </summary>
    public static DemarcheStore Open(string target)
    {
        StoreDialect dialect = PostgresTarget.IsPostgres(target) ? PostgresDialect.Instance : SqliteDialect.Instance;
        var connection = dialect.Connect(target);
        try
        {
            var store = new DemarcheStore(connection, dialect, dialect.Describe(target));
            store.Migrate();
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public IReadOnlyList<string> AppliedMigrations()
    {
        using var cmd = Command("SELECT version FROM schema_migrations ORDER BY version");
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    /// <summary>Bytes the store takes: the file and its log, or the tables and indexes of the PostgreSQL schema.</summary>
    public long SizeInBytes() => Dialect.DatabaseSize(this);

    /// <summary>Refreshes the query planner's statistics (worth doing after a large ingest).</summary>
    public void Optimize()
    {
        using var cmd = Command(Dialect.OptimizeSql);
        cmd.CommandTimeout = 0;
        cmd.ExecuteNonQuery();
    }

    /// <summary>A command on the store's connection, in <paramref name="tx"/> when given.</summary>
    public DbCommand Command(string sql, DbTransaction? tx = null)
    {
        var cmd = Connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        return cmd;
    }

    private void Migrate()
    {
        using var _ = Dialect.LockMigrations(Connection);
        using (var create = Command("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"))
            create.ExecuteNonQuery();
        var applied = AppliedMigrations().ToHashSet();
        foreach (var (version, sql) in Migrations(Dialect.Name))
        {
            if (applied.Contains(version)) continue;
            using var tx = Connection.BeginTransaction();
            using (var script = Command(sql, tx)) script.ExecuteNonQuery();
            using (var record = Command("INSERT INTO schema_migrations(version, applied_at) VALUES (@v, @t)", tx))
            {
                record.AddParameter("@v", version);
                record.AddParameter("@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Embedded migration scripts in name order: NNNN_name.sql for every database, NNNN_name.DIALECT.sql for one.</summary>
    public static IEnumerable<(string Version, string Sql)> Migrations(string dialect)
    {
        var asm = Assembly.GetExecutingAssembly();
        const string prefix = "Demarche.Store.Migrations.";
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = name[prefix.Length..^".sql".Length];
            var parts = file.Split('.');
            if (parts.Length > 1 && parts[^1] != dialect) continue;
            using var s = asm.GetManifestResourceStream(name)!;
            yield return (parts[0], new StreamReader(s).ReadToEnd());
        }
    }

    public void Dispose() => Connection.Dispose();
}
