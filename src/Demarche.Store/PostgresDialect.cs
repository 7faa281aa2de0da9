using System.Data.Common;
using Npgsql;
using NpgsqlTypes;

namespace Demarche.Store;

/// <summary>
/// The store on a PostgreSQL server: typed schema, tsvector + GIN full-text search, item rows written with
/// binary COPY, migrations serialised across processes by an advisory lock.
/// </summary>
public sealed class PostgresDialect : StoreDialect
{
    public static readonly PostgresDialect Instance = new();

    /// <summary>The advisory lock key that guards migrations ("Demarche" in ASCII).</summary>
    private const long MigrationLockKey = 0x44656D6172636865;

    public override string Name => "postgres";
    public override string RowOrder => "seq";
    public override string OptimizeSql => "VACUUM ANALYZE";

    /// <summary>websearch_to_tsquery never fails on user text: words are ANDed, "quoted words" are a phrase, or and -word work.</summary>
    public override string SearchSql => """
        SELECT d.id, d.source, d.title, d.published,
               ts_headline('english', d.text, q, 'StartSel=[, StopSel=], MaxWords=12, MinWords=5, MaxFragments=1, FragmentDelimiter=…')
        FROM documents d, websearch_to_tsquery('english', @q) q
        WHERE d.search @@ q /*filter*/
        ORDER BY ts_rank(d.search, q) DESC, d.id
        LIMIT @limit
        """;

    public override string SearchQuery(string userQuery) => userQuery;

    /// <summary>PostgreSQL text cannot hold U+0000 (a repair may record one it removed): it becomes U+FFFD.</summary>
    public override string Text(string value) => value.Contains('\0') ? value.Replace('\0', '\uFFFD') : value;

    /// <summary>PostgreSQL creates no database on connecting; the schema is made by the migrations (never on a read).</summary>
    internal override DbConnection Connect(string target, bool create)
    {
        var connection = new NpgsqlConnection(Settings(target).ConnectionString);
        connection.Open();
        return connection;
    }

    internal override IReadOnlyList<string> Tables(DbConnection connection)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() ORDER BY table_name";
        using var r = cmd.ExecuteReader();
        var names = new List<string>();
        while (r.Read()) names.Add(r.GetString(0));
        return names;
    }

    internal override string Describe(string target)
    {
        var b = Settings(target);
        return $"PostgreSQL database {b.Database ?? b.Username} on {b.Host}:{b.Port}"
            + (string.IsNullOrEmpty(b.SearchPath) ? "" : $" (schema {b.SearchPath})");
    }

    /// <exception cref="ArgumentException">The connection string or URI holds a value Npgsql cannot take (a port out of range, a timeout that is no number).</exception>
    internal static NpgsqlConnectionStringBuilder Settings(string target)
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(PostgresTarget.ToConnectionString(target));
            if (string.IsNullOrEmpty(b.ApplicationName)) b.ApplicationName = "demarche";
            if (b.MaxAutoPrepare == 0) b.MaxAutoPrepare = 32;
            return b;
        }
        catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException and not PostgresTargetException)
        {
            throw new PostgresTargetException($"the PostgreSQL connection string {PostgresTarget.Redact(target)} is not valid: {e.Message.Split('\n')[0].TrimEnd('.')}");
        }
    }

    internal override IDisposable LockMigrations(DbConnection connection)
    {
        Execute(connection, "SELECT pg_advisory_lock(@key)");
        return new Unlock(connection);
    }

    /// <summary>Every table and index in the store's schema (the first of the search path), with TOAST.</summary>
    internal override long DatabaseSize(DemarcheStore store)
    {
        using var cmd = store.Connection.CreateCommand();
        cmd.CommandText = """
            SELECT coalesce(sum(pg_total_relation_size(c.oid)), 0)
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'm')
            """;
        return Convert.ToInt64(cmd.ExecuteScalar());
    }

    /// <summary>Binary COPY: one round trip a table per batch instead of one a row.</summary>
    internal override void Insert(DbConnection connection, DbTransaction tx, TableRows rows)
    {
        if (rows.Rows.Count == 0) return;
        var columns = rows.Table.Columns;
        using var import = ((NpgsqlConnection)connection).BeginBinaryImport(
            $"COPY {rows.Table.Name} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows.Rows)
        {
            import.StartRow();
            for (int i = 0; i < columns.Count; i++)
            {
                var value = row[i];
                if (value is null) { import.WriteNull(); continue; }
                switch (columns[i].Type)
                {
                    case ColumnType.Integer: import.Write(Convert.ToInt32(value), NpgsqlDbType.Integer); break;
                    case ColumnType.BigInt: import.Write(Convert.ToInt64(value), NpgsqlDbType.Bigint); break;
                    case ColumnType.Double: import.Write(Convert.ToDouble(value), NpgsqlDbType.Double); break;
                    default: import.Write(Text((string)value), NpgsqlDbType.Text); break;
                }
            }
        }
        import.Complete();
    }

    private static void Execute(DbConnection connection, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.AddParameter("@key", MigrationLockKey);
        cmd.ExecuteNonQuery();
    }

    private sealed class Unlock(DbConnection connection) : IDisposable
    {
        public void Dispose()
        {
            if (connection.State == System.Data.ConnectionState.Open) Execute(connection, "SELECT pg_advisory_unlock(@key)");
        }
    }
}
