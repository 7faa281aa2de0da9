using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers.Clr;

// Where a run allocates: reads a trace of allocation ticks (one about every 100 KB allocated, with its call stack) and
// prints the sampled megabytes by type, by the innermost Demarche method on the stack, by both, and by that method and
// its nearest Demarche caller. Make the trace with
//   dotnet-trace collect --profile gc-verbose -o run.nettrace -- dotnet .build/cli/demarche.dll analyze FILE --json --workers 1
// then: dotnet run --project bench/Demarche.Bench.Allocations -c Release -- run.nettrace [ROWS]
// ("?": no Demarche method on the stack: the runtime's own threads, or a library's work on pool threads.)
if (args.Length is < 1 or > 2 || !File.Exists(args[0]))
{
    Console.Error.WriteLine("usage: Demarche.Bench.Allocations TRACE.nettrace [ROWS]");
    return 2;
}
int rows = args.Length > 1 && int.TryParse(args[1], out int r) ? r : 40;
using var log = new TraceLog(TraceLog.CreateFromEventPipeDataFile(args[0]));
var byType = new Dictionary<string, long>();
var byMethod = new Dictionary<string, long>();
var byMethodAndType = new Dictionary<string, long>();
var byMethodAndCaller = new Dictionary<string, long>();
long total = 0;
foreach (var e in log.Events)
{
    if (e is not GCAllocationTickTraceData tick) continue;
    long size = tick.AllocationAmount64;
    total += size;
    var frame = InnermostDemarche(e.CallStack());
    string method = Name(frame), caller = Name(InnermostDemarche(frame?.Caller));
    Add(byType, tick.TypeName ?? "?", size);
    Add(byMethod, method, size);
    Add(byMethodAndType, $"{method}  <{tick.TypeName}>", size);
    Add(byMethodAndCaller, $"{method}  <-  {caller}", size);
}
Console.WriteLine($"sampled: {total / 1e6:F1} MB");
foreach (var (title, table) in new[] { ("type", byType), ("method", byMethod), ("method and type", byMethodAndType), ("method and caller", byMethodAndCaller) })
{
    Console.WriteLine($"== by {title}");
    foreach (var (key, bytes) in table.OrderByDescending(x => x.Value).Take(rows)) Console.WriteLine($"{bytes / 1e6,8:F1} MB  {key}");
}
return 0;

static TraceCallStack? InnermostDemarche(TraceCallStack? stack)
{
    for (var s = stack; s is not null; s = s.Caller)
        if ((s.CodeAddress.FullMethodName ?? "").StartsWith("Demarche.", StringComparison.Ordinal)) return s;
    return null;
}

static string Name(TraceCallStack? frame) => frame?.CodeAddress.FullMethodName ?? "?";

static void Add(Dictionary<string, long> table, string key, long bytes) => table[key] = table.GetValueOrDefault(key) + bytes;
