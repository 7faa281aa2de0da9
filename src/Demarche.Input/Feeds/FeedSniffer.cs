using System.Text.RegularExpressions;

namespace Demarche.Input.Feeds;

/// <summary>Recognises a feed by its first element (rss, feed, rdf:RDF) or, for JSON Feed, its version URL.</summary>
public static partial class FeedSniffer
{
    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart();
        if (head.StartsWith("{"))
            return head.Contains("jsonfeed.org/version", StringComparison.OrdinalIgnoreCase);
        if (!head.StartsWith("<")) return false;
        return FirstElement().Match(head.ToString()) is { Success: true } m
            && (m.Groups[1].Value.Equals("rss", StringComparison.OrdinalIgnoreCase)
                || m.Groups[1].Value == "feed"
                || m.Groups[1].Value.EndsWith("RDF", StringComparison.Ordinal));
    }

    /// <summary>The first element's name after the XML declaration, comments, processing instructions and a doctype.</summary>
    [GeneratedRegex(@"^\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*<([A-Za-z_][\w.\-]*(?::[\w.\-]+)?)", RegexOptions.Singleline)]
    private static partial Regex FirstElement();
}
