using Demarche.Cleaning;
using Demarche.Core.Model;

namespace Demarche.Cleaning.Tests;

/// <summary>One shared cleaner (the lexicon loads once) and helpers for the tests.</summary>
public static class Cleaner
{
    public static readonly TextCleaner Instance = new();

    public static CleanedText Clean(string raw)
    {
        var result = Instance.Clean(raw);
        RepairOffsets.AssertConsistent(result);
        return result;
    }

    public static IEnumerable<Repair> Of(this CleanedText cleaned, string kind) => cleaned.Repairs.Where(r => r.Kind == kind);
}

public static class RepairOffsets
{
    /// <summary>Every repair's range holds its After text in the clean text, and ranges are inside the text.</summary>
    public static void AssertConsistent(CleanedText cleaned)
    {
        foreach (var r in cleaned.Repairs)
        {
            Assert.InRange(r.Start, 0, cleaned.Text.Length);
            Assert.InRange(r.End, r.Start, cleaned.Text.Length);
            Assert.Equal(r.After, cleaned.Text.Substring(r.Start, r.End - r.Start));
        }
    }
}
