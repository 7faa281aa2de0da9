using System.Text;

namespace Demarche.Cleaning.Tests;

/// <summary>Inputs on which bench/fuzz (SharpFuzz + AFL++) once crashed the cleaner: each is cleaned, its repairs consistent.</summary>
public class FuzzCrashTests
{
    public static TheoryData<string> Crashes() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "FuzzCrashes"), "cleaner-*.bin").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    [Theory, MemberData(nameof(Crashes))]
    public void CrashInputsAreCleaned(string name)
    {
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "FuzzCrashes", name)));
        RepairOffsets.AssertConsistent(Cleaner.Clean(text));
    }

    [Fact]
    public void AGlueSplitBeforeAStopAfterAnotherSplitWordKeepsTheText()
    {
        // "Alger.Talks": the token of the split before "Talks" reaches back over "Alger", which an earlier split already wrote
        var cleaned = Cleaner.Clean("Officials from Mali and Algeriahold talks.Talks resumed in Doha.");
        RepairOffsets.AssertConsistent(cleaned);
    }
}
