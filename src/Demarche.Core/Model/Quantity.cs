namespace Demarche.Core.Model;

public static class QuantityCategory
{
    public const string Killed = "killed";
    public const string Injured = "injured";
    public const string Hostages = "hostages";
    public const string Displaced = "displaced";
    public const string Detained = "detained";
    public const string Population = "population";
    public const string Money = "money";
    public const string Other = "other";
}

/// <summary>Something the text counts: people killed, hostages, money, a percentage.</summary>
public sealed record Quantity
{
    public double Value { get; init; }
    public bool Approximate { get; init; }
    /// <summary>The words that qualify the figure, lower case: "about", "at least", "more than", "up to", "nearly";
    /// "between" for a range; null when the figure stands alone.</summary>
    public string? Qualifier { get; init; }
    /// <summary>The low end of a range ("between 200 and 300": 200, with <see cref="Value"/> 300), else null.</summary>
    public double? Min { get; init; }
    public string? Unit { get; init; }
    public required string Category { get; init; }
    public string? Subject { get; init; }
    public int Start { get; init; }
    public int End { get; init; }
    /// <summary>Where the parse shows it: the index, in the document's events, of the event the count belongs to
    /// ("killed 12 people": the killing), else null.</summary>
    public int? Event { get; init; }
    /// <summary>Where the parse shows it: the actor counted ("12 Israeli soldiers": ISRMIL; "17 of the rebels"), else null.</summary>
    public string? Actor { get; init; }
    /// <summary>The written figure plus the ones named beside it ("killed a commander and 12 others": 13, while
    /// <see cref="Value"/> stays 12, the figure the words give); null when nothing is named beside it.</summary>
    public double? Total { get; init; }
}
