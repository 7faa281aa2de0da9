namespace Demarche.Quantities;

/// <summary>
/// A number written in a sentence: "1,200", "2.3 million", "$1.3 billion", "twenty-five", "tens of thousands".
/// Tokens [<see cref="First"/>, <see cref="SpanEnd"/>) are the expression itself (currency and percent signs
/// included, approximators such as "about" left out); reading resumes at <see cref="Next"/>.
/// </summary>
public sealed record NumberExpression
{
    public required int First { get; init; }
    public required int SpanEnd { get; init; }
    public required int Next { get; init; }
    public required double Value { get; init; }
    /// <summary>"hundreds", "tens of thousands", "several hundred", "250 or more".</summary>
    public bool Approximate { get; init; }
    /// <summary>"dozens", "thousands": a count without a figure.</summary>
    public bool Vague { get; init; }
    /// <summary>ISO 4217 code when the number is money.</summary>
    public string? Currency { get; init; }
    public bool Percent { get; init; }
    /// <summary>A bare four-digit number that reads as a year (1998, 2023).</summary>
    public bool YearLike { get; init; }
    /// <summary>The word "one" alone (a pronoun or an article as often as a count).</summary>
    public bool LoneOne { get; init; }
}
