using System.Text.RegularExpressions;

namespace Demarche.Cli;

/// <summary>System.CommandLine's parse errors in the user's words: the option and what it takes, not a .NET type name.</summary>
internal static partial class UsageMessages
{
    public static string Plain(string message)
    {
        // "Argument 'x' not recognized. Must be one of:\n\t'a'\n\t'b'" on one line
        var lines = message.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        message = lines.Length <= 1 ? message.Trim() : lines[0] + " " + string.Join(", ", lines.Skip(1));
        var m = CannotParse().Match(message);
        if (!m.Success) return message;
        var type = m.Groups["type"].Value;
        var takes = type.Contains("Int32") || type.Contains("Int64") ? "a whole number"
            : type.Contains("Double") || type.Contains("Single") || type.Contains("Decimal") ? "a number"
            : type.Contains("Boolean") ? "true or false" : "a value of another kind";
        return $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {takes}";
    }

    [GeneratedRegex(@"^Cannot parse argument '(?<value>.*)' for (?:option|command) '(?<option>[^']*)' as expected type '(?<type>[^']*)'\.")]
    private static partial Regex CannotParse();
}
