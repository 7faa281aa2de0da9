using AngleSharp.Dom;
using Demarche.Core.Model;

namespace Demarche.Html;

/// <summary>
/// Keeps deeply nested pages away from recursive code (a stack overflow cannot be caught).
/// <see cref="EstimateDepth"/> is a cheap linear scan of the markup that over-estimates the
/// element depth; only when it is high is the parsed tree measured exactly, without recursion.
/// </summary>
public static class NestingGuard
{
    /// <summary>Deepest element nesting accepted. Real pages stay well under 100 levels.</summary>
    public const int MaxDepth = 600;

    private static readonly HashSet<string> VoidOrSelfClosing = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "isindex",
        // Elements whose end tag is optional: a page that never closes them is not nested by them.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp",
    };

    /// <summary>Upper-bound estimate of element depth from the markup: start tags minus end tags.</summary>
    public static int EstimateDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            char c = html[i + 1];
            if (c == '!' || c == '?')
            {
                int end = string.CompareOrdinal(html, i, "<!--", 0, 4) == 0
                    ? html.IndexOf("-->", i + 4, StringComparison.Ordinal)
                    : html.IndexOf('>', i + 1);
                if (end < 0) break;
                i = end + 1;
                continue;
            }
            bool closing = c == '/';
            int nameStart = closing ? i + 2 : i + 1;
            int j = nameStart;
            while (j < html.Length && (char.IsAsciiLetterOrDigit(html[j]) || html[j] == '-' || html[j] == ':')) j++;
            if (j == nameStart || !char.IsAsciiLetter(html[nameStart])) { i++; continue; }
            var name = html.AsSpan(nameStart, j - nameStart);
            int close = html.IndexOf('>', j);
            if (close < 0) break;
            bool selfClosing = html[close - 1] == '/';
            var lookup = VoidOrSelfClosing.GetAlternateLookup<ReadOnlySpan<char>>();
            if (closing)
            {
                if (!lookup.Contains(name) && depth > 0) depth--;
            }
            else if (!selfClosing && !lookup.Contains(name))
            {
                if (++depth > max) max = depth;
                if (name.Equals("script", StringComparison.OrdinalIgnoreCase) || name.Equals("style", StringComparison.OrdinalIgnoreCase)
                    || name.Equals("textarea", StringComparison.OrdinalIgnoreCase) || name.Equals("title", StringComparison.OrdinalIgnoreCase))
                {
                    // Raw text: skip to the matching end tag.
                    int end = html.IndexOf("</" + name.ToString(), close, StringComparison.OrdinalIgnoreCase);
                    if (end < 0) break;
                    depth--;
                    i = end + 2;
                    continue;
                }
            }
            i = close + 1;
        }
        return max;
    }

    /// <summary>Exact element depth of a parsed tree, walked with an explicit stack.</summary>
    public static int MeasureDepth(INode root)
    {
        int max = 0;
        var stack = new Stack<(INode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (depth > max) max = depth;
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
                if (child.NodeType == NodeType.Element) stack.Push((child, depth + 1));
        }
        return max;
    }

    /// <summary>Throws <see cref="DocumentRejectedException"/> when the parsed tree is nested deeper than <see cref="MaxDepth"/>.</summary>
    public static void Check(string html, INode parsed)
    {
        if (EstimateDepth(html) <= MaxDepth) return;
        int depth = MeasureDepth(parsed);
        if (depth > MaxDepth)
            throw new DocumentRejectedException(
                $"the page nests HTML elements {depth} levels deep (the limit is {MaxDepth}); it is not a readable article");
    }
}
