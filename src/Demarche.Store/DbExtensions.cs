using System.Data.Common;
using System.Globalization;

namespace Demarche.Store;

/// <summary>
/// ADO.NET helpers that work the same on every provider. Integers are read by conversion, because the
/// providers disagree on their width (PostgreSQL's count(*) is a bigint, SQLite has one integer type).
/// </summary>
public static class DbExtensions
{
    public static DbParameter AddParameter(this DbCommand cmd, string name, object? value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }

    public static string? StringOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int Int(this DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    public static long Long(this DbDataReader r, int i) => Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);
}
