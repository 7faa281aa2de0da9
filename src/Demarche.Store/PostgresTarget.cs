using System.Text.RegularExpressions;
using Npgsql;

namespace Demarche.Store;

/// <summary>
/// Tells a PostgreSQL target from a file path, and turns a postgres:// URI into an Npgsql connection string.
/// A target is PostgreSQL when it is a URI (postgres://, postgresql://) or a keyword connection string with
/// a Host (or Server) keyword: <c>Host=db.example.org;Username=demarche;Database=news</c>.
/// </summary>
public static partial class PostgresTarget
{
    [GeneratedRegex(@"(^|;)\s*(host|server)\s*=", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HostKeyword();

    public static bool IsUri(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static bool IsPostgres(string target) => IsUri(target) || HostKeyword().IsMatch(target);

    /// <summary>The target as an Npgsql connection string (a keyword string is returned as it is).</summary>
    public static string ToConnectionString(string target) => IsUri(target) ? FromUri(target) : target;

    /// <summary>
    /// postgres://user:password@host:port/database?sslmode=require&amp;application_name=x (libpq's URI form):
    /// user, password, host, port and database, and the query parameters sslmode, connect_timeout,
    /// application_name, options and target_session_attrs; other parameters are taken as Npgsql keywords.
    /// </summary>
    public static string FromUri(string uri)
    {
        if (!Uri.TryCreate(uri, UriKind.Absolute, out var u))
            throw new PostgresTargetException($"not a valid PostgreSQL URI: {Redact(uri)}");
        var b = new NpgsqlConnectionStringBuilder { Host = u.Host.Length > 0 ? u.Host.Trim('[', ']') : "localhost" };
        if (u.Port > 0) b.Port = u.Port;
        if (u.UserInfo.Length > 0)
        {
            var colon = u.UserInfo.IndexOf(':');
            b.Username = Uri.UnescapeDataString(colon < 0 ? u.UserInfo : u.UserInfo[..colon]);
            if (colon >= 0) b.Password = Uri.UnescapeDataString(u.UserInfo[(colon + 1)..]);
        }
        var database = Uri.UnescapeDataString(u.AbsolutePath.TrimStart('/'));
        if (database.Length > 0) b.Database = database;
        foreach (var pair in u.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=');
            var key = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? "" : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            switch (key.ToLowerInvariant())
            {
                case "sslmode":
                    b.SslMode = Enum.TryParse<SslMode>(value.Replace("-", ""), ignoreCase: true, out var mode) && Enum.IsDefined(mode) ? mode
                        : throw Invalid(uri, key, value, "disable, allow, prefer, require, verify-ca or verify-full");
                    break;
                case "connect_timeout": b.Timeout = Number(uri, key, value, 0, 1024); break;
                case "application_name": b.ApplicationName = value; break;
                case "options": b.Options = value; break;
                case "target_session_attrs": b["Target Session Attributes"] = value; break;
                case "host": b.Host = value; break;
                case "port": b.Port = Number(uri, key, value, 1, 65535); break;
                case "user": b.Username = value; break;
                case "password": b.Password = value; break;
                case "dbname": b.Database = value; break;
                default:
                    try { b[key] = value; }
                    catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException or OverflowException)
                    {
                        throw Invalid(uri, key, value, "a value Npgsql takes for that keyword");
                    }
                    break;
            }
        }
        return b.ConnectionString;
    }

    private static int Number(string uri, string key, string value, int min, int max) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? n : throw Invalid(uri, key, value, $"a whole number from {min} to {max}");

    private static PostgresTargetException Invalid(string uri, string key, string value, string expected) =>
        new($"in the PostgreSQL URI {Redact(uri)}, {key}={(key.Contains("password", StringComparison.OrdinalIgnoreCase) ? "***" : value)} is not valid: expected {expected}");

    /// <summary>The target with any password replaced by ***, for messages.</summary>
    public static string Redact(string target) =>
        IsUri(target) ? Regex.Replace(target, @"(://[^:/@]*:)[^@]*@", "$1***@")
        : Regex.Replace(target, @"(?i)((^|;)\s*(password|pwd)\s*=)[^;]*", "$1***");
}

/// <summary>A PostgreSQL connection string or URI that cannot be used as written; the message names the value (never a password).</summary>
public sealed class PostgresTargetException(string message) : ArgumentException(message);
