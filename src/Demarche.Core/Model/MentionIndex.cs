namespace Demarche.Core.Model;

/// <summary>
/// One mention of an actor with its token range: what the events, quotes and stances stages look up to
/// find who a noun phrase or pronoun stands for.
/// </summary>
public sealed record ActorMention(int Start, int End, string ActorId, int FirstToken, int TokenCount)
{
    public int EndToken => FirstToken + TokenCount;
    /// <summary>The role word that came with the mention ("minister", "army"), if any.</summary>
    public string? Role { get; init; }
    /// <summary>How it was found: dictionary, pattern, coreference, pronoun.</summary>
    public string? Via { get; init; }
}

/// <summary>The actors layer as an index over tokens, assigned by the actors stage (<c>document.Get&lt;MentionIndex&gt;()</c>).</summary>
[Demarche.Core.DocumentLayer(Demarche.Core.Layer.Mentions)]
public sealed class MentionIndex
{
    private readonly ActorMention[] _byStart;
    private readonly int[] _tokenToMention;

    private readonly int _longest;

    public MentionIndex(IEnumerable<ActorMention> mentions, int tokenCount)
    {
        // by start, the longer first, else as given (a stable sort: each key holds the mention's place too)
        _byStart = [.. mentions];
        // the keys are distinct (each holds its index), so the order is the same whatever array they sit in: a pooled one
        int count = _byStart.Length;
        var keys = System.Buffers.ArrayPool<Int128>.Shared.Rent(count);
        for (int i = 0; i < count; i++)
            keys[i] = (Int128)_byStart[i].Start << 64 | (Int128)(uint)(int.MaxValue - _byStart[i].End) << 32 | (uint)i;
        Array.Sort(keys, _byStart, 0, count);
        System.Buffers.ArrayPool<Int128>.Shared.Return(keys);
        foreach (var m in _byStart) _longest = Math.Max(_longest, m.End - m.Start);
        _tokenToMention = new int[tokenCount];
        Array.Fill(_tokenToMention, -1);
        for (int i = 0; i < _byStart.Length; i++)
        {
            var m = _byStart[i];
            for (int t = m.FirstToken; t < m.EndToken && t < tokenCount; t++)
                if (_tokenToMention[t] < 0) _tokenToMention[t] = i;
        }
    }

    public IReadOnlyList<ActorMention> All => _byStart;

    /// <summary>The mention that covers the token, or null.</summary>
    public ActorMention? AtToken(int token) =>
        token >= 0 && token < _tokenToMention.Length && _tokenToMention[token] >= 0 ? _byStart[_tokenToMention[token]] : null;

    /// <summary>Mentions whose tokens lie within [firstToken, endToken), in order of their start (binary search: no scan of the whole document).</summary>
    public Run InTokens(int firstToken, int endToken) =>
        new(_byStart, FirstStartingAtOrAfter(static m => m.FirstToken, firstToken), RunKind.InTokens, endToken, endToken);

    /// <summary>Mentions whose characters lie within [start, end) (a sentence), in order of their start (binary search).</summary>
    public Run InSpan(int start, int end) =>
        new(_byStart, FirstStartingAtOrAfter(static m => m.Start, start), RunKind.InSpan, end, end);

    /// <summary>Mentions that share at least one character with [start, end), in order of their start (binary search).</summary>
    // a mention that starts before the span reaches into it only if it starts within the longest mention's length
    public Run Overlapping(int start, int end) =>
        new(_byStart, FirstStartingAtOrAfter(static m => m.Start, start - _longest), RunKind.Overlapping, end, start);

    public enum RunKind : byte { InTokens, InSpan, Overlapping }

    /// <summary>
    /// The mentions from a place in start order on, while they start before a bound, that a test keeps: enumerated
    /// by a struct (an iterator was an object a call); as a sequence for LINQ.
    /// </summary>
    public readonly struct Run(ActorMention[] all, int from, RunKind kind, int bound, int limit) : IEnumerable<ActorMention>
    {
        public Enumerator GetEnumerator() => new(all, from, kind, bound, limit);
        IEnumerator<ActorMention> IEnumerable<ActorMention>.GetEnumerator() => GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public struct Enumerator(ActorMention[] all, int from, RunKind kind, int bound, int limit) : IEnumerator<ActorMention>
        {
            private int _at = from - 1;

            public readonly ActorMention Current => all[_at];
            readonly object System.Collections.IEnumerator.Current => Current;

            public bool MoveNext()
            {
                while (++_at < all.Length)
                {
                    var m = all[_at];
                    // InTokens: first token before the end token, all its tokens within; InSpan: start before the end,
                    // all of it within; Overlapping: start before the end, its end after the start
                    if ((kind == RunKind.InTokens ? m.FirstToken : m.Start) >= bound) break;
                    if (kind switch { RunKind.InTokens => m.EndToken <= limit, RunKind.InSpan => m.End <= limit, _ => m.End > limit }) return true;
                }
                _at = all.Length;
                return false;
            }

            public void Reset() => _at = from - 1;
            public readonly void Dispose() { }
        }
    }

    /// <summary>The index of the first mention whose key (start offset or first token, both ascending in <see cref="_byStart"/>) is at least <paramref name="value"/>.</summary>
    private int FirstStartingAtOrAfter(Func<ActorMention, int> key, int value)
    {
        int lo = 0, hi = _byStart.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (key(_byStart[mid]) < value) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
