using System.Data.Common;

namespace Demarche.Store;

/// <summary>
/// Migrations that a branch applied under another name before it was merged and its migrations renumbered after
/// main's. A store such a build made is upgraded, not refused as newer: each old name is read as its new one (or
/// dropped when its work was folded into another migration, which then skips what is already done).
/// </summary>
internal static class RenamedMigrations
{
    /// <summary>Old version → new version, or null when another migration does the same work.</summary>
    private static readonly Dictionary<string, string?> NewName = new(StringComparer.Ordinal)
    {
        ["0006_feeds"] = "0007_feeds",                     // watch feeds (issue 12), after 0006_event_place_and_precision
        ["0006_event_sentences"] = "0008_event_sentences", // sentences cut in C# (issue 17)
        ["0007_undated_months"] = null,                    // undated profile counts (issue 17): 0006_event_place_and_precision counts them too and skips them when present
    };

    /// <summary>The applied versions as this program names them.</summary>
    public static IReadOnlyList<string> Current(IEnumerable<string> applied) =>
        applied.Select(v => NewName.TryGetValue(v, out var renamed) ? renamed : v).OfType<string>().Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Rewrites old names in schema_migrations, in one transaction (a second process finds nothing left to rename).</summary>
    public static void Apply(DemarcheStore store)
    {
        if (!store.AppliedMigrations().Any(NewName.ContainsKey)) return;
        using var tx = store.Connection.BeginTransaction();
        foreach (var (old, renamed) in NewName)
        {
            if (renamed is not null)
                Run(store, tx, "UPDATE schema_migrations SET version = @new WHERE version = @old AND NOT EXISTS (SELECT 1 FROM schema_migrations WHERE version = @new)",
                    ("@old", old), ("@new", renamed));
            Run(store, tx, "DELETE FROM schema_migrations WHERE version = @old", ("@old", old));
        }
        tx.Commit();
    }

    private static void Run(DemarcheStore store, DbTransaction tx, string sql, params (string Name, string Value)[] parameters)
    {
        using var cmd = store.Command(sql, tx);
        foreach (var (name, value) in parameters) cmd.AddParameter(name, value);
        cmd.ExecuteNonQuery();
    }
}
