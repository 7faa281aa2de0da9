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
    /// A foreign database (an SQLite file with other tables) or a store of a newer schema is refused
    /// (<see cref="StoreRefusedException"/>) and left as it was.
    /// </summary>
    public static DemarcheStore Open(string target) => Open(target, writable: true);

    /// <summary>
    /// Opens an existing store to read it: never creates one (a missing SQLite file is
    /// <see cref="StoreRefusedException"/>), never changes its schema (a store that needs migrations is refused
    /// with a message saying that an ingest upgrades it).
    /// </summary>
    public static DemarcheStore OpenExisting(string target) => Open(target, writable: false);

    private static DemarcheStore Open(string target, bool writable)
    {
        StoreDialect dialect = PostgresTarget.IsPostgres(target) ? PostgresDialect.Instance : SqliteDialect.Instance;
        var connection = dialect.Connect(target, create: writable);
        try
        {
            var store = new DemarcheStore(connection, dialect, dialect.Describe(target));
            if (writable) store.Migrate();
            else store.CheckSchema(requireCurrent: true);
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

    /// <summary>
    /// Applies the migrations this store lacks, one transaction each. Processes that open a new store at once are
    /// serialised: PostgreSQL by an advisory lock, SQLite by each migration's write transaction (BEGIN IMMEDIATE),
    /// inside which the applied versions are read again, so a migration never runs twice and a killed process
    /// leaves every migration whole or not begun.
    /// </summary>
    private void Migrate()
    {
        using var _ = Dialect.LockMigrations(Connection);
        if (!CheckSchema(requireCurrent: false))
        {
            using var create = Command("CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
            create.ExecuteNonQuery();
        }
        Dialect.Configure(Connection);
        RenamedMigrations.Apply(this);
        foreach (var (version, sql) in Migrations(Dialect.Name))
        {
            if (AppliedMigrations().Contains(version)) continue;
            using var tx = Connection.BeginTransaction();
            using (var check = Command("SELECT count(*) FROM schema_migrations WHERE version = @v", tx))
            {
                check.AddParameter("@v", version);
                if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) continue;
            }
            using (var script = Command(sql, tx)) script.ExecuteNonQuery();
            if (CodeSteps.TryGetValue(version, out var step)) step(this, tx);
            using (var record = Command("INSERT INTO schema_migrations(version, applied_at) VALUES (@v, @t)", tx))
            {
                record.AddParameter("@v", version);
                record.AddParameter("@t", DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture));
                record.ExecuteNonQuery();
            }
            tx.Commit();
        }
    }

    /// <summary>Work a migration does in C# after its SQL, in the same transaction.</summary>
    private static readonly Dictionary<string, Action<DemarcheStore, DbTransaction>> CodeSteps = new()
    {
        ["0008_event_sentences"] = TextSlices.EventSentences,
        ["0009_stance_topics"] = TextSlices.StanceEvidence,
    };

    /// <summary>
    /// True when the database is a Demarche store, false when it is new (no tables at all). Throws
    /// <see cref="StoreRefusedException"/> for a database that holds other tables but no Demarche schema, a store
    /// whose schema is newer than this program's, and (with <paramref name="requireCurrent"/>) an older one.
    /// </summary>
    private bool CheckSchema(bool requireCurrent)
    {
        var tables = Dialect.Tables(Connection);
        if (!tables.Contains("schema_migrations"))
        {
            if (tables.Count > 0 && Dialect.OtherTablesMeanForeign)
                throw new StoreRefusedException($"not a Demarche store: it holds other tables ({string.Join(", ", tables.Take(5))}); give another --db");
            if (requireCurrent)
                throw new StoreRefusedException("no store there yet (ingest creates one); check --db or $DEMARCHE_DB");
            return false;
        }
        var known = Migrations(Dialect.Name).Select(m => m.Version).ToList();
        var applied = RenamedMigrations.Current(AppliedMigrations());
        var unknown = applied.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
            throw new StoreRefusedException($"the store was made by a newer Demarche (schema {unknown.Max(StringComparer.Ordinal)}; this one knows up to {known.LastOrDefault()}); use that version or another --db");
        if (requireCurrent && known.Except(applied).FirstOrDefault() is { } missing)
            throw new StoreRefusedException($"the store's schema is older than this Demarche's (it lacks {missing}); the next ingest into it upgrades it");
        return true;
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

/// <summary>A store that cannot be used as it is (missing, foreign, newer): the message says what to do, and nothing was changed.</summary>
public sealed class StoreRefusedException(string message) : IOException(message);
