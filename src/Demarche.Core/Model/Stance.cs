namespace Demarche.Core.Model;

public static class StancePolarity
{
    public const string Support = "support";
    public const string Oppose = "oppose";
}

/// <summary>Where an actor stands on an issue, with the words that show it.</summary>
public sealed record Stance
{
    public required string Holder { get; init; }
    public required string Topic { get; init; }
    public string? Target { get; init; }
    public required string Polarity { get; init; }
    public required Evidence Evidence { get; init; }
}

public sealed record Evidence(int Start, int End);
