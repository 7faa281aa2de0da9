namespace Demarche.Core.Model;

public static class StancePolarity
{
    public const string Support = "support";
    public const string Oppose = "oppose";
}

/// <summary>How firmly a stance is held, where the words say so ("strongly supports", "condemned"; "cautiously
/// welcomed"); null when they do not.</summary>
public static class StanceStrength
{
    public const string Strong = "strong";
    public const string Weak = "weak";
}

/// <summary>Where an actor stands on an issue, with the words that show it.</summary>
public sealed record Stance
{
    public required string Holder { get; init; }
    public required string Topic { get; init; }
    /// <summary>The topic's key, the same for the same issue across articles ("recognising a Palestinian state" and
    /// "recognition of Palestine" -> "recognition of palestine"); the stances view groups by it.</summary>
    public string TopicKey { get; init; } = "";
    public string? Target { get; init; }
    public required string Polarity { get; init; }
    /// <summary><see cref="StanceStrength"/>, or null when the words give no strength.</summary>
    public string? Strength { get; init; }
    public required Evidence Evidence { get; init; }
}

public sealed record Evidence(int Start, int End);
