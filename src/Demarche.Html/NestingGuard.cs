using System.Text;
using AngleSharp.Dom;

namespace Demarche.Html;

/// <summary>
/// Keeps deeply nested pages away from recursive code (a stack overflow cannot be caught) and from
/// the parser's slow path (AngleSharp slows down sharply past its 512-level cap). A linear scan of the
/// markup over-estimates the element depth; when it passes <see cref="MaxDepth"/>, the start tags
/// beyond that depth and their end tags are dropped, so the text stays but the tree is flat.
/// </summary>
public static class NestingGuard
{
    /// <summary>Deepest element nesting kept. Real pages stay well under 100 levels.</summary>
    public const int MaxDepth = 400;

    private static readonly HashSet<string> NotNesting = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "keygen", "command", "basefont", "bgsound", "frame", "isindex",
        // Elements whose end tag is optional: a page that never closes them is not nested by them.
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "rt", "rp",
    };

    private static readonly HashSet<string> RawText = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "textarea", "title", "xmp", "plaintext", "noembed", "noframes",
    };

    /// <summary>Upper-bound estimate of element depth from the markup: open start tags minus end tags.</summary>
    public static int EstimateDepth(string html) => Scan(html, int.MaxValue, null);

    /// <summary>The markup itself when it nests no deeper than <paramref name="maxDepth"/>, else a flattened copy.</summary>
    public static string Flatten(string html, int maxDepth = MaxDepth)
    {
        if (Scan(html, int.MaxValue, null) <= maxDepth) return html;
        var output = new StringBuilder(html.Length);
        Scan(html, maxDepth, output);
        return output.ToString();
    }

    /// <summary>
    /// One pass over the tags. With <paramref name="output"/>, copies the markup without the start tags
    /// opened beyond <paramref name="limit"/> and without the end tags that would close them.
    /// </summary>
    private static int Scan(string html, int limit, StringBuilder? output)
    {
        var notNesting = NotNesting.GetAlternateLookup<ReadOnlySpan<char>>();
        var rawText = RawText.GetAlternateLookup<ReadOnlySpan<char>>();
        int depth = 0, max = 0, dropped = 0, i = 0, copied = 0;
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
            bool drop = false;
            if (closing)
            {
                if (!notNesting.Contains(name))
                {
                    if (dropped > 0) { dropped--; drop = true; }
                    else if (depth > 0) depth--;
                }
            }
            else if (html[close - 1] != '/' && !notNesting.Contains(name))
            {
                if (depth >= limit) { dropped++; drop = true; }
                else if (++depth > max) max = depth;
                if (rawText.Contains(name))
                {
                    // Raw text runs to the matching end tag, which closes the element.
                    int end = html.IndexOf("</" + name.ToString(), close, StringComparison.OrdinalIgnoreCase);
                    if (end < 0) break;
                    if (drop) dropped--; else depth--;
                    if (drop && output is not null) { output.Append(html, copied, i - copied); copied = close + 1; }
                    i = html.IndexOf('>', end) is int gt and >= 0 ? gt + 1 : html.Length;
                    if (drop && output is not null) copied = i;
                    continue;
                }
            }
            if (drop && output is not null)
            {
                output.Append(html, copied, i - copied);
                copied = close + 1;
            }
            i = close + 1;
        }
        output?.Append(html, copied, html.Length - copied);
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
            foreach (var child in node.ChildNodes)
                if (child.NodeType == NodeType.Element) stack.Push((child, depth + 1));
        }
        return max;
    }
}
