using System.Diagnostics;
using Demarche.Core.Data;
using Demarche.Language;
using Demarche.Places;

// Places and language benchmark, in a fresh process: the gazetteer's load time and the memory it adds (managed heap
// after a full collection, and the process's working set), then the language detector's first call (model load) and
// its time per 2,000-character article. Run: dotnet run -c Release --project bench/Demarche.Bench.Places
static long Heap() { GC.Collect(); GC.WaitForPendingFinalizers(); GC.Collect(); return GC.GetTotalMemory(true); }
static double Mb(long bytes) => bytes / (1024.0 * 1024.0);

var heap0 = Heap();
var ws0 = Process.GetCurrentProcess().WorkingSet64;
// CPU time beside wall time: on a machine shared with other work, the CPU time is what the load costs
static double Cpu() => Process.GetCurrentProcess().TotalProcessorTime.TotalMilliseconds;
var cpu0 = Cpu();
var sw = Stopwatch.StartNew();
var gazetteer = Gazetteer.Load(DataDirectory.File("places"));
var loadMs = sw.Elapsed.TotalMilliseconds;
var loadCpu = Cpu() - cpu0;
var heap1 = Heap();
Process.GetCurrentProcess().Refresh();
var ws1 = Process.GetCurrentProcess().WorkingSet64;
Console.WriteLine($"gazetteer load: {loadMs:F0} ms wall, {loadCpu:F0} ms CPU (cold, first call, JIT included), {gazetteer.Count:N0} place names; +{Mb(heap1 - heap0):F1} MB managed heap, +{Mb(ws1 - ws0):F1} MB working set");
var times = new List<(double Wall, double Cpu)>();
for (int i = 0; i < 5; i++)
{
    var c = Cpu();
    sw.Restart();
    GC.KeepAlive(Gazetteer.Load(DataDirectory.File("places")));
    times.Add((sw.Elapsed.TotalMilliseconds, Cpu() - c));
}
times.Sort();
Console.WriteLine($"gazetteer load, warm: median {times[2].Wall:F0} ms wall, {times[2].Cpu:F0} ms CPU, of 5");
GC.KeepAlive(gazetteer);

var text = string.Concat(Enumerable.Repeat("The foreign minister met his counterpart in Paris on Tuesday to discuss security in the Sahel region. ", 20))[..2000];
var heap2 = Heap();
var cpu2 = Cpu();
sw.Restart();
var first = LanguageDetector.Default.Detect(text);
var firstMs = sw.Elapsed.TotalMilliseconds;
var firstCpu = Cpu() - cpu2;
var heap3 = Heap();
var cpu3 = Cpu();
sw.Restart();
const int Runs = 200;
for (int i = 0; i < Runs; i++) LanguageDetector.Default.Detect(text);
var perDocCpu = (Cpu() - cpu3) / Runs;
Console.WriteLine($"language detector: first call {firstMs:F0} ms wall, {firstCpu:F0} ms CPU (loads {LanguageDetector.Languages.Length} low-accuracy models) -> {first}; "
    + $"+{Mb(heap3 - heap2):F1} MB managed heap; then {sw.Elapsed.TotalMilliseconds / Runs:F2} ms wall, {perDocCpu:F2} ms CPU per article (first {LanguageDetector.SampleLength:N0} characters read)");
