using System.Diagnostics;
using Demarche.Cleaning;
using Demarche.Core.Model;
using Demarche.Html;
using Demarche.Input;
using Demarche.Pipeline;

namespace Demarche.Bench.Pipeline;

/// <summary>Runs one document through cleaning and each stage of the default pipeline and prints the time of each.</summary>
internal static class StageTimes
{
    public static void Print(string text)
    {
        var analyzer = Analyzer.CreateDefault(); // loads data
        var builder = new DocumentBuilder(new HtmlArticleExtractor(), new TextCleaner());
        var clock = Stopwatch.StartNew();
        var doc = builder.Build(new RawDocument { Source = "stages.txt", Content = text, Format = ContentFormat.Text });
        Console.WriteLine($"{"cleaning",-20} {clock.Elapsed.TotalSeconds,8:F2} s");
        var pipeline = typeof(Analyzer).GetField("_pipeline", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(analyzer) as AnalysisPipeline;
        foreach (var stage in pipeline!.Annotators)
        {
            clock.Restart();
            stage.Annotate(doc);
            Console.WriteLine($"{stage.Name,-20} {clock.Elapsed.TotalSeconds,8:F2} s");
        }
        Console.WriteLine($"{doc.Text.Length:N0} characters, {doc.Tokens.Length:N0} tokens, {doc.Sentences.Count:N0} sentences, {doc.Events.Count:N0} events, peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MB");
    }
}
