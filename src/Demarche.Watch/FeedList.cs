using System.Xml;
using System.Xml.Linq;
using Demarche.Input.Feeds;

namespace Demarche.Watch;

/// <summary>The feeds named on the command line, and what could not be read.</summary>
public sealed record FeedListResult(IReadOnlyList<string> Urls, IReadOnlyList<string> Errors);

/// <summary>
/// Turns the FEEDS arguments of <c>watch</c> into feed addresses: an http(s) URL is a feed; a file is either an
/// OPML file (the subscription list feed readers export: every <c>outline</c> with an <c>xmlUrl</c>) or a list
/// with one URL a line, blank lines and <c>#</c> comments ignored. Duplicates are dropped, order is kept.
/// </summary>
public static class FeedList
{
    public static FeedListResult Expand(IEnumerable<string> arguments)
    {
        var urls = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var errors = new List<string>();
        foreach (var arg in arguments)
        {
            foreach (var (url, where) in Read(arg, errors))
            {
                if (!PageFetcher.IsHttpUrl(url)) errors.Add($"{where}: not an http(s) feed address: {url}");
                else if (seen.Add(url)) urls.Add(url);
            }
        }
        return new FeedListResult(urls, errors);
    }

    private static IEnumerable<(string Url, string Where)> Read(string arg, List<string> errors)
    {
        if (PageFetcher.IsHttpUrl(arg)) return [(arg, arg)];
        if (!File.Exists(arg))
        {
            errors.Add($"{arg}: no such file, and not an http(s) feed address");
            return [];
        }
        string text;
        try
        {
            text = File.ReadAllText(arg);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{arg}: cannot read the file: {e.Message}");
            return [];
        }
        return LooksLikeOpml(text) ? Opml(arg, text, errors) : Lines(arg, text);
    }

    private static bool LooksLikeOpml(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 2048));
        return head.TrimStart().StartsWith("<") && head.Contains("<opml", StringComparison.OrdinalIgnoreCase);
    }

    private static IEnumerable<(string, string)> Lines(string file, string text)
    {
        int n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var line = raw.Trim();
            int hash = line.IndexOf('#');
            // a '#' starts a comment at the start of a line or after a space (URLs keep their #fragments)
            if (hash == 0) continue;
            if (hash > 0 && char.IsWhiteSpace(line[hash - 1])) line = line[..hash].TrimEnd();
            if (line.Length > 0) yield return (line, $"{file}:{n}");
        }
    }

    private static IEnumerable<(string, string)> Opml(string file, string text, List<string> errors)
    {
        XDocument doc;
        try
        {
            // no DTD, no external entities: an OPML file is plain XML
            using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            doc = XDocument.Load(reader);
        }
        catch (XmlException e)
        {
            errors.Add($"{file}: not a readable OPML file: {e.Message}");
            return [];
        }
        var urls = doc.Descendants().Where(e => e.Name.LocalName == "outline")
            .Select(e => (string?)e.Attribute("xmlUrl") ?? (string?)e.Attribute("xmlurl"))
            .Where(u => !string.IsNullOrWhiteSpace(u))
            .Select(u => (u!.Trim(), file))
            .ToList();
        if (urls.Count == 0) errors.Add($"{file}: the OPML file lists no feed (no outline with an xmlUrl)");
        return urls;
    }
}
