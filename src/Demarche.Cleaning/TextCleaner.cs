using System.Text;
using Demarche.Core.Data;
using Demarche.Core.Model;

namespace Demarche.Cleaning;

/// <summary>
/// Repairs badly scraped text: Unicode NFC, odd spaces and invisible characters, mojibake, boilerplate lines
/// (ads, newsletter promos, captions, share buttons) and glued words. Lines stay lines; runs of blank lines
/// become one. Every change is reported as a <see cref="Repair"/> whose offsets point into the clean text.
/// </summary>
public sealed class TextCleaner
{
    private readonly Lazy<CleaningResources> _resources;

    /// <summary>A cleaner using the lexicon and rules of the data folder (loaded once per process).</summary>
    public TextCleaner() => _resources = new Lazy<CleaningResources>(() => CleaningResources.Default);

    public TextCleaner(CleaningResources resources) => _resources = new Lazy<CleaningResources>(resources);

    public CleanedText Clean(string raw)
    {
        var resources = _resources.Value;
        raw = resources.Nfc.Compose(raw);

        var lines = SplitLines(raw);
        var removed = MarkBoilerplate(lines, resources.Boilerplate);

        var output = Builders.Rent(raw.Length + 64);
        var repairs = new List<Repair>();
        var splits = new List<int>();
        int blankRun = 0;           // blank input lines since the last kept line
        bool anyKept = false;
        bool removedSinceKept = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (removed[i])
            {
                removedSinceKept = true;
                if (line.Text.Length > 0)
                    repairs.Add(new Repair(output.Length, output.Length, RepairKind.Boilerplate, line.Raw, ""));
                continue;
            }
            if (line.Text.Length == 0)
            {
                blankRun++;
                continue;
            }
            if (anyKept)
            {
                output.Append(blankRun > 0 ? "\n\n" : "\n");
                if (blankRun > 1 && !removedSinceKept)
                    repairs.Add(new Repair(output.Length, output.Length, RepairKind.Whitespace,
                        new string('\n', blankRun - 1), ""));
            }
            blankRun = 0;
            anyKept = true;
            removedSinceKept = false;
            AppendLine(line, resources.Glue, output, repairs, splits);
        }
        // a text that cleaning left as it was (one line, nothing to repair: most JSONL texts) is not copied
        var cleaned = output.Equals(raw.AsSpan()) ? raw : output.ToString();
        Builders.Return(output);
        return new CleanedText(cleaned, repairs);
    }

    /// <summary>A string builder per thread, kept between documents while it is small, so that a document does not make one.</summary>
    private static class Builders
    {
        private const int KeptCapacity = 1 << 16;
        [ThreadStatic] private static StringBuilder? _kept;

        public static StringBuilder Rent(int capacity)
        {
            var b = _kept;
            _kept = null;
            if (b is null) return new StringBuilder(capacity);
            b.Clear();
            b.EnsureCapacity(capacity);
            return b;
        }

        public static void Return(StringBuilder b)
        {
            if (b.Capacity <= KeptCapacity) _kept = b;
        }
    }

    private static void AppendLine(NormalizedLine line, GlueSplitter glue, StringBuilder output, List<Repair> repairs, List<int> splits)
    {
        int lineStart = output.Length;
        var text = line.Text;
        splits.Clear();
        glue.FindSplits(text, splits);
        if (splits.Count == 0)
        {
            output.Append(text);
            foreach (var r in line.Repairs)
                repairs.Add(new Repair(lineStart + r.Start, lineStart + r.End, r.Kind, r.Before, r.After));
            return;
        }
        splits.Sort();
        // Copy the line with a space at each split, and report one repair per glued token.
        int copied = 0;
        int s = 0;
        var pending = new List<Repair>();
        var applied = new List<int>(splits.Count); // the splits that did insert a space, in order
        while (s < splits.Count)
        {
            // the glued token around the split; it never reaches back into what was copied ("Al|ger.Talks": the
            // token of "Talks" would otherwise start at "Alger", already written), and a split that is not inside
            // a word (a duplicate, or one at the token's edge) is dropped
            int tokenStart = Math.Max(copied, TokenStart(text, splits[s]));
            int tokenEnd = TokenEnd(text, splits[s]);
            if (splits[s] <= tokenStart || splits[s] >= tokenEnd)
            {
                s++;
                continue;
            }
            output.Append(text, copied, tokenStart - copied);
            int outStart = output.Length;
            int from = tokenStart;
            while (s < splits.Count && splits[s] < tokenEnd)
            {
                if (splits[s] > from)
                {
                    output.Append(text, from, splits[s] - from).Append(' ');
                    from = splits[s];
                    applied.Add(from);
                }
                s++;
            }
            output.Append(text, from, tokenEnd - from);
            pending.Add(new Repair(outStart, output.Length, RepairKind.GluedWords, text[tokenStart..tokenEnd],
                output.ToString(outStart, output.Length - outStart)));
            copied = tokenEnd;
        }
        output.Append(text, copied, text.Length - copied);
        foreach (var r in line.Repairs)
        {
            int shiftStart = CountAtOrBefore(applied, r.Start);
            int shiftEnd = r.End > r.Start ? CountBefore(applied, r.End) : shiftStart;
            repairs.Add(new Repair(lineStart + r.Start + shiftStart, lineStart + r.End + shiftEnd, r.Kind, r.Before, r.After));
        }
        repairs.AddRange(pending);
    }

    private static int CountAtOrBefore(List<int> sorted, int position)
    {
        int n = 0;
        foreach (int p in sorted) if (p <= position) n++;
        return n;
    }

    private static int CountBefore(List<int> sorted, int position)
    {
        int n = 0;
        foreach (int p in sorted) if (p < position) n++;
        return n;
    }

    /// <summary>Start of the word (letters, marks, inner apostrophes) around a split position.</summary>
    private static int TokenStart(string text, int at)
    {
        if (at > 0 && text[at - 1] is '.' or '!' or '?') at--; // "said.The": the word before the stop belongs to it
        while (at > 0 && (IsWordChar(text[at - 1]) || (at > 1 && IsApostrophe(text[at - 1]) && IsWordChar(text[at - 2]))
                          || IsNumberChar(text, at - 1)))
            at--;
        return at;
    }

    private static int TokenEnd(string text, int at)
    {
        while (at < text.Length && (IsWordChar(text[at]) || (at + 1 < text.Length && IsApostrophe(text[at]) && IsWordChar(text[at + 1]))
                                    || IsNumberChar(text, at)))
            at++;
        return at;
    }

    /// <summary>A digit, or a comma or point between digits: part of a number glued to a word ("exchange1,200").</summary>
    private static bool IsNumberChar(string text, int i) =>
        char.IsDigit(text[i]) || text[i] is ',' or '.' && i > 0 && i + 1 < text.Length && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]);

    private static bool IsWordChar(char c) =>
        char.IsLetter(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark;

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';

    private static bool[] MarkBoilerplate(List<NormalizedLine> lines, BoilerplateRules rules)
    {
        var removed = new bool[lines.Count];
        for (int i = 0; i < lines.Count; i++)
        {
            if (removed[i] || lines[i].Text.Length == 0) continue;
            var rule = rules.Match(lines[i].Text);
            if (rule is null) continue;
            removed[i] = true;
            if (rule.ListItems > 0)
            {
                for (int j = i + 1, items = 0; j < lines.Count && items < rule.ListItems; j++)
                {
                    if (lines[j].Text.Length == 0) continue;
                    if (!BoilerplateRules.IsListItem(lines[j].Text)) break;
                    removed[j] = true;
                    items++;
                }
            }
            if (rule.BlockEnd.Count == 0) continue;
            int seen = 0;
            for (int j = i + 1; j < lines.Count && seen < rule.BlockLines; j++)
            {
                if (lines[j].Text.Length == 0) continue;
                seen++;
                if (BoilerplateRules.ClosesBlock(rule, lines[j].Text))
                {
                    for (int k = i + 1; k <= j; k++) removed[k] = true;
                    break;
                }
            }
        }
        return removed;
    }

    private static readonly System.Buffers.SearchValues<char> LineBreaks = System.Buffers.SearchValues.Create("\n\r\u2028\u2029\u0085\u000B\u000C");

    private sealed record NormalizedLine(string Raw, string Text, LineRepair[] Repairs);

    /// <summary>Splits at CR LF, LF, CR and the Unicode line and paragraph separators, normalising each line.</summary>
    private static List<NormalizedLine> SplitLines(string raw)
    {
        var lines = new List<NormalizedLine>(raw.Length / 80 + 4);
        var buffer = Builders.Rent(256);
        var lineRepairs = new List<LineRepair>();
        int start = 0;
        var span = raw.AsSpan();
        while (start <= raw.Length)
        {
            int rel = span[start..].IndexOfAny(LineBreaks);
            int end = rel < 0 ? raw.Length : start + rel;
            var rawLine = span[start..end];
            lineRepairs.Clear();
            // a text of one normal line is its own line (no copy)
            var text = start == 0 && end == raw.Length && LineNormalizer.IsNormal(rawLine) ? raw : LineNormalizer.Normalize(rawLine, buffer, lineRepairs);
            lines.Add(new NormalizedLine(text.Length == rawLine.Length && lineRepairs.Count == 0 ? text : rawLine.ToString(),
                text, lineRepairs.Count == 0 ? [] : lineRepairs.ToArray()));
            if (rel < 0) break;
            start = end + (raw[end] == '\r' && end + 1 < raw.Length && raw[end + 1] == '\n' ? 2 : 1);
        }
        Builders.Return(buffer);
        return lines;
    }
}
