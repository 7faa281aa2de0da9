namespace Demarche.Quantities;

/// <summary>
/// What a number counts, read after it: the noun phrase "military aircraft" with its head "aircraft", or the
/// partitive "of the attackers". <see cref="End"/> is the token after the phrase, where verbs said of it begin.
/// </summary>
public sealed record CountedSubject
{
    /// <summary>Head tokens [HeadStart, HeadEnd), or -1 when nothing is named ("wounded 23.").</summary>
    public int HeadStart { get; init; } = -1;
    public int HeadEnd { get; init; } = -1;
    public required int End { get; init; }
    /// <summary>"17 of them", "45 of the aircraft".</summary>
    public bool Partitive { get; init; }
    /// <summary>"of them", "of whom": a partitive that names nothing.</summary>
    public bool PronounPartitive { get; init; }
    /// <summary>The head, lower case, words separated by spaces ("nautical miles"); null when none.</summary>
    public string? Head { get; init; }
    public bool HasHead => HeadStart >= 0;
}
