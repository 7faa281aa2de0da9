using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Demarche.Store;

/// <summary>
/// The embedded store: one SQLite file (WAL journal, so a killed process leaves every committed batch whole),
/// with versioned migrations applied when it is opened.
/// </summary>
public sealed class SqliteStore : IDisposable
{
    public SqliteConnection Connection { get; }
    public string Path { get; }

    private SqliteStore(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    /// <summary>The default database file: $DEMARCHE_DB, else ~/.local/share/demarche/demarche.db.</summary>
    public static string DefaultPath =>
        Environment.GetEnvironmentVariable("DEMARCHE_DB") is { Length: > 0 } p ? p
        : System.IO.Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "demarche", "demarche.db");

    public static SqliteStore Open(string path)
    {
        var dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;");
        var store = new SqliteStore(path, connection);
        store.Migrate();
        return store;
    }

    public IReadOnlyList<string> AppliedMigrations()
    {
        using var cmd = Connection.CreateCommand();
        cmd.CommandText = "SELECT version FROM schema_migrations ORDER BY version";
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    private void Migrate()
    {
        Execute(Connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)");
        var applied = AppliedMigrations().ToHashSet();
        foreach (var (version, sql) in Migrations("sqlite"))
        {
            if (applied.Contains(version)) continue;
            using var tx = Connection.BeginTransaction();
            Execute(Connection, sql, tx);
            using var cmd = Connection.CreateCommand();
            cmd.Transaction = tx;
            cmd.CommandText = "INSERT INTO schema_migrations(version, applied_at) VALUES ($v, $t)";
            cmd.Parameters.AddWithValue("$v", version);
            cmd.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O"));
            cmd.ExecuteNonQuery();
            tx.Commit();
        }
    }

    /// <summary>Embedded migration scripts in name order: NNNN_name.sql for every database, NNNN_name.DIALECT.sql for one.</summary>
    public static IEnumerable<(string Version, string Sql)> Migrations(string dialect)
    {
        var asm = Assembly.GetExecutingAssembly();
        const string prefix = "Demarche.Store.Migrations.";
        foreach (var name in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix)).Order(StringComparer.Ordinal))
        {
            var file = name[prefix.Length..^".sql".Length];
            var parts = file.Split('.');
            if (parts.Length > 1 && parts[^1] != dialect) continue;
            using var s = asm.GetManifestResourceStream(name)!;
            yield return (parts[0], new StreamReader(s).ReadToEnd());
        }
    }

    internal static void Execute(SqliteConnection c, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = c.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();
}
