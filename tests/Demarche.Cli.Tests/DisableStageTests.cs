using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary><c>--disable NAME</c> on analyze and ingest: the stage is left out, the contract keeps its field, bad names are one line.</summary>
public class DisableStageTests
{
    private static readonly string Samples = Path.Combine(SharedFolder.RepoRoot, "samples");

    [Fact]
    public void AnalyzeWithoutStancesKeepsAnEmptyStancesArray()
    {
        var all = CliRun.Of("analyze", Samples, "--json");
        Assert.Equal(0, all.ExitCode);
        Assert.Contains(all.JsonLines, o => o.GetProperty("stances").GetArrayLength() > 0);

        var run = CliRun.Of("analyze", Samples, "--disable", "stances", "--json");
        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(all.JsonLines.Length, run.JsonLines.Length);
        Assert.All(run.JsonLines, o => Assert.Equal(0, o.GetProperty("stances").GetArrayLength()));
        // the other layers are what the whole pipeline finds
        Assert.Equal(all.JsonLines.Select(o => o.GetProperty("events").GetArrayLength()), run.JsonLines.Select(o => o.GetProperty("events").GetArrayLength()));
        Assert.Equal(all.JsonLines.Select(o => o.GetProperty("quotes").GetArrayLength()), run.JsonLines.Select(o => o.GetProperty("quotes").GetArrayLength()));
    }

    [Fact]
    public void AnUnknownStageIsOneLineThatListsTheStages()
    {
        var run = CliRun.Of("analyze", Samples, "--disable", "quotes,stancez");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("demarche: --disable: unknown stage 'stancez'; the stages are segmentation, grammar, actors, events, event-targets, locations, quotes, stances, quantities\n",
            run.Stderr.Replace("\r", ""));
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public void AStageOthersRequireSaysWhichToDisableToo()
    {
        var run = CliRun.Of("analyze", Samples, "--disable", "grammar");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("demarche: --disable: stage 'events' requires layer 'parts-of-speech', assigned by 'grammar', which is disabled; "
            + "disable 'events', 'event-targets', 'locations' too, or keep 'grammar'\n", run.Stderr.Replace("\r", ""));
        var told = CliRun.Of("analyze", Samples, "--disable", "grammar", "--disable", "events,event-targets,locations", "--json");
        Assert.True(told.ExitCode == 0, told.Stderr);
        Assert.All(told.JsonLines, o => Assert.Equal(0, o.GetProperty("events").GetArrayLength()));
        Assert.Contains(told.JsonLines, o => o.GetProperty("actors").GetArrayLength() > 0);
    }

    [Fact]
    public void IngestStoresNoQuotesOrStancesWhenTheyAreDisabled()
    {
        using var dir = new TempDir();
        var db = Path.Combine(dir.Path, "s.db");
        var ingest = CliRun.Of("ingest", Samples, "--db", db, "--workers", "1", "--disable", "quotes,stances");
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
        Assert.Empty(CliRun.Of("quotes", "--db", db, "--json").JsonLines);
        Assert.Empty(CliRun.Of("stances", "--db", db, "--json").JsonLines);
        Assert.NotEmpty(CliRun.Of("events", "--db", db, "--json").JsonLines);

        var bad = CliRun.Of("ingest", Samples, "--db", Path.Combine(dir.Path, "t.db"), "--disable", "nothing");
        Assert.Equal(2, bad.ExitCode);
        Assert.StartsWith("demarche: --disable: unknown stage 'nothing'", bad.Stderr);
        Assert.False(File.Exists(Path.Combine(dir.Path, "t.db")));
    }

    [Fact]
    public void ServeRefusesAnUnknownStageBeforeStarting()
    {
        using var dir = new TempDir();
        var run = CliRun.Of("serve", "--db", Path.Combine(dir.Path, "s.db"), "--disable", "stance");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("demarche: --disable: unknown stage 'stance'; the stages are ", run.Stderr);
        Assert.Empty(run.Stdout);
    }
}
