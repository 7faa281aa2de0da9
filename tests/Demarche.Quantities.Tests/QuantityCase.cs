using System.Globalization;
using Demarche.Core.Model;

namespace Demarche.Quantities.Tests;

/// <summary>
/// One expected quantity, written "VALUE CATEGORY [qualifier=Q] [min=N] [unit=U] [subject=S] [span=TEXT]" with a
/// leading ~ when the count is approximate; the qualifier writes its spaces as _ ("at_least"); span= takes the rest
/// of the line.
/// </summary>
public sealed record ExpectedQuantity(double Value, bool Approximate, string Category, string? Unit, string? Subject, string? Span)
{
    public string? Qualifier { get; init; }
    public double? Min { get; init; }

    public static ExpectedQuantity Parse(string line)
    {
        string? span = null;
        int spanAt = line.IndexOf(" span=", StringComparison.Ordinal);
        if (spanAt >= 0) { span = line[(spanAt + 6)..]; line = line[..spanAt]; }
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        bool approximate = parts[0].StartsWith('~');
        double value = double.Parse(parts[0].TrimStart('~'), CultureInfo.InvariantCulture);
        string? unit = null, subject = null, qualifier = null;
        double? min = null;
        for (int i = 2; i < parts.Length; i++)
        {
            if (parts[i].StartsWith("qualifier=", StringComparison.Ordinal)) qualifier = parts[i][10..].Replace('_', ' ');
            else if (parts[i].StartsWith("min=", StringComparison.Ordinal)) min = double.Parse(parts[i][4..], CultureInfo.InvariantCulture);
            else if (parts[i].StartsWith("unit=", StringComparison.Ordinal)) unit = parts[i][5..];
            else if (parts[i].StartsWith("subject=", StringComparison.Ordinal)) subject = parts[i][8..];
            else if (unit is not null && subject is null) unit += " " + parts[i]; // "unit=nautical miles"
            else if (subject is not null) subject += " " + parts[i];
        }
        return new ExpectedQuantity(value, approximate, parts[1], unit, subject, span) { Qualifier = qualifier, Min = min };
    }

    public bool Matches(Quantity q, string text) =>
        Math.Abs(q.Value - Value) <= 1e-6 * Math.Max(1, Value)
        && q.Approximate == Approximate
        && q.Category == Category
        && (Unit is null || q.Unit == Unit)
        && (Subject is null || q.Subject == Subject)
        && (Span is null || text[q.Start..q.End] == Span)
        && (Qualifier is null || q.Qualifier == Qualifier)
        && (Min is null || q.Min is { } low && Math.Abs(low - Min.Value) <= 1e-6 * Math.Max(1, Min.Value));
}
