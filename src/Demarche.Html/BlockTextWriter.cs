using System.Text;
using AngleSharp.Dom;

namespace Demarche.Html;

/// <summary>
/// Turns an element tree into paragraphs the way a browser lays it out: block elements start a
/// new paragraph, inline elements keep the whitespace the markup has around them, runs of
/// whitespace become one space. Walks with an explicit stack (no recursion).
/// </summary>
public static class BlockTextWriter
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup",
        "hr", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot",
        "tr", "ul", "caption", "html", "legend", "option",
    };

    private static readonly HashSet<string> SkippedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea", "input", "iframe",
        "object", "embed", "canvas", "audio", "video", "map", "head", "title", "meta", "link",
    };

    public static IReadOnlyList<TextBlock> Blocks(INode root)
    {
        var writer = new State();
        // (node, leaving): the second visit of an element closes it.
        var stack = new Stack<(INode Node, bool Leaving)>();
        var openBlocks = new Stack<string>();
        openBlocks.Push("div");
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, leaving) = stack.Pop();
            if (node is IText text)
            {
                writer.Append(text.Data);
                continue;
            }
            if (node is not IElement element) continue;
            var tag = element.LocalName;
            if (leaving)
            {
                if (tag == "a") writer.LinkDepth--;
                if (BlockTags.Contains(tag))
                {
                    writer.Flush(tag);
                    if (openBlocks.Count > 1) openBlocks.Pop();
                }
                else writer.InlineBoundary();
                continue;
            }
            if (SkippedTags.Contains(tag)) continue;
            if (tag == "br") { writer.LineBreak(); continue; }
            if (BlockTags.Contains(tag))
            {
                writer.Flush(openBlocks.Peek());
                openBlocks.Push(tag);
            }
            else
            {
                writer.InlineBoundary();
                if (tag is "td" or "th") writer.Space();
                if (tag == "a") writer.LinkDepth++;
            }
            stack.Push((element, true));
            // Index the child list: AngleSharp's sibling links search the parent's list each step.
            var children = element.ChildNodes;
            for (int k = children.Length - 1; k >= 0; k--)
                stack.Push((children[k], false));
        }
        writer.Flush("div");
        return writer.Blocks;
    }

    public static string Join(IEnumerable<TextBlock> blocks) => string.Join("\n\n", blocks.Select(b => b.Text));

    private sealed class State
    {
        private readonly StringBuilder _text = new();
        private bool _pendingSpace;
        private bool _boundary;
        private int _linkChars;
        public int LinkDepth;
        public List<TextBlock> Blocks { get; } = [];

        public void Append(string data)
        {
            foreach (char c in data)
            {
                if (char.IsWhiteSpace(c) && c != '\u00A0' || c == '\u200B')
                {
                    if (c != '\u200B') _pendingSpace = true;
                    continue;
                }
                if (c == '\u00A0') { _pendingSpace = true; continue; }
                if (_text.Length > 0)
                {
                    char last = _text[^1];
                    if (_pendingSpace && last != '\n') _text.Append(' ');
                    // "end.<a>Next</a>": a sentence end touching a capital across an element edge.
                    else if (!_pendingSpace && _boundary && last is '.' or '!' or '?' && char.IsUpper(c)) _text.Append(' ');
                }
                _pendingSpace = false;
                _boundary = false;
                _text.Append(c);
                if (LinkDepth > 0) _linkChars++;
            }
        }

        public void InlineBoundary() => _boundary = true;

        public void Space() => _pendingSpace = true;

        public void LineBreak()
        {
            if (_text.Length > 0 && _text[^1] != '\n') _text.Append('\n');
            _pendingSpace = false;
        }

        public void Flush(string tag)
        {
            while (_text.Length > 0 && _text[^1] is '\n' or ' ') _text.Length--;
            if (_text.Length > 0)
                Blocks.Add(new TextBlock(_text.ToString(), Math.Min(_linkChars, _text.Length), tag));
            _text.Clear();
            _linkChars = 0;
            _pendingSpace = false;
            _boundary = false;
        }
    }
}
