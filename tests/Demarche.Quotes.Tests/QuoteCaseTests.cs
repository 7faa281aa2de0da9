using Demarche.Tests;
using Demarche.Core.Model;

namespace Demarche.Quotes.Tests;

/// <summary>The quote cases of QuoteCases.tsv: each line names a document and one quote it must (or must not) yield.</summary>
public sealed class QuoteCaseTests
{
    public static IEnumerable<object[]> Cases() => TsvCases.Load("QuoteCases.tsv", 5);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(int line, string text, string expected, string kind, string speaker, string speakerText)
    {
        var doc = Pipeline.Run(text.Replace('¶', '\n'));
        var found = string.Join("\n", doc.Quotes.Select(Describe));
        if (expected == "-")
        {
            Assert.True(doc.Quotes.All(q => q.Kind != QuoteKind.Direct), $"line {line}: expected no direct quote, found:\n{found}");
            return;
        }
        if (expected.StartsWith('!'))
        {
            Assert.True(doc.Quotes.All(q => q.Text != expected[1..]), $"line {line}: '{expected[1..]}' must not be a quote:\n{found}");
            return;
        }
        var quote = doc.Quotes.FirstOrDefault(q => q.Text == expected && q.Kind == kind);
        Assert.True(quote is not null, $"line {line}: no {kind} quote '{expected}'; found:\n{found}");
        Assert.Equal(quote.Text, doc.Text[quote.Start..quote.End]);
        if (speaker != "*")
            Assert.True((speaker == "null" ? null : speaker) == quote.Speaker, $"line {line}: speaker {quote.Speaker ?? "null"}, expected {speaker}; {Describe(quote)}");
        if (speakerText == "-")
            Assert.Null(quote.SpeakerText);
        else if (speakerText != "*")
            Assert.True(quote.SpeakerText?.Contains(speakerText, StringComparison.OrdinalIgnoreCase) == true,
                $"line {line}: speakerText '{quote.SpeakerText}' lacks '{speakerText}'; {Describe(quote)}");
    }

    private static string Describe(Quote q) => $"[{q.Kind}] {q.Text} <- {q.Speaker ?? "null"} / {q.SpeakerText ?? "-"} ({q.Cue})";
}
