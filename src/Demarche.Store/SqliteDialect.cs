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

    internal override DbConnection Connect(string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(dir)) Directory.CreateDirectory(dir);
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var cmd = connection.CreateCommand();
        // a 32 MB page cache: the writer's lookups (content hash, near-duplicate bands) and the full-text index touch
        // pages all over the file, which the default 2 MB cache reads again and again (no mmap: memory stays flat)
        cmd.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000; " +
                          "PRAGMA cache_size=-32768; PRAGMA temp_store=MEMORY;";
        cmd.ExecuteNonQuery();
        return connection;
    }

    internal override string Describe(string path) => path;

    /// <summary>The file and its write-ahead log.</summary>
    internal override long DatabaseSize(DemarcheStore store)
    {
        long Length(string p) => File.Exists(p) ? new FileInfo(p).Length : 0;
        return Length(store.Location) + Length(store.Location + "-wal");
    }
}
