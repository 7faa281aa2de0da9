using System.Globalization;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Tests;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// Event cases through the whole pipeline (cases-events.tsv): the real actors stage and the full dictionary, as a
/// user's text is analysed. Actors are matched as the scorers match them (id, code, country or affiliation).
/// Every case must pass except those listed in known-failures-events.tsv, which must still fail.
/// </summary>
public sealed class PipelineEventCasesTests(ITestOutputHelper output)
{
    private const string Folder = "tests/Demarche.Pipeline.Tests";
    private static readonly DateOnly DefaultPublished = new(2025, 3, 14);
    private static readonly Lazy<Analyzer> Analyzer = new(() => Pipeline.Analyzer.CreateDefault());
    private static readonly Lazy<KnownFailures> Known = new(() => KnownFailures.Load($"{Folder}/known-failures-events.tsv"));
    private static readonly Lazy<List<(int Line, DateOnly Published, string Sentence, string Expected)>> Cases = new(Load);

    private static List<(int, DateOnly, string, string)> Load() =>
        [.. CaseTables.Read($"{Folder}/cases-events.tsv").Select(r => (r.Line,
            r.Columns[0].Length > 0 ? DateOnly.ParseExact(r.Columns[0], "yyyy-MM-dd", CultureInfo.InvariantCulture) : DefaultPublished,
            r.Columns[1], r.Columns[2].Trim()))];

    public static TheoryData<int> CaseLines()
    {
        var data = new TheoryData<int>();
        foreach (var c in Cases.Value) data.Add(c.Line);
        return data;
    }

    [Theory]
    [MemberData(nameof(CaseLines))]
    public void Case(int line)
    {
        var c = Cases.Value.Single(x => x.Line == line);
        var r = Analyzer.Value.Analyze(new RawDocument { Source = "case", Content = c.Sentence, Format = ContentFormat.Text }, new AnalyzeOptions(c.Published));
        Assert.Null(r.Error);
        var doc = r.Document!;
        var problem = Check(c.Expected, doc);
        if (problem is not null) output.WriteLine($"line {line}: {c.Sentence}: {problem}");
        Known.Value.Check(c.Sentence, problem);
    }

    /// <summary>Null when every expected event was produced and nothing else; else what differs.</summary>
    private static string? Check(string expected, Document doc)
    {
        var actors = doc.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var produced = doc.Events.ToList();
        var used = new bool[produced.Count];
        var problems = new List<string>();
        foreach (var want in expected == "none" ? [] : expected.Split(" ; "))
        {
            var arrow = want.Split('>');
            var tc = arrow[1].Split(':');
            // a code may end in "!h" (the event must be hypothetical) or "!n" (negated)
            var code = tc[1].Split('!');
            bool hypothetical = code.Length > 1 && code[1] == "h", negated = code.Length > 1 && code[1] == "n";
            int i = Enumerable.Range(0, produced.Count).FirstOrDefault(k => !used[k]
                && CaseTables.Fits(arrow[0], produced[k].Source, actors) && CaseTables.Fits(tc[0], produced[k].Target, actors)
                && produced[k].Cameo.StartsWith(code[0], StringComparison.Ordinal)
                && (!hypothetical || produced[k].Hypothetical) && (!negated || produced[k].Negated), -1);
            if (i < 0) problems.Add("missing " + want);
            else used[i] = true;
        }
        for (int k = 0; k < produced.Count; k++)
            if (!used[k])
                problems.Add($"extra {produced[k].Source}>{produced[k].Target ?? "-"}:{produced[k].Cameo} [{produced[k].Trigger}|{produced[k].Rule}]");
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }
}
