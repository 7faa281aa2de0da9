using System.Text;

namespace Demarche.Actors.Lexicon;

/// <summary>
/// A small reader for the YAML subset the dictionaries use (block mappings and sequences by indentation, flow
/// [lists] and {maps} that may span lines, plain and quoted scalars, # comments). It loads much faster than a
/// full YAML library at start-up. Mappings are <see cref="Dictionary{TKey,TValue}"/> (insertion order kept),
/// sequences <see cref="List{T}"/>, scalars strings (null for null, ~ and empty values).
/// </summary>
public static class MiniYaml
{
    private struct Line
    {
        public int Indent;
        public string Text;
        public int Number;
    }

    public static object? Parse(string text, string source = "yaml")
    {
        var lines = new List<Line>();
        int n = 0;
        foreach (var raw in text.Split('\n'))
        {
            n++;
            var l = StripComment(raw.TrimEnd('\r'));
            if (l.Trim().Length == 0 || l.TrimStart().StartsWith("---", StringComparison.Ordinal) && l.Trim() == "---") continue;
            int ind = 0;
            while (ind < l.Length && l[ind] == ' ') ind++;
            lines.Add(new Line { Indent = ind, Text = l[ind..].TrimEnd(), Number = n });
        }
        if (lines.Count == 0) return null;
        int i = 0;
        try { return ParseBlock(lines, ref i, lines[0].Indent); }
        catch (FormatException ex) { throw new InvalidDataException($"{source}: {ex.Message}", ex); }
    }

    private static string StripComment(string l)
    {
        bool sq = false, dq = false;
        for (int k = 0; k < l.Length; k++)
        {
            char c = l[k];
            if (Quote(l, k, ref sq, ref dq)) continue;
            if (c == '#' && !sq && !dq && (k == 0 || l[k - 1] is ' ' or '\t')) return l[..k];
        }
        return l;
    }

    private static object? ParseBlock(List<Line> lines, ref int i, int indent)
    {
        if (i >= lines.Count) return null;
        var first = lines[i];
        if (IsDash(first.Text)) return ParseSequence(lines, ref i, first.Indent);
        if (FindColon(first.Text) >= 0) return ParseMapping(lines, ref i, first.Indent);
        return ParseValue(lines, ref i, first.Text);
    }

    private static bool IsDash(string t) => t == "-" || t.StartsWith("- ", StringComparison.Ordinal);

    private static List<object?> ParseSequence(List<Line> lines, ref int i, int indent)
    {
        var list = new List<object?>();
        while (i < lines.Count && lines[i].Indent == indent && IsDash(lines[i].Text))
        {
            var rest = lines[i].Text.Length > 1 ? lines[i].Text[2..] : "";
            int restIndent = indent + 2 + (rest.Length - rest.TrimStart().Length);
            rest = rest.TrimStart();
            if (rest.Length == 0)
            {
                i++;
                list.Add(i < lines.Count && lines[i].Indent > indent ? ParseBlock(lines, ref i, lines[i].Indent) : null);
            }
            else if (IsDash(rest) || rest[0] is not ('[' or '{' or '"' or '\'') && FindColon(rest) >= 0)
            {
                // "- key: value" starts a mapping (or "- - x" a sequence) one level in
                lines[i] = new Line { Indent = restIndent, Text = rest, Number = lines[i].Number };
                list.Add(ParseBlock(lines, ref i, restIndent));
            }
            else list.Add(ParseValue(lines, ref i, rest));
        }
        return list;
    }

    private static Dictionary<string, object?> ParseMapping(List<Line> lines, ref int i, int indent)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (i < lines.Count && lines[i].Indent == indent && !IsDash(lines[i].Text))
        {
            var t = lines[i].Text;
            int colon = FindColon(t);
            if (colon < 0) throw new FormatException($"line {lines[i].Number}: expected 'key: value'");
            var key = Unquote(t[..colon].Trim());
            var rest = t[(colon + 1)..].Trim();
            if (rest.Length == 0)
            {
                i++;
                if (i < lines.Count && (lines[i].Indent > indent || lines[i].Indent == indent && IsDash(lines[i].Text)))
                    map[key] = ParseBlock(lines, ref i, lines[i].Indent);
                else map[key] = null;
            }
            else map[key] = ParseValue(lines, ref i, rest);
        }
        return map;
    }

    /// <summary>A value on one line, or a flow collection continued over the next lines until its brackets close.</summary>
    private static object? ParseValue(List<Line> lines, ref int i, string text)
    {
        int startLine = lines[i].Number;
        i++;
        if (text[0] is '[' or '{')
        {
            var sb = new StringBuilder(text);
            while (!Balanced(sb) && i < lines.Count) { sb.Append(' ').Append(lines[i].Text); i++; }
            int pos = 0;
            var s = sb.ToString();
            try { return ParseFlow(s, ref pos); }
            catch (IndexOutOfRangeException) { throw new FormatException($"line {startLine}: unclosed bracket"); }
        }
        return Scalar(text);
    }

    private static bool Balanced(StringBuilder sb)
    {
        int depth = 0;
        bool sq = false, dq = false;
        var str = sb.ToString();
        for (int k = 0; k < str.Length; k++)
        {
            char c = str[k];
            if (Quote(str, k, ref sq, ref dq)) continue;
            if (!sq && !dq && c is '[' or '{') depth++;
            else if (!sq && !dq && c is ']' or '}') depth--;
        }
        return depth <= 0;
    }

    private static object? ParseFlow(string s, ref int p)
    {
        SkipWs(s, ref p);
        if (s[p] == '[')
        {
            p++;
            var list = new List<object?>();
            while (true)
            {
                SkipWs(s, ref p);
                if (s[p] == ']') { p++; return list; }
                list.Add(ParseFlow(s, ref p));
                SkipWs(s, ref p);
                if (s[p] == ',') p++;
            }
        }
        if (s[p] == '{')
        {
            p++;
            var map = new Dictionary<string, object?>(StringComparer.Ordinal);
            while (true)
            {
                SkipWs(s, ref p);
                if (s[p] == '}') { p++; return map; }
                var key = FlowScalar(s, ref p, isKey: true) ?? "";
                SkipWs(s, ref p);
                if (s[p] == ':') p++;
                SkipWs(s, ref p);
                map[key] = s[p] is ',' or '}' ? null : ParseFlow(s, ref p);
                SkipWs(s, ref p);
                if (s[p] == ',') p++;
            }
        }
        return FlowScalar(s, ref p, isKey: false);
    }

    private static string? FlowScalar(string s, ref int p, bool isKey)
    {
        if (s[p] is '"' or '\'')
        {
            char q = s[p++];
            var sb = new StringBuilder();
            while (p < s.Length)
            {
                char c = s[p++];
                if (c == q)
                {
                    if (q == '\'' && p < s.Length && s[p] == '\'') { sb.Append('\''); p++; continue; }
                    break;
                }
                if (c == '\\' && q == '"' && p < s.Length) { sb.Append(s[p++] switch { 'n' => '\n', 't' => '\t', var o => o }); continue; }
                sb.Append(c);
            }
            return sb.ToString();
        }
        int start = p;
        while (p < s.Length && s[p] is not (',' or ']' or '}') && !(isKey && s[p] == ':' && (p + 1 >= s.Length || s[p + 1] == ' ')))
            p++;
        return Scalar(s[start..p].Trim());
    }

    private static void SkipWs(string s, ref int p)
    {
        while (p < s.Length && char.IsWhiteSpace(s[p])) p++;
    }

    /// <summary>The colon that ends a key ("key: value" or "key:"), outside quotes and brackets; -1 if none.</summary>
    private static int FindColon(string t)
    {
        bool sq = false, dq = false;
        int depth = 0;
        for (int k = 0; k < t.Length; k++)
        {
            char c = t[k];
            if (Quote(t, k, ref sq, ref dq) || sq || dq) continue;
            else if (c is '[' or '{') depth++;
            else if (c is ']' or '}') depth--;
            else if (c == ':' && depth == 0 && (k + 1 == t.Length || t[k + 1] == ' ')) return k;
        }
        return -1;
    }

    /// <summary>Tracks quoted scalars: a quote opens one only where a scalar starts (so "Côte d'Ivoire" is plain).</summary>
    private static bool Quote(string s, int k, ref bool sq, ref bool dq)
    {
        char c = s[k];
        if (c != '\'' && c != '"') return false;
        if (sq) { if (c == '\'') sq = false; return true; }
        if (dq) { if (c == '"' && (k == 0 || s[k - 1] != '\\')) dq = false; return true; }
        int b = k - 1;
        while (b >= 0 && s[b] == ' ') b--;
        if (b >= 0 && s[b] is not ('[' or '{' or ',' or ':' or '-')) return false;
        if (c == '\'') sq = true; else dq = true;
        return true;
    }

    private static string Unquote(string s) =>
        s.Length >= 2 && (s[0] == '"' && s[^1] == '"' || s[0] == '\'' && s[^1] == '\'') ? s[1..^1] : s;

    private static string? Scalar(string t)
    {
        t = t.Trim();
        if (t.Length == 0 || t is "null" or "~" or "Null" or "NULL") return null;
        if (t[0] is '"' or '\'')
        {
            int p = 0;
            return FlowScalar(t, ref p, isKey: false);
        }
        return t;
    }
}
