using Demarche.Tests;

namespace Demarche.Events.Tests;

/// <summary>
/// The hand-written sentence suite (cases/events.tsv) run through segmentation, grammar, test actors and events.
/// Every case must pass except those listed in cases/known-failures.tsv, which must still fail (see
/// <see cref="KnownFailures"/>): the list only shrinks.
/// </summary>
public sealed class EventCasesTests(ITestOutputHelper output)
{
    private const string KnownFailuresFile = "tests/Demarche.Events.Tests/cases/known-failures.tsv";

    private static readonly Lazy<IReadOnlyList<EventCase>> Cases = new(() =>
        EventCase.Load(Path.Combine(SharedFolder.RepoRoot, "tests", "Demarche.Events.Tests", "cases", "events.tsv")));

    private static readonly Lazy<KnownFailures> Known = new(() => KnownFailures.Load(KnownFailuresFile));

    public static TheoryData<int> CaseLines()
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases.Value) data.Add(c.Line);
        return data;
    }

    [Fact]
    public void SuiteHasAtLeast300Sentences() => Assert.True(Cases.Value.Count >= 300, $"{Cases.Value.Count} cases");

    [Fact]
    public void EveryKnownFailureIsACaseOfTheSuite()
    {
        var sentences = Cases.Value.Select(c => c.Sentence).ToHashSet(StringComparer.Ordinal);
        var text = File.ReadLines(Path.Combine(SharedFolder.RepoRoot, KnownFailuresFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')[0].Trim());
        Assert.All(text, s => Assert.Contains(s, sentences));
        output.WriteLine($"{Known.Value.Count} known failures of {Cases.Value.Count} cases");
    }

    /// <summary>One case per sentence, keyed by its sentence in the known-failures list.</summary>
    [Theory]
    [MemberData(nameof(CaseLines))]
    public void Case(int line)
    {
        var c = Cases.Value.Single(x => x.Line == line);
        var doc = TestPipeline.Run(c.Sentence, c.Published);
        var problem = c.Check(doc.Events);
        if (problem is not null) output.WriteLine($"{c}: {problem}");
        Known.Value.Check(c.Sentence, problem);
    }
}
