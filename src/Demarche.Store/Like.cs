namespace Demarche.Store;

/// <summary>Case-insensitive "contains" in SQL that SQLite and PostgreSQL both accept.</summary>
internal static class Like
{
    /// <summary>A condition true when <paramref name="column"/> contains the escaped text in <paramref name="parameter"/>.</summary>
    public static string Contains(string column, string parameter) => $@"lower({column}) LIKE '%' || lower({parameter}) || '%' ESCAPE '\'";

    /// <summary>The text with LIKE's wildcards (% and _) and the escape character taken literally.</summary>
    public static string Escape(string text) => text.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_");
}
