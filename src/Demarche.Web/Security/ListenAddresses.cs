using System.Net;

namespace Demarche.Web.Security;

/// <summary>What --urls asks to listen on, and whether all of it is on this machine only (loopback).</summary>
public static class ListenAddresses
{
    /// <summary>The URLs of a ';'-separated list, each checked to be an absolute http(s) address.</summary>
    /// <exception cref="ArgumentException">An entry that is not an http(s) URL.</exception>
    public static IReadOnlyList<Uri> Parse(string urls)
    {
        var list = new List<Uri>();
        foreach (var part in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            // ASP.NET accepts http://*:80 and http://+:80, which Uri does not
            var normal = part.Replace("://*", "://0.0.0.0").Replace("://+", "://0.0.0.0");
            if (!Uri.TryCreate(normal, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                throw new ArgumentException($"--urls: '{part}' is not an http(s) address such as http://127.0.0.1:8080");
            list.Add(uri);
        }
        if (list.Count == 0) throw new ArgumentException("--urls: no address given");
        return list;
    }

    /// <summary>True when the host is localhost or a loopback address (127.0.0.0/8, ::1).</summary>
    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip);

    /// <summary>
    /// Null when the addresses may be served as asked, else why not: listening beyond loopback without a token
    /// would let anyone on the network analyse, fetch and write.
    /// </summary>
    public static string? Refusal(IReadOnlyList<Uri> urls, string? token)
    {
        var open = urls.FirstOrDefault(u => !IsLoopback(u));
        if (open is null || token is not null) return null;
        return $"{open.Host} is not a loopback address: give --token (or set DEMARCHE_TOKEN) so that writes and analyses need it, or serve on 127.0.0.1";
    }

    /// <summary>The address a person opens: the first URL, a wildcard host (0.0.0.0, ::) replaced by 127.0.0.1.</summary>
    public static string BrowserUrl(Uri first)
    {
        var host = first.Host is "0.0.0.0" or "[::]" or "::" ? "127.0.0.1" : first.Host;
        return new UriBuilder(first.Scheme, host, first.Port, "/").Uri.ToString();
    }
}
