using Demarche.Core.Model;
using Demarche.Events;

namespace Demarche.Web.Services;

/// <summary>What a stretch of the article's text is part of; a stretch may be several at once.</summary>
[Flags]
public enum Marks
{
    None = 0,
    Actor = 1,
    Trigger = 2,
    Quote = 4,
    Number = 8,
    Repair = 16,
    Selected = 32,
}

/// <summary>A stretch of the text between two span boundaries, with what covers it and words for a tooltip.</summary>
public sealed record TextSegment(int Start, int End, Marks Marks, string? Title, bool StartsSelection);

/// <summary>
/// Cuts a document's text into segments at every boundary of its actor mentions, event triggers, quotes,
/// numbers (and repairs, when shown), so that a page can colour each kind and outline a selected item's
/// words. Offsets are the document's (UTF-16).
/// </summary>
public static class ArticleMarkup
{
    private sealed record Span(int Start, int End, Marks Mark, string? Title);

    public static IReadOnlyList<TextSegment> Build(Document doc, (int Start, int End)? selected, bool showRepairs)
    {
        var spans = new List<Span>();
        int length = doc.Text.Length;
        void Add(int start, int end, Marks mark, string? title)
        {
            start = Math.Clamp(start, 0, length);
            end = Math.Clamp(end, start, length);
            if (end > start || mark == Marks.Repair) spans.Add(new Span(start, Math.Max(end, Math.Min(start + 1, length)), mark, title));
        }
        foreach (var a in doc.Actors)
            foreach (var m in a.Mentions)
                Add(m.Start, m.End, Marks.Actor, $"{a.Name} ({a.Kind})");
        foreach (var e in doc.Events)
            if (TriggerSpan(doc.Text, e) is { } t) Add(t.Start, t.End, Marks.Trigger, $"{e.Cameo} {CodeName(e.Cameo)}");
        foreach (var q in doc.Quotes)
            Add(q.Start, q.End, Marks.Quote, "said by " + (q.SpeakerText ?? q.Speaker ?? "an unknown speaker"));
        foreach (var q in doc.Quantities)
            Add(q.Start, q.End, Marks.Number, $"{q.Category}: {q.Value:0.##} {q.Unit}".TrimEnd());
        if (showRepairs)
            foreach (var r in doc.Repairs)
                Add(r.Start, r.End, Marks.Repair, $"{r.Kind}: '{r.Before}' → '{r.After}'");
        if (selected is { } sel) Add(sel.Start, sel.End, Marks.Selected, null);
        return Cut(length, spans, selected);
    }

    private static List<TextSegment> Cut(int length, List<Span> spans, (int Start, int End)? selected)
    {
        var cuts = new SortedSet<int> { 0, length };
        foreach (var s in spans) { cuts.Add(s.Start); cuts.Add(s.End); }
        var byStart = spans.OrderBy(s => s.Start).ToList();
        var active = new List<Span>();
        var segments = new List<TextSegment>(cuts.Count);
        int next = 0, previous = -1;
        bool selectionMarked = false;
        foreach (var cut in cuts)
        {
            if (previous >= 0 && cut > previous)
            {
                active.RemoveAll(s => s.End <= previous);
                while (next < byStart.Count && byStart[next].Start <= previous)
                {
                    if (byStart[next].End > previous) active.Add(byStart[next]);
                    next++;
                }
                var marks = Marks.None;
                foreach (var s in active) marks |= s.Mark;
                var titles = active.Where(s => s.Title is not null).Select(s => s.Title).Distinct().ToList();
                bool starts = !selectionMarked && (marks & Marks.Selected) != 0;
                selectionMarked |= starts;
                segments.Add(new TextSegment(previous, cut, marks, titles.Count > 0 ? string.Join(" · ", titles) : null, starts));
            }
            previous = cut;
        }
        return segments;
    }

    /// <summary>Where the event's trigger words stand in its sentence (the first match, case ignored), or null.</summary>
    public static (int Start, int End)? TriggerSpan(string text, Event e)
    {
        int start = Math.Clamp(e.Sentence.Start, 0, text.Length), end = Math.Clamp(e.Sentence.End, start, text.Length);
        foreach (var words in new[] { e.Trigger, e.Trigger.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() })
        {
            if (string.IsNullOrWhiteSpace(words)) continue;
            int at = text.IndexOf(words, start, end - start, StringComparison.OrdinalIgnoreCase);
            if (at >= 0) return (at, at + words.Length);
        }
        return null;
    }

    /// <summary>The CAMEO code's name (data/cameo/codes.tsv), or "" when the table lacks it.</summary>
    public static string CodeName(string cameo) => EventDictionary.Default.Code(cameo)?.Name ?? "";

    public static string QuadName(int quad) => quad switch
    {
        1 => "verbal cooperation",
        2 => "material cooperation",
        3 => "verbal conflict",
        4 => "material conflict",
        _ => "neutral",
    };
}
