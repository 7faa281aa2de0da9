namespace Demarche.Core.Model;

public static class RepairKind
{
    public const string GluedWords = "glued-words";
    public const string Boilerplate = "boilerplate";
    public const string Whitespace = "whitespace";
    public const string Encoding = "encoding";
}

/// <summary>
/// One change made while cleaning. Start and End point into the clean text where <see cref="After"/> now
/// stands (an empty range where something was removed); <see cref="Before"/> is what the input had.
/// </summary>
public sealed record Repair(int Start, int End, string Kind, string Before, string After);
