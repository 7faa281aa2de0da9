using Demarche.Tests;
using Demarche.Core.Model;

namespace Demarche.Stances.Tests;

/// <summary>The stance cases of StanceCases.tsv: each line names a document and one stance it must (or must not) yield.</summary>
public sealed class StanceCaseTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("StanceCases.tsv", 5);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(int line, string text, string holder, string polarity, string topic, string target)
    {
        var doc = Pipeline.Run(text.Replace('¶', '\n'));
        var found = string.Join("\n", doc.Stances.Select(Describe));
        if (holder == "-")
        {
            Assert.True(doc.Stances.Count == 0, $"line {line}: expected no stance, found:\n{found}");
            return;
        }
        var stance = doc.Stances.FirstOrDefault(s => s.Holder == holder && s.Polarity == polarity
            && s.Topic.Contains(topic, StringComparison.OrdinalIgnoreCase));
        Assert.True(stance is not null, $"line {line}: no {holder} {polarity} '{topic}'; found:\n{found}");
        Assert.InRange(stance.Evidence.Start, 0, stance.Evidence.End);
        Assert.InRange(stance.Evidence.End, stance.Evidence.Start, doc.Text.Length);
        if (target is not ("" or "*"))
            Assert.True((target == "null" ? null : target) == stance.Target, $"line {line}: target {stance.Target ?? "null"}, expected {target}; {Describe(stance)}");
    }

    private static string Describe(Stance s) => $"{s.Holder} {s.Polarity} '{s.Topic}' target={s.Target ?? "null"}";
}
