using System.Text;

namespace Demarche.Cli;

/// <summary>
/// Text from documents and file names made safe for a terminal: control characters (ESC, BEL, CSI, OSC …) that
/// could move the cursor, retitle the window or hide output are shown as visible symbols (␛, ␇) instead of
/// being sent raw. Used by every human-readable output; JSON and CSV escape or quote what they carry.
/// </summary>
internal static class TerminalText
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        int i = 0;
        while (i < text.Length && !IsUnsafe(text[i])) i++;
        if (i == text.Length) return text;
        var sb = new StringBuilder(text.Length).Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            char c = text[i];
            sb.Append(!IsUnsafe(c) ? c : c < 0x20 ? (char)(0x2400 + c) : c == 0x7F ? '\u2421' : '\uFFFD');
        }
        return sb.ToString();
    }

    /// <summary><see cref="Clean"/>, then escaped for Spectre.Console markup.</summary>
    public static string Escape(string? text) => Spectre.Console.Markup.Escape(Clean(text));

    private static bool IsUnsafe(char c) => c < 0x20 && c is not ('\n' or '\t') || c is >= '\u007F' and <= '\u009F';
}
