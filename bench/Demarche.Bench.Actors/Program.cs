using System.Diagnostics;
using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Actors.Recognition;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Segmentation;

// Actors benchmark: dictionary load time (cold, in a fresh process) and the median time to recognise the actors
// of a 5 KB article on one core. Run: dotnet run -c Release --project bench/Demarche.Bench.Actors [article.txt]
if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1;

if (Environment.GetEnvironmentVariable("BENCH_WARM") == "1") ActorLexiconLoader.Load(null, ActorLexiconLoader.UserFolderFromEnvironment());
var sw = Stopwatch.StartNew();
var raw = ActorLexiconLoader.Load(null, ActorLexiconLoader.UserFolderFromEnvironment());
var readMs = sw.Elapsed.TotalMilliseconds;
var lexicon = CompiledLexicon.Compile(raw);
var loadMs = sw.Elapsed.TotalMilliseconds;
Console.WriteLine($"dictionary load: {loadMs:F1} ms (read {readMs:F1} ms, compile {loadMs - readMs:F1} ms); " +
                  $"{raw.States.Count} states, {raw.Organisations.Count} organisations and groups, {raw.Persons.Count} persons, " +
                  $"{lexicon.Names.Count} names, {lexicon.Words.Count} role words");

var path = args.Length > 0 ? args[0] : Path.Combine(DataDirectory.Path, "..", "bench", "actors", "article.txt");
var text = File.ReadAllText(path);
// scale to 5 KB (5,000 UTF-16 code units), cutting at a paragraph or sentence end
while (text.Length < 5000) text += "\n\n" + text;
int cut = text.LastIndexOf('.', 5000);
text = text[..(cut > 4000 ? cut + 1 : 5000)];

var doc = new Document(new DocumentInfo { Published = new DateOnly(2025, 6, 12) }, text);
new SegmentationAnnotator().Annotate(doc);
var recognizer = new ActorRecognizer(lexicon);
ActorRecognition result = recognizer.Recognize(doc);
// warm up for two seconds, so that tiered JIT has compiled the hot paths fully before timing
var warm = Stopwatch.StartNew();
while (warm.ElapsedMilliseconds < 2000) result = recognizer.Recognize(new Document(doc.Info, doc.Text) { Tokens = doc.Tokens, Sentences = doc.Sentences });

int runs = int.TryParse(Environment.GetEnvironmentVariable("BENCH_RUNS"), out var r) && r > 0 ? r : 2000;
var times = new double[runs];
int gc0 = GC.CollectionCount(0), gc1 = GC.CollectionCount(1), gc2 = GC.CollectionCount(2);
var pause0 = GC.GetTotalPauseDuration();
long alloc0 = GC.GetTotalAllocatedBytes(precise: true);
for (int i = 0; i < runs; i++)
{
    // a fresh document each run (same tokens), so that what is made once per document (its lower-cased text) counts
    var fresh = new Document(doc.Info, doc.Text) { Tokens = doc.Tokens, Sentences = doc.Sentences };
    long t0 = Stopwatch.GetTimestamp();
    result = recognizer.Recognize(fresh);
    times[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
}
var pause = GC.GetTotalPauseDuration() - pause0;
long allocated = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
Array.Sort(times);
Console.WriteLine($"recognition per 5 KB article ({text.Length} chars, {doc.Tokens.Length} tokens, {result.Actors.Count} actors, " +
                  $"{result.Index.All.Count} mentions): median {times[runs / 2]:F3} ms, p90 {times[runs * 9 / 10]:F3} ms over {runs} runs");
Console.WriteLine($"allocated {allocated / runs / 1024.0:F1} KB per article; GCs gen0/1/2 {GC.CollectionCount(0) - gc0}/{GC.CollectionCount(1) - gc1}/{GC.CollectionCount(2) - gc2}, " +
                  $"pause {pause.TotalMilliseconds / runs:F3} ms per article");
