using System.Data.Common;
using System.Globalization;
using System.Text.Json;

namespace Demarche.Store;

/// <summary>One page of rows and the cursor that asks for the next one (null after the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? Next);

/// <summary>Where a page starts: the sort value and tie-breaker of the last row of the page before, opaque to callers.</summary>
public sealed record PageCursor(object? Value, object Tie)
{
    /// <summary>The cursor as callers see it: base64url of a JSON pair.</summary>
    public string Encode() => Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new[] { Value, Tie }))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>Null for no cursor (the first page).</summary>
    /// <exception cref="FormatException">The text is not a cursor this store gave.</exception>
    public static PageCursor? Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor)) return null;
        try
        {
            var b64 = cursor.Replace('-', '+').Replace('_', '/');
            b64 += new string('=', (4 - b64.Length % 4) % 4);
            using var json = JsonDocument.Parse(Convert.FromBase64String(b64));
            var items = json.RootElement.EnumerateArray().ToArray();
            if (items.Length != 2 || Scalar(items[1]) is not { } tie) throw new FormatException();
            return new PageCursor(Scalar(items[0]), tie);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            throw new FormatException("the cursor is not one that this server gave (ask again without it)", e);
        }
    }

    private static object? Scalar(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Number when e.TryGetInt64(out var l) => l,
        JsonValueKind.Number => e.GetDouble(),
        _ => throw new FormatException(),
    };
}

/// <summary>
/// Keyset paging over one sort expression and a unique tie-breaker, in SQL that SQLite and PostgreSQL both
/// accept: rows come in (sort, tie) order with nulls last, and the page after a cursor starts strictly after
/// the cursor's row, so no page is read by skipping rows and a million rows never load at once.
/// </summary>
internal sealed record Keyset(string Sort, string Tie, bool Descending, bool Nullable)
{
    private string Direction => Descending ? "DESC" : "ASC";

    public string OrderBy => Sort == Tie
        ? $"{Sort} {Direction}"
        : $"{Sort} {Direction}{(Nullable ? " NULLS LAST" : "")}, {Tie} {Direction}";

    /// <summary>The condition for rows after the cursor (null for the first page); adds its parameters to the command.</summary>
    public string? After(PageCursor? cursor, DbCommand cmd)
    {
        if (cursor is null) return null;
        var op = Descending ? "<" : ">";
        cmd.AddParameter("@ks_tie", cursor.Tie);
        if (Sort == Tie) return $"{Tie} {op} @ks_tie";
        if (cursor.Value is null)
            return Nullable ? $"({Sort} IS NULL AND {Tie} {op} @ks_tie)" : throw new FormatException("the cursor is not one that this server gave");
        cmd.AddParameter("@ks_value", cursor.Value);
        return $"({Sort} {op} @ks_value OR ({Sort} = @ks_value AND {Tie} {op} @ks_tie){(Nullable ? $" OR {Sort} IS NULL" : "")})";
    }

    /// <summary>Reads at most <paramref name="limit"/> rows (one more is asked for, to know whether a next page exists).</summary>
    /// <param name="cursorOf">the cursor after a row, from the row and the reader standing on it</param>
    public static Page<T> Read<T>(DbCommand cmd, int limit, Func<DbDataReader, T> row, Func<DbDataReader, T, PageCursor> cursorOf)
    {
        var items = new List<T>();
        PageCursor? last = null;
        bool more = false;
        using (var r = cmd.ExecuteReader())
            while (r.Read())
            {
                if (items.Count == limit) { more = true; break; }
                var item = row(r);
                items.Add(item);
                last = cursorOf(r, item);
            }
        return new Page<T>(items, more ? last?.Encode() : null);
    }
}

/// <summary>SQL text built from optional conditions.</summary>
internal static class Sql
{
    public static string Where(IEnumerable<string?> conditions, string keyword = "WHERE")
    {
        var list = conditions.Where(c => c is not null).ToList();
        return list.Count == 0 ? "" : keyword + " " + string.Join(" AND ", list);
    }

    public static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A page size inside 1..max.</summary>
    public static int Clamp(int limit, int max = 500) => Math.Clamp(limit, 1, max);
}
