using Demarche.Core.Model;
using Demarche.Input;

namespace Demarche.Pipeline.Tests;

/// <summary>An event carries how exactly its date is known: "in 2022" a year, "last month" a month, "last week" a week.</summary>
public sealed class DatePrecisionTests
{
    private static readonly Lazy<Analyzer> Analyzer = new(() => Pipeline.Analyzer.CreateDefault());

    private static Event First(string sentence)
    {
        InputItem item = new RawDocument { Source = "t.txt", Content = "Report\n\n" + sentence, Format = ContentFormat.Text };
        var doc = Analyzer.Value.Analyze(item, new AnalyzeOptions(new DateOnly(2025, 6, 18))).Document!;
        return Assert.Single(doc.Events.Where(e => e.Source.StartsWith("RUS", StringComparison.Ordinal)).Take(1));
    }

    [Theory]
    [InlineData("Russia attacked Ukraine in 2022.", "2022-01-01", DatePrecisions.Year)]
    [InlineData("Russia attacked Ukraine last month.", "2025-05-01", DatePrecisions.Month)]
    [InlineData("Russia attacked Ukraine in March 2024.", "2024-03-01", DatePrecisions.Month)]
    [InlineData("Russia attacked Ukraine last week.", "2025-06-11", DatePrecisions.Week)]
    [InlineData("Russia attacked Ukraine on Monday.", "2025-06-16", DatePrecisions.Day)]
    [InlineData("Russia attacked Ukraine on March 3, 2024.", "2024-03-03", DatePrecisions.Day)]
    [InlineData("Russia attacked Ukraine.", "2025-06-18", DatePrecisions.Day)]
    public void TheEventCarriesItsDatesPrecision(string sentence, string date, string precision)
    {
        var e = First(sentence);
        Assert.Equal((date, precision), (e.Date?.ToString("yyyy-MM-dd"), e.DatePrecision));
    }

    [Fact]
    public void TheContractWritesDatePrecision()
    {
        InputItem item = new RawDocument { Source = "t.txt", Content = "Report\n\nRussia attacked Ukraine in 2022.", Format = ContentFormat.Text };
        var doc = Analyzer.Value.Analyze(item, new AnalyzeOptions(new DateOnly(2025, 6, 18))).Document!;
        Assert.Contains("\"datePrecision\":\"year\"", Demarche.Core.Contract.AnalysisJson.Serialize(doc));
    }
}
