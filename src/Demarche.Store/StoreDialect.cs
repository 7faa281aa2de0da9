using System.Data.Common;

namespace Demarche.Store;

/// <summary>
/// What differs between the databases the store runs on: how to connect, which migration files apply,
/// full-text search, index hints, bulk inserts and size. Every other query is SQL that both accept.
/// </summary>
public abstract class StoreDialect
{
    /// <summary>The migration file suffix: NNNN_name.NAME.sql applies to this database only.</summary>
    public abstract string Name { get; }

    /// <summary>An expression that orders an item table's rows as they were written.</summary>
    public abstract string RowOrder { get; }

    /// <summary>A full-text query returning (id, source, title, published, snippet) for @q, best first, at most @limit rows;
    /// more conditions on documents d go in place of its <c>/*filter*/</c> comment.</summary>
    public abstract string SearchSql { get; }

    /// <summary>The @q value of <see cref="SearchSql"/> for what the user typed.</summary>
    public abstract string SearchQuery(string userQuery);

    /// <summary>A string as this database can hold it.</summary>
    public virtual string Text(string value) => value;

    /// <summary>Refreshes the planner's statistics after a large load.</summary>
    public abstract string OptimizeSql { get; }

    /// <summary>An open connection to the target; <paramref name="create"/> false: a missing database is an error, nothing is created.</summary>
    internal abstract DbConnection Connect(string target, bool create);

    /// <summary>Settings a store needs (SQLite's journal mode), made once it is known to be a Demarche store or a new one.</summary>
    internal virtual void Configure(DbConnection connection) { }

    /// <summary>The tables of the store's schema, read at once (one snapshot, so a store another process is creating is seen whole or not at all).</summary>
    internal abstract IReadOnlyList<string> Tables(DbConnection connection);

    /// <summary>Whether tables other than Demarche's make the database someone else's (an SQLite file: yes; a shared PostgreSQL database: no).</summary>
    internal virtual bool OtherTablesMeanForeign => false;

    /// <summary>Where the data is, for messages (never a password).</summary>
    internal abstract string Describe(string target);

    /// <summary>Holds other processes off the migrations until disposed.</summary>
    internal virtual IDisposable LockMigrations(DbConnection connection) => NoLock.Instance;

    internal abstract long DatabaseSize(DemarcheStore store);

    /// <summary>Adds rows to a table inside the transaction; the base does one prepared INSERT a row.</summary>
    internal virtual void Insert(DbConnection connection, DbTransaction tx, TableRows rows)
    {
        if (rows.Rows.Count == 0) return;
        var columns = rows.Table.Columns;
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = $"INSERT INTO {rows.Table.Name} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) "
            + $"VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = new DbParameter[columns.Count];
        for (int i = 0; i < columns.Count; i++)
        {
            parameters[i] = cmd.CreateParameter();
            parameters[i].ParameterName = "@p" + i;
            parameters[i].DbType = columns[i].DbType;
            cmd.Parameters.Add(parameters[i]);
        }
        bool prepared = false;
        foreach (var row in rows.Rows)
        {
            for (int i = 0; i < parameters.Length; i++) parameters[i].Value = row[i] is string s ? Text(s) : row[i] ?? DBNull.Value;
            if (!prepared) { cmd.Prepare(); prepared = true; }
            cmd.ExecuteNonQuery();
        }
    }

    internal static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"") + "\"";

    private sealed class NoLock : IDisposable
    {
        public static readonly NoLock Instance = new();
        public void Dispose() { }
    }
}
