namespace Demarche.Core.Model;

public static class QuoteKind
{
    public const string Direct = "direct";
    public const string Indirect = "indirect";
    public const string Mixed = "mixed";
}

/// <summary>Words attributed to a speaker, with the offsets of the words (without the quote marks).</summary>
public sealed record Quote
{
    public required string Text { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    public string Kind { get; init; } = QuoteKind.Direct;
    public string? Speaker { get; init; }
    public string? SpeakerText { get; init; }
    public string? Cue { get; init; }
}
