using System.Globalization;
using System.Text.RegularExpressions;

namespace Demarche.Watch;

/// <summary>Durations as a user writes them: 90 (seconds), 30s, 15m, 2h, 1d, 500ms.</summary>
public static partial class Durations
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var m = Pattern().Match(text.Trim());
        if (!m.Success || !double.TryParse(m.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n < 0) return false;
        value = m.Groups[2].Value.ToLowerInvariant() switch
        {
            "ms" => TimeSpan.FromMilliseconds(n),
            "" or "s" => TimeSpan.FromSeconds(n),
            "m" or "min" => TimeSpan.FromMinutes(n),
            "h" => TimeSpan.FromHours(n),
            _ => TimeSpan.FromDays(n),
        };
        return true;
    }

    /// <summary>The shortest way to write it back: 15m, 1h30m, 45s, 500ms.</summary>
    public static string Format(TimeSpan t)
    {
        if (t < TimeSpan.FromSeconds(1)) return $"{t.TotalMilliseconds:0}ms";
        var parts = new List<string>();
        if (t.Days > 0) parts.Add($"{t.Days}d");
        if (t.Hours > 0) parts.Add($"{t.Hours}h");
        if (t.Minutes > 0) parts.Add($"{t.Minutes}m");
        if (t.Seconds > 0 || parts.Count == 0) parts.Add($"{t.Seconds}s");
        return string.Concat(parts);
    }

    [GeneratedRegex(@"^(\d+(?:\.\d+)?)\s*(ms|s|m|min|h|d)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
