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
public sealed class MentionIndex
{
    private readonly ActorMention[] _byStart;
    private readonly int[] _tokenToMention;

    public MentionIndex(IEnumerable<ActorMention> mentions, int tokenCount)
    {
        _byStart = mentions.OrderBy(m => m.Start).ThenByDescending(m => m.End).ToArray();
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

    /// <summary>Mentions whose tokens lie within [firstToken, endToken).</summary>
    public IEnumerable<ActorMention> InTokens(int firstToken, int endToken) =>
        _byStart.Where(m => m.FirstToken >= firstToken && m.EndToken <= endToken);
}
