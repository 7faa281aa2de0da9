using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>timeline, exports with filters, --from/--to, --near, languages in the summaries, and the PETRARCH import, through the command line.</summary>
public sealed class AnalystCommandTests
{
    private static string Samples => Path.Combine(SharedFolder.RepoRoot, "samples");

    [Theory, MemberData(nameof(Backends.All), MemberType = typeof(Backends))]
    public void TimelineExportFiltersAndDateRangesWork(string backend)
    {
        using var db = TestDatabase.Create(backend);
        using var dir = new TempDir();
        var french = dir.File("in/fr.txt", "Le gouvernement\n\nLe ministre des Affaires étrangères a rencontré mardi son homologue algérien à Paris pour discuter de la sécurité au Sahel. "
            + "Les deux gouvernements ont promis de relancer la coopération à la frontière après des mois de tensions diplomatiques.");
        var ingest = CliRun.Of("ingest", Samples, Path.GetDirectoryName(french)!, "--db", db.Target, "--workers", "2", "--date", "2025-03-10");
        Assert.True(ingest.ExitCode == 0, ingest.Stdout + ingest.Stderr);
        Assert.Matches(@"languages: \d+ documents: en \d+, fr 1", ingest.Stdout);
        Assert.NotEmpty(CliRun.Of("search", "homologue", "--db", db.Target, "--json").JsonLines); // stored and searchable

        var timeline = CliRun.Of("timeline", "--db", db.Target, "--by", "week", "--csv");
        Assert.True(timeline.ExitCode == 0, timeline.Stderr);
        var lines = timeline.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("week,events,mentions", lines[0]);
        Assert.True(lines.Length >= 2, timeline.Stdout);
        Assert.All(lines.Skip(1), l => Assert.Matches(@"^(\d{4}-\d{2}-\d{2}|undated),\d+,\d+$", l));

        var all = CliRun.Of("export", "--db", db.Target, "--format", "gdelt");
        Assert.Equal(0, all.ExitCode);
        var rows = all.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(61, r.Split('\t').Length));
        var slice = CliRun.Of("export", "--db", db.Target, "--format", "gdelt", "--code", "16");
        Assert.True(slice.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).All(r => r.Split('\t')[26].StartsWith("16", StringComparison.Ordinal)));
        Assert.True(slice.Stdout.Length < all.Stdout.Length);
        Assert.Empty(CliRun.Of("export", "--db", db.Target, "--format", "gdelt", "--from", "2030-01-01").Stdout);
        var plover = CliRun.Of("export", "--db", db.Target, "--format", "plover");
        Assert.Contains("PLOVER records", plover.Stderr);

        Assert.Empty(CliRun.Of("quotes", "--db", db.Target, "--json", "--from", "2030-01-01").JsonLines);
        Assert.NotEmpty(CliRun.Of("quotes", "--db", db.Target, "--json", "--to", "2030-01-01").JsonLines);
        Assert.Empty(CliRun.Of("stances", "--db", db.Target, "--json", "--to", "2000-01-01").JsonLines);
        Assert.Empty(CliRun.Of("search", "sanctions", "--db", db.Target, "--json", "--from", "2030-01-01").JsonLines);

        var near = CliRun.Of("events", "--db", db.Target, "--near", "Honiara", "--km", "100", "--json");
        Assert.True(near.ExitCode == 0, near.Stderr);
        Assert.All(near.JsonLines, e => Assert.Equal("SLB", e.GetProperty("placeCountry").GetString()));
        Assert.NotEmpty(near.JsonLines);
        Assert.Equal(2, CliRun.Of("events", "--db", db.Target, "--near", "Nowhereville Xq").ExitCode);
        Assert.Equal(2, CliRun.Of("timeline", "--db", db.Target, "--from", "yesterday").ExitCode);
    }

    [Fact]
    public void AnalyzeSaysWhichDocumentIsNotEnglishAndCountsLanguages()
    {
        using var dir = new TempDir();
        dir.File("a/fr.txt", "Le gouvernement\n\nLe ministre des Affaires étrangères a rencontré mardi son homologue algérien à Paris pour discuter de la sécurité au Sahel.");
        File.Copy(Path.Combine(Samples, "02-sahel-talks.txt"), Path.Combine(dir.Path, "a", "en.txt"));
        var run = CliRun.Of("analyze", Path.Combine(dir.Path, "a"), "--json");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["en", "fr"], run.JsonLines.Select(j => j.GetProperty("document").GetProperty("language").GetString()));
        Assert.Empty(run.JsonLines[1].GetProperty("events").EnumerateArray());
        Assert.Contains("written in French (fr)", run.Stderr);
        Assert.Contains("analysed 2 documents: en 1, fr 1", run.Stderr);
    }

    [Fact]
    public void PetrarchImportWithoutFilesOrOutputIsAUsageError()
    {
        Assert.Equal(2, CliRun.Of("dict", "import", "petrarch", "/no/such/CAMEO.txt", "-o", "/tmp/x").ExitCode);
        Assert.Equal(2, CliRun.Of("dict", "import", "petrarch").ExitCode);
    }
}
