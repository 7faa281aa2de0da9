using System.Diagnostics;
using Demarche.Bench.Pipeline;
using Demarche.Input;
using Demarche.Pipeline;

// Runs the whole default pipeline (Analyzer.CreateDefault) on one core and prints sentences per second and memory.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Pipeline [seconds] [file.txt ...]
//        dotnet run -c Release --project bench/Demarche.Bench.Pipeline --stages file.txt   (time of each stage on one document)
if (args is ["--stages", var stagesFile])
{
    StageTimes.Print(File.ReadAllText(stagesFile));
    return;
}
double seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 10;
var files = args.Skip(1).Where(File.Exists).ToList();
try { if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1; }
catch (Exception) { /* not allowed here; still single-threaded */ }

var texts = files.Count > 0 ? files.Select(File.ReadAllText).ToList() : Enumerable.Range(0, 20).Select(i => SampleText.Article(50, i)).ToList();
var date = new DateOnly(2025, 6, 11);
var analyzer = Analyzer.CreateDefault();
var options = new AnalyzeOptions(date);
InputItem Item(int i) => new RawDocument { Source = $"bench-{i}.txt", Content = texts[i % texts.Count], Format = ContentFormat.Text };

// warm-up: loads dictionaries and lexicons, JIT
var loadWatch = Stopwatch.StartNew();
var first = analyzer.Analyze(Item(0), options);
Console.WriteLine($"first document (includes loading data): {loadWatch.Elapsed.TotalMilliseconds:F0} ms{(first.Error is { } err ? " error: " + err : "")}");
for (int i = 0; i < 40; i++) analyzer.Analyze(Item(i), options);

GC.Collect();
long allocatedBefore = GC.GetTotalAllocatedBytes(true);
long sentences = 0, docs = 0, chars = 0, events = 0;
var watch = Stopwatch.StartNew();
while (watch.Elapsed.TotalSeconds < seconds)
{
    var r = analyzer.Analyze(Item((int)docs), options);
    docs++;
    if (r.Document is { } d)
    {
        sentences += d.Sentences.Count;
        chars += d.Text.Length;
        events += d.Events.Count;
    }
}
watch.Stop();
double secs = watch.Elapsed.TotalSeconds;
long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
var proc = Process.GetCurrentProcess();
proc.Refresh();
Console.WriteLine($"documents: {docs}, sentences: {sentences}, events: {events}, in {secs:F1} s on one core");
Console.WriteLine($"sentences per second: {sentences / secs:F0}");
Console.WriteLine($"documents per second: {docs / secs:F1}; characters per second: {chars / secs / 1e6:F2} M");
Console.WriteLine($"allocated per sentence: {allocated / Math.Max(1, sentences)} bytes");
Console.WriteLine($"peak working set: {proc.PeakWorkingSet64 / (1024 * 1024)} MB; managed heap now: {GC.GetTotalMemory(false) / (1024 * 1024)} MB; gen2 collections: {GC.CollectionCount(2)}");
