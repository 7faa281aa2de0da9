using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace Demarche.Store;

/// <summary>
/// The embedded store: one SQLite file (WAL journal, so a killed process leaves every committed batch whole),
/// FTS5 for full-text search.
/// </summary>
public sealed class SqliteDialect : StoreDialect
{
    public static readonly SqliteDialect Instance = new();

    public override string Name => "sqlite";
    public override string RowOrder => "rowid";
    public override string OptimizeSql => "ANALYZE";

    public override string SearchSql => """
        SELECT d.id, d.source, d.title, d.published, snippet(documents_fts, 1, '[', ']', '…', 12)
        FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid
        WHERE documents_fts MATCH @q /*filter*/ ORDER BY rank LIMIT @limit
        """;

    /// <summary>FTS5 syntax with every word quoted, so that user text never breaks it; a quoted phrase stays a phrase.</summary>
    public override string SearchQuery(string userQuery) => StoreQueries.ToFtsQuery(userQuery);

    /// <summary>Opens the file; with <paramref name="create"/> false a missing file is refused and nothing is created.</summary>
    internal override DbConnection Connect(string path, bool create)
    {
        if (Directory.Exists(path))
            throw new StoreRefusedException("that is a folder; --db takes a file");
        if (!create && !File.Exists(path))
            throw new StoreRefusedException("no store there (ingest creates one); check --db or $DEMARCHE_DB");
        if (create)
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        }
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Pooling = false,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
        }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        // the busy timeout first: another process may be creating or migrating the same file right now.
        // A 32 MB page cache: the writer's lookups (content hash, near-duplicate bands) and the full-text index touch
        // pages all over the file, which the default 2 MB cache reads again and again (no mmap: memory stays flat)
        cmd.CommandText = "PRAGMA busy_timeout=10000; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; " +
                          "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
        try
        {
            cmd.ExecuteNonQuery();
            // reading the schema is the first real read: a file that is not SQLite fails here
            using var probe = connection.CreateCommand();
            probe.CommandText = "SELECT count(*) FROM sqlite_master";
            probe.ExecuteScalar();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 26) // SQLITE_NOTADB
        {
            connection.Dispose();
            throw new StoreRefusedException("not a Demarche store: the file is not an SQLite database; give another --db");
        }
        return connection;
    }

    /// <summary>WAL journal: a killed process leaves every committed batch whole, and readers never wait for the writer.</summary>
    internal override void Configure(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "PRAGMA journal_mode=WAL";
        cmd.ExecuteNonQuery();
    }

    internal override bool OtherTablesMeanForeign => true;

    internal override IReadOnlyList<string> Tables(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite!_%' ESCAPE '!' ORDER BY name";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    internal override string Describe(string path) => path;

    /// <summary>The file and its write-ahead log.</summary>
    internal override long DatabaseSize(DemarcheStore store)
    {
        long Length(string p) => File.Exists(p) ? new FileInfo(p).Length : 0;
        return Length(store.Location) + Length(store.Location + "-wal");
    }
}
