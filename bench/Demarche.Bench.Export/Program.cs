// Export benchmark: writes DOCUMENTS synthetic analysed documents (10 events, 6 actors, 2 quotes, 2 quantities and
// 1 stance each) straight into a fresh store, then times every export format, each in its own process so that
// the peak working set printed is the export's own.
// Usage: dotnet run -c Release --project bench/Demarche.Bench.Export [-- DOCUMENTS [DB [FORMAT,FORMAT...]]]
//        (a DB path given is kept and reused when it exists; inner mode: Demarche.Bench.Export export DB FORMAT OUT)
using System.Diagnostics;
using Demarche.Core.Contract;
using Demarche.Core.Model;
using Demarche.Store;
using Demarche.Store.Export;

if (args is ["export", var dbPath, var exportFormat, var outPath])
{
    Export(dbPath, exportFormat, outPath);
    return;
}

int documents = args.Length > 0 ? int.Parse(args[0]) : 10_000;
var dir = Directory.CreateTempSubdirectory("demarche-export-bench-").FullName;
var db = args.Length > 1 ? Path.GetFullPath(args[1]) : Path.Combine(dir, "bench.db");
var clock = Stopwatch.StartNew();
using (var store = DemarcheStore.Open(db))
{
    if (new StoreQueries(store).Stats().Documents == 0)
    {
        var writer = new DocumentWriter(store);
        var rnd = new Random(7);
        for (int start = 0; start < documents; start += 500)
            writer.Write(Enumerable.Range(start, Math.Min(500, documents - start)).Select(i => Synthetic(i, rnd)).ToList());
    }
    var s = new StoreQueries(store).Stats();
    Console.WriteLine($"store: {s.Documents:N0} documents, {s.Events:N0} events, {s.Quotes:N0} quotes, {s.Quantities:N0} quantities, {s.Stances:N0} stances, "
        + $"{new FileInfo(db).Length / 1e6:N0} MB, built in {clock.Elapsed.TotalSeconds:N0} s");
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

var formats = args.Length > 2 ? args[2].Split(',') : ["rows", "parquet", "parquet-text", "gdelt-csv", "plover", "jsonl"];
foreach (var format in formats)
{
    var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, ["export", db, format, Path.Combine(dir, "out-" + format)]) { RedirectStandardOutput = true })!;
    Console.Write(child.StandardOutput.ReadToEnd());
    child.WaitForExit();
}
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(dir, true);

static void Export(string db, string format, string output)
{
    using var store = DemarcheStore.Open(db);
    var clock = Stopwatch.StartNew();
    long rows;
    long bytes;
    if (format == "rows")
    {
        var read = new ExportRows(store);
        foreach (var (name, count) in new (string, Func<int>)[] { ("events", () => read.Events().Count()), ("events_merged", () => read.MergedEvents().Count()),
            ("actors", () => read.Actors().Count()), ("quotes", () => read.Quotes().Count()), ("quantities", () => read.Quantities().Count()),
            ("stances", () => read.Stances().Count()), ("documents", () => read.Documents(true).Count()) })
        {
            var t = Stopwatch.StartNew();
            int n = count();
            Console.WriteLine($"    read {name,-16} {n,10:N0} rows in {t.Elapsed.TotalSeconds,6:N2} s");
        }
        Report("rows (read only)", 0, clock.Elapsed.TotalSeconds, 0);
        return;
    }
    if (format.StartsWith("parquet"))
    {
        var files = new ParquetExporter(store).ExportAsync(output, new ParquetExportOptions { WithText = format == "parquet-text" }).GetAwaiter().GetResult();
        rows = files.Sum(f => f.Rows);
        bytes = files.Sum(f => f.Bytes);
        var seconds = clock.Elapsed.TotalSeconds;
        foreach (var f in files)
            Console.WriteLine($"    {Path.GetFileName(f.Path),-22} {f.Rows,10:N0} rows {f.Bytes / 1e6,8:N1} MB in {f.Elapsed.TotalSeconds,6:N2} s");
        Report(format, rows, seconds, bytes);
        return;
    }
    using (var w = new StreamWriter(output))
        rows = format switch
        {
            "gdelt-csv" => new Exporter(store).GdeltCsv(w),
            "plover" => new Exporter(store).Plover(w).Written,
            _ => new DocumentReader(store).All().Select(d => { w.WriteLine(AnalysisJson.Serialize(d)); return 1; }).Sum(),
        };
    bytes = new FileInfo(output).Length;
    Report(format, rows, clock.Elapsed.TotalSeconds, bytes);
}

static void Report(string format, long rows, double seconds, long bytes) =>
    Console.WriteLine($"{format,-13} {rows,10:N0} rows in {seconds,6:N2} s = {rows / seconds,10:N0} rows/s, {bytes / 1e6,8:N1} MB, "
        + $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:N0} MB");

static Document Synthetic(int i, Random rnd)
{
    string[] states = ["KEN", "PER", "NOR", "VNM", "CHL", "GHA", "JPN", "EGY", "POL", "CAN", "FRA", "IRN", "ISR", "QAT", "TUR", "BRA", "IND", "MEX", "NGA", "ZAF"];
    string[] codes = ["040", "111", "057", "112", "163", "043", "020", "130", "190", "036", "0231", "1246"];
    var sentences = new List<string>();
    for (int s = 0; s < 12; s++)
        sentences.Add($"Officials from {states[rnd.Next(states.Length)]} and {states[rnd.Next(states.Length)]} met on day {s} of report {i} to discuss the border and trade.");
    var text = string.Join(' ', sentences);
    var published = new DateOnly(2020, 1, 1).AddDays(i % 1500);
    var d = new Document(new DocumentInfo { Source = $"bench-{i}.txt", Id = $"bench-{i}", Url = $"https://example.org/{i}", Title = $"Report {i}", Published = published }, text);
    var picked = Enumerable.Range(0, 6).Select(_ => states[rnd.Next(states.Length)]).Distinct().ToList();
    foreach (var code in picked)
        d.Actors.Add(new Actor { Id = code, Name = code, Kind = ActorKind.State, Country = code, Code = code, Mentions = { new Mention(0, 3, code), new Mention(40, 43, code) } });
    int offset = 0;
    for (int e = 0; e < 10; e++)
    {
        var c = codes[rnd.Next(codes.Length)];
        int root = int.Parse(c[..2]);
        d.Events.Add(new Event
        {
            Source = picked[rnd.Next(picked.Count)], Target = rnd.Next(8) == 0 ? null : picked[rnd.Next(picked.Count)], Cameo = c, Root = c[..2],
            Plover = "CONSULT", Quad = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4, Goldstein = rnd.Next(-100, 100) / 10.0,
            Negated = rnd.Next(20) == 0, Hypothetical = rnd.Next(20) == 0, Date = published.AddDays(-rnd.Next(3)), Trigger = "met",
            Sentence = new SentenceRef(offset, offset + sentences[e].Length), Rule = "bench",
        });
        offset += sentences[e].Length + 1;
    }
    d.Quotes.Add(new Quote { Text = "We will keep talking", Start = 10, End = 30, Kind = QuoteKind.Direct, Speaker = picked[0], SpeakerText = picked[0], Cue = "said" });
    d.Quotes.Add(new Quote { Text = "the border stays open", Start = 40, End = 61, Kind = QuoteKind.Indirect, Cue = "added" });
    d.Quantities.Add(new Quantity { Value = rnd.Next(1000), Approximate = rnd.Next(2) == 0, Unit = "people", Category = QuantityCategory.Other, Start = 5, End = 9 });
    d.Quantities.Add(new Quantity { Value = rnd.NextDouble() * 1e6, Category = QuantityCategory.Other, Start = 50, End = 60 });
    d.Stances.Add(new Stance { Holder = picked[0], Topic = "the trade deal", Polarity = StancePolarity.Support, Evidence = new Evidence(0, 80) });
    return d;
}
