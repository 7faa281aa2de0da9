using System.Diagnostics;
using System.Text;
using Demarche.Cleaning;
using Demarche.Segmentation;

// Throughput of TextCleaner (and cleaning + tokenising + sentence splitting) on a few MB of text.
//   dotnet run -c Release --project bench/Demarche.Bench.Cleaning [-- --mb 8]
//   dotnet run -c Release --project bench/Demarche.Bench.Cleaning -- --file CORPUS.txt   (your own text)
//   dotnet run -c Release --project bench/Demarche.Bench.Cleaning -- --repairs FILE...   (print the repairs of files)
var argList = args.ToList();
if (argList.Count > 0 && argList[0] == "--repairs")
{
    var cleaner = new TextCleaner();
    foreach (var path in argList.Skip(1))
    {
        var result = cleaner.Clean(File.ReadAllText(path));
        foreach (var r in result.Repairs)
            Console.WriteLine($"{Path.GetFileName(path)}\t{r.Kind}\t{Show(r.Before)}\t{Show(r.After)}");
    }
    return;
}
int megabytes = argList.IndexOf("--mb") is int at and >= 0 && at + 1 < argList.Count ? int.Parse(argList[at + 1]) : 8;

// --file PATH: use that text instead (cut into ~5 KB documents at line breaks), e.g. a large-vocabulary corpus.
var fileArg = argList.IndexOf("--file") is int fa and >= 0 && fa + 1 < argList.Count ? argList[fa + 1] : null;
var documents = fileArg is null ? SampleDocuments.Build(megabytes * 1_000_000) : SampleDocuments.FromFile(fileArg, megabytes * 1_000_000);
long chars = documents.Sum(d => (long)d.Length);
long bytes = documents.Sum(d => (long)Encoding.UTF8.GetByteCount(d));
Console.WriteLine($"sample: {documents.Count} documents, {bytes / 1e6:F1} MB UTF-8 ({chars / 1e6:F1} M chars)");

var loadCpu = Process.GetCurrentProcess().TotalProcessorTime;
var sw = Stopwatch.StartNew();
var warm = new TextCleaner();
warm.Clean(documents[0]);
Console.WriteLine($"lexicon and rules loaded in {sw.ElapsedMilliseconds} ms wall, "
    + $"{(Process.GetCurrentProcess().TotalProcessorTime - loadCpu).TotalMilliseconds:F0} ms CPU");

var tokenizer = new Tokenizer();
var splitter = new SentenceSplitter();
// MB/s are given per second of wall-clock time and per second of this process's CPU time: on a shared,
// busy machine the CPU figure is the one that says how fast the code is on one core.
var process = Process.GetCurrentProcess();
for (int round = 0; round < 3; round++) // the first round warms the JIT
{
    var cleaner = new TextCleaner();
    long repairs = 0;
    var (clean, cleanCpu) = Timed(() => { foreach (var doc in documents) repairs += cleaner.Clean(doc).Repairs.Count; });

    long sentences = 0, tokens = 0;
    var (both, bothCpu) = Timed(() =>
    {
        foreach (var doc in documents)
        {
            var text = cleaner.Clean(doc).Text;
            var t = tokenizer.Tokenize(text);
            tokens += t.Length;
            sentences += splitter.Split(text, t).Count;
        }
    });
    if (round == 0) continue;
    Console.WriteLine($"round {round}");
    Console.WriteLine($"  cleaning:                {bytes / 1e6 / clean,7:F1} MB/s wall, {bytes / 1e6 / cleanCpu,7:F1} MB/s CPU  ({repairs} repairs)");
    Console.WriteLine($"  cleaning + segmentation: {bytes / 1e6 / both,7:F1} MB/s wall, {bytes / 1e6 / bothCpu,7:F1} MB/s CPU  ({tokens} tokens, {sentences / both:F0} sentences/s wall, {sentences / bothCpu:F0} sentences/s CPU)");
}

(double Wall, double Cpu) Timed(Action action)
{
    process.Refresh();
    var cpu0 = process.TotalProcessorTime;
    var watch = Stopwatch.StartNew();
    action();
    double wall = watch.Elapsed.TotalSeconds;
    process.Refresh();
    return (wall, (process.TotalProcessorTime - cpu0).TotalSeconds);
}

static string Show(string s) => s.Replace("\n", "\\n").Replace("\t", "\\t");

/// <summary>Sample news-like documents: the shared examples when present (../shared), else generated text.</summary>
static class SampleDocuments
{
    public static List<string> Build(int targetChars)
    {
        var seeds = new List<string>();
        var shared = FindShared();
        if (shared is not null)
            foreach (var file in Directory.EnumerateFiles(shared, "*.txt", SearchOption.AllDirectories).Order())
                seeds.Add(File.ReadAllText(file));
        if (seeds.Count == 0) seeds.AddRange(Generated(40));
        var docs = new List<string>();
        long total = 0;
        for (int i = 0; total < targetChars; i++)
        {
            var doc = seeds[i % seeds.Count];
            docs.Add(doc);
            total += doc.Length;
        }
        return docs;
    }

    public static List<string> FromFile(string path, int targetChars)
    {
        var docs = new List<string>();
        var sb = new StringBuilder();
        long total = 0;
        foreach (var line in File.ReadLines(path))
        {
            sb.Append(line).Append('\n');
            if (sb.Length < 5000) continue;
            docs.Add(sb.ToString());
            total += sb.Length;
            sb.Clear();
            if (total >= targetChars) break;
        }
        if (sb.Length > 0) docs.Add(sb.ToString());
        return docs;
    }

    private static string? FindShared()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var candidate = Path.Combine(d.FullName, "shared", "examples");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }

    private static IEnumerable<string> Generated(int count)
    {
        string[] words = ["the", "minister", "said", "on", "Tuesday", "that", "talks", "would", "resume", "in", "Geneva",
            "after", "a", "ceasefire", "collapsed", "and", "officials", "from", "both", "sides", "blamed", "each", "other"];
        var rng = new Random(7);
        for (int d = 0; d < count; d++)
        {
            var sb = new StringBuilder();
            for (int p = 0; p < 12; p++)
            {
                for (int s = 0; s < 3; s++)
                {
                    int n = rng.Next(12, 30);
                    for (int w = 0; w < n; w++)
                    {
                        var word = words[rng.Next(words.Length)];
                        if (rng.Next(200) == 0) { sb.Append(word); continue; } // a glued pair now and then
                        sb.Append(word).Append(w == n - 1 ? ". " : " ");
                    }
                }
                sb.Append(p % 5 == 4 ? "\n\nAdvertisement\n\n" : "\n\n");
            }
            yield return sb.ToString();
        }
    }
}
