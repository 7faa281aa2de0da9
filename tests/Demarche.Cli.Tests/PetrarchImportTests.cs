using Demarche.Actors.Lexicon;
using Demarche.Events;
using Demarche.Import;
using Demarche.Tests;

namespace Demarche.Cli.Tests;

/// <summary>
/// The PETRARCH2/Phoenix dictionaries of ../shared (skipped where absent; never copied into the repository) convert into
/// YAML that --dict reads: event entries join the event dictionary, actors and sector words the actor lexicon.
/// </summary>
public sealed class PetrarchImportTests : IClassFixture<PetrarchImportTests.Converted>
{
    public sealed class Converted : IDisposable
    {
        public TempDir Dir { get; } = new();
        public ImportResult? Result { get; }

        public Converted()
        {
            if (SharedFolder.Path is not { } shared) return;
            var p = Path.Combine(shared, "dictionaries", "petrarch2");
            Result = PetrarchImport.Run(
                [Path.Combine(p, "CAMEO.2.0.txt"), Path.Combine(p, "Phoenix.Countries.actors.txt"), Path.Combine(p, "Phoenix.International.actors.txt"),
                 Path.Combine(p, "Phoenix.MilNonState.actors.txt"), Path.Combine(p, "Phoenix.agents.txt"), Path.Combine(p, "Phoenix.discards.txt")],
                Dir.Path);
        }

        public void Dispose() => Dir.Dispose();
    }

    private readonly Converted _converted;
    public PetrarchImportTests(Converted converted) => _converted = converted;

    private ImportResult Result
    {
        get
        {
            SharedFolder.Require();
            return _converted.Result!;
        }
    }

    [Fact]
    public void TheSharedDictionariesConvertWithTheirCountsAndAReport()
    {
        var r = Result;
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join('\n', r.Report.Lines()));
        Assert.True(r.Report.Count("patterns read") > 4000, "patterns read " + r.Report.Count("patterns read"));
        Assert.True(r.Report.Count("patterns converted") > 3500, "patterns converted " + r.Report.Count("patterns converted"));
        Assert.True(r.EventEntries > 50_000, "event entries " + r.EventEntries);
        Assert.True(r.Persons > 10_000, "persons " + r.Persons);
        Assert.True(r.Organisations > 5_000, "organisations " + r.Organisations);
        Assert.True(r.StatesWithForms > 150, "states " + r.StatesWithForms);
        Assert.True(r.Report.SkippedCount("words before the verb (PETRARCH pre-verb nouns)") > 0);
        Assert.Equal(1, r.Report.SkippedCount("file that is no verb, actors or agents dictionary (discards and issue lists have no Demarche equivalent)"));
        var report = File.ReadAllText(Path.Combine(_converted.Dir.Path, "import-report.txt"));
        Assert.Contains("not converted", report);
    }

    [Fact]
    public void TheConvertedFilesLoadAsADictFolder()
    {
        _ = Result;
        var events = EventDictionary.WithUserFolder(_converted.Dir.Path);
        Assert.True(events.Entries.Count > EventDictionary.Default.Entries.Count + 50_000);
        Assert.All(events.Entries.Where(e => e.Id.StartsWith("petrarch:", StringComparison.Ordinal)).Take(2000), e => Assert.Matches(@"^\d{2,4}$", e.Cameo));
        var actors = ActorLexiconLoader.Load(null, _converted.Dir.Path);
        var shipped = ActorLexiconLoader.Load();
        Assert.True(actors.Persons.Count > shipped.Persons.Count + 5_000);
        Assert.Contains("farmers", actors.Roles.SectorWords.Keys.Concat(shipped.Roles.SectorWords.Keys).Where(k => actors.Roles.SectorWords.ContainsKey(k)));
    }

    [Fact]
    public void AnalyzeWithTheConvertedDictCodesAPetrarchOnlyVerb()
    {
        _ = Result;
        using var dir = new TempDir();
        var text = dir.File("a.txt", "Prisoners\n\nFrance adjured Iran on Tuesday to free the detained journalists.");
        var plain = CliRun.Of("analyze", text, "--json", "--date", "2025-06-01").JsonLines.Single();
        Assert.DoesNotContain(plain.GetProperty("events").EnumerateArray(), e => e.GetProperty("rule").GetString()!.StartsWith("petrarch:", StringComparison.Ordinal));
        var withDict = CliRun.Of("analyze", text, "--json", "--date", "2025-06-01", "--dict", _converted.Dir.Path).JsonLines.Single();
        var e = Assert.Single(withDict.GetProperty("events").EnumerateArray(), e => e.GetProperty("rule").GetString()!.StartsWith("petrarch:adjure", StringComparison.Ordinal));
        Assert.Equal(("FRA", "IRN"), (e.GetProperty("source").GetString(), e.GetProperty("target").GetString()));
    }
}
