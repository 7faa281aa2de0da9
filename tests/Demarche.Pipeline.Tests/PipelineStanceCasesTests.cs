using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Tests;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// Stance and speaker cases through the whole pipeline (cases-stances.tsv): the real actors stage, quotes and stances,
/// as a user's text is analysed. Holders and speakers are matched as the scorers match them (id, code, country or
/// affiliation); the stances listed are all that may be found. Every case must pass except those listed in
/// known-failures-stances.tsv, which must still fail.
/// </summary>
public sealed class PipelineStanceCasesTests(ITestOutputHelper output)
{
    private const string Folder = "tests/Demarche.Pipeline.Tests";
    private static readonly DateOnly Published = new(2025, 3, 14);
    private static readonly Lazy<Analyzer> Analyzer = new(() => Pipeline.Analyzer.CreateDefault());
    private static readonly Lazy<KnownFailures> Known = new(() => KnownFailures.Load($"{Folder}/known-failures-stances.tsv"));
    private static readonly Lazy<List<(int Line, string Text, string Stances, string Speakers)>> Cases = new(Load);

    private static List<(int, string, string, string)> Load() =>
        [.. CaseTables.Read($"{Folder}/cases-stances.tsv").Select(r => (r.Line, r.Columns[0], r.Columns[1].Trim(), r.Columns.Length > 2 ? r.Columns[2].Trim() : "*"))];

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
        var text = c.Text.Replace("¶", "\n\n", StringComparison.Ordinal);
        var r = Analyzer.Value.Analyze(new RawDocument { Source = "case", Content = text, Format = ContentFormat.Text }, new AnalyzeOptions(Published));
        Assert.Null(r.Error);
        var doc = r.Document!;
        var actors = doc.Actors.GroupBy(a => a.Id).ToDictionary(g => g.Key, g => g.First());
        var problems = new List<string>();
        if (c.Stances != "*") problems.AddRange(CheckStances(c.Stances, doc, actors));
        if (c.Speakers != "*") problems.AddRange(CheckSpeakers(c.Speakers, doc, actors));
        var problem = problems.Count == 0 ? null : string.Join("; ", problems);
        if (problem is not null) output.WriteLine($"line {line}: {c.Text}: {problem}");
        Known.Value.Check(c.Text, problem);
    }

    /// <summary>Every expected stance found, and nothing else.</summary>
    private static IEnumerable<string> CheckStances(string expected, Document doc, Dictionary<string, Actor> actors)
    {
        var produced = doc.Stances;
        var used = new bool[produced.Count];
        foreach (var want in expected == "none" ? [] : expected.Split(" ; "))
        {
            int sign = want.IndexOfAny(['+', '-'], 1);
            var holder = want[..sign];
            var polarity = want[sign] == '+' ? StancePolarity.Support : StancePolarity.Oppose;
            var topic = want[(sign + 1)..].Trim();
            bool Matches(Stance s) => CaseTables.Fits(holder, s.Holder, actors) && s.Polarity == polarity
                && (topic.StartsWith('@') ? s.TopicKey == topic[1..]
                    : s.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase) || s.TopicKey.Contains(topic, StringComparison.OrdinalIgnoreCase));
            int i = Enumerable.Range(0, produced.Count).FirstOrDefault(k => !used[k] && Matches(produced[k]), -1);
            if (i < 0) yield return "missing " + want;
            else used[i] = true;
        }
        for (int k = 0; k < produced.Count; k++)
            if (!used[k])
                yield return $"extra {produced[k].Holder}{(produced[k].Polarity == StancePolarity.Support ? '+' : '-')}{produced[k].Topic} [{produced[k].TopicKey}]";
    }

    /// <summary>Each expected quote found (by words it contains) with a speaker that fits; "!words" is no quote.</summary>
    private static IEnumerable<string> CheckSpeakers(string expected, Document doc, Dictionary<string, Actor> actors)
    {
        foreach (var want in expected.Split(" ; "))
        {
            if (want.StartsWith('!'))
            {
                // a scare quote is no quote
                var scare = doc.Quotes.FirstOrDefault(q => q.Text.Trim().Equals(want[1..], StringComparison.OrdinalIgnoreCase));
                if (scare is not null) yield return $"scare quote '{want[1..]}' taken for a quote (speaker {scare.Speaker ?? "-"})";
                continue;
            }
            int eq = want.LastIndexOf('=');
            var words = want[..eq];
            var speaker = want[(eq + 1)..];
            var quote = doc.Quotes.FirstOrDefault(q => q.Text.Contains(words, StringComparison.OrdinalIgnoreCase));
            if (quote is null) yield return $"no quote '{words}'";
            else if (!CaseTables.Fits(speaker, quote.Speaker, actors)) yield return $"quote '{words}' speaker {quote.Speaker ?? "-"} ({quote.SpeakerText}), want {speaker}";
        }
    }
}
