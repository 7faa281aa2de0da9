using System.Diagnostics;
using Demarche.Grammar;
using Demarche.Grammar.Conllu;
using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

// Tagging and parsing speed on one core: sentences of a CoNLL-U file (default: the GUM news and EWT dev files in
// ../shared/corpora), tagged and parsed again and again for the given seconds, from their word forms.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Grammar [seconds] [file.conllu ...]
// DEMARCHE_BEAMS=0,2,8 times each parser beam width in turn (0: the greedy model; default: the model's own width).
double seconds = args.Length > 0 && double.TryParse(args[0], out var s) ? s : 10;
var files = args.Skip(1).ToList();
if (files.Count == 0)
{
    var shared = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../../shared/corpora"));
    for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        if (Directory.Exists(Path.Combine(d.FullName, "shared", "corpora"))) { shared = Path.Combine(d.FullName, "shared", "corpora"); break; }
    files = [Path.Combine(shared, "ud-english-gum-news", "en_gum-news-dev.conllu"), Path.Combine(shared, "ud-english-ewt", "en_ewt-ud-dev.conllu")];
}
try { if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) Process.GetCurrentProcess().ProcessorAffinity = 1; }
catch (Exception) { /* not allowed here; still single-threaded */ }

var load = Stopwatch.StartNew();
var model = GrammarModel.Default;
Console.WriteLine($"model load: {load.Elapsed.TotalMilliseconds:F0} ms ({model.Tagger.Model.Count:N0} tagger, {model.Parser.Moves.Count:N0} move and {model.Parser.Labels.Count:N0} label features)");
var sentences = files.SelectMany(ConlluReader.ReadFile).Select(c => c.Forms.ToArray()).Where(f => f.Length > 0).ToList();
long words = sentences.Sum(f => (long)f.Length);
Console.WriteLine($"{sentences.Count:N0} sentences, {words:N0} words ({(double)words / sentences.Count:F1} a sentence) from {string.Join(", ", files.Select(Path.GetFileName))}");
var widths = (Environment.GetEnvironmentVariable("DEMARCHE_BEAMS") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)
    .Select(w => (int?)int.Parse(w, System.Globalization.CultureInfo.InvariantCulture)).DefaultIfEmpty(null).ToList();
foreach (var width in widths)
{
    var timed = width is { } w ? model.WithBeam(w) : model;
    Console.WriteLine($"-- parser beam width {(width is { } b ? b.ToString(System.Globalization.CultureInfo.InvariantCulture) : $"{model.Parser.BeamWidth} (the model's)")}");
    Time(timed);
}

void Time(GrammarModel model)
{
    var analyzer = new SentenceAnalyzer(model, WordLexicons.Default);
    var results = sentences.Select(f => new SentenceGrammar(f.Length)).ToArray();
    // warm-up (JIT, lexicon cache)
    for (int i = 0; i < sentences.Count; i++) analyzer.Analyze(sentences[i], results[i]);

    GC.Collect();
    long allocatedBefore = GC.GetTotalAllocatedBytes(true);
    long done = 0, doneWords = 0;
    var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    while (watch.Elapsed.TotalSeconds < seconds)
        for (int i = 0; i < sentences.Count; i++, done++) { analyzer.Analyze(sentences[i], results[i]); doneWords += sentences[i].Length; }
    watch.Stop();
    double cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
    long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
    var proc = Process.GetCurrentProcess();
    proc.Refresh();
    Console.WriteLine($"tagging + parsing: {done / watch.Elapsed.TotalSeconds:N0} sentences/s, {doneWords / watch.Elapsed.TotalSeconds:N0} words/s on one core; {done / cpu:N0} sentences per CPU second ({done:N0} in {cpu:F2} CPU s: the fairer figure on a shared machine)");
    Console.WriteLine($"allocated per sentence: {allocated / Math.Max(1, done)} bytes; peak working set {proc.PeakWorkingSet64 / (1024 * 1024)} MB");
}
