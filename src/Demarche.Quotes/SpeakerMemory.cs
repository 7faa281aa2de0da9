namespace Demarche.Quotes;

/// <summary>One speaker named in the text, where its words start.</summary>
internal readonly record struct RememberedSpeaker(int Paragraph, int Offset, Attribution Attribution);

/// <summary>
/// The speakers named so far, in text order, so that "he said", "the official added" and a quote that continues
/// in the next paragraph find who spoke.
/// </summary>
internal sealed class SpeakerMemory
{
    private readonly List<RememberedSpeaker> _entries = [];

    /// <summary>An empty memory for a document: the thread's own, kept between documents (was one a document).</summary>
    public static SpeakerMemory ForDocument()
    {
        if (_kept is not { } memory || memory._entries.Capacity > MaxKeptEntries) _kept = memory = new SpeakerMemory();
        memory._entries.Clear();
        return memory;
    }

    private const int MaxKeptEntries = 1024;
    [ThreadStatic] private static SpeakerMemory? _kept;

    public IReadOnlyList<RememberedSpeaker> Entries => _entries;

    public void Remember(int paragraph, int offset, Attribution attribution)
    {
        if (attribution.SpeakerText is null && attribution.Speaker is null) return;
        _entries.Add(new RememberedSpeaker(paragraph, offset, attribution));
    }

    /// <summary>The last speaker named in this paragraph or the <paramref name="back"/> paragraphs before it.</summary>
    public Attribution? Last(int paragraph, int back, Func<Attribution, bool>? fits = null)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            var e = _entries[i];
            if (e.Paragraph < paragraph - back) return null;
            if (e.Paragraph <= paragraph && e.Attribution.Form != SpeakerForm.Pronoun && (fits is null || fits(e.Attribution)))
                return e.Attribution;
        }
        return null;
    }

    /// <summary>The last speaker of the given actor, for the words that named it.</summary>
    public Attribution? LastOf(string actorId, int paragraph, int back)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            var e = _entries[i];
            if (e.Paragraph < paragraph - back) return null;
            if (e.Attribution.Speaker == actorId && e.Attribution.Form is SpeakerForm.Named or SpeakerForm.Anonymous) return e.Attribution;
        }
        return null;
    }

    /// <summary>The last speaker whose words hold the head word ("official" for "the official").</summary>
    public Attribution? LastWithHead(string head, int paragraph, int back)
    {
        for (int i = _entries.Count - 1; i >= 0; i--)
        {
            var e = _entries[i];
            if (e.Paragraph < paragraph - back) return null;
            var text = e.Attribution.SpeakerText;
            if (text is not null && e.Attribution.Form != SpeakerForm.Definite
                && text.Contains(head, StringComparison.OrdinalIgnoreCase)) return e.Attribution;
        }
        return null;
    }

    /// <summary>The last attribution, if it was made in the paragraph.</summary>
    public Attribution? LastIn(int paragraph) =>
        _entries.Count > 0 && _entries[^1].Paragraph == paragraph ? _entries[^1].Attribution : null;
}
