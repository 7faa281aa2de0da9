using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using Demarche.Core.Contract;
using Demarche.Core.Model;
using Demarche.Ingest;
using Demarche.Pipeline;
using Demarche.Store;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary><c>ingest</c>, <c>events</c>, <c>stats</c> and <c>search</c>: the store's commands.</summary>
public static class StoreCommands
{
    internal static Option<string> DbOption() => new("--db")
    {
        Description = "an SQLite file or a PostgreSQL connection string (Host=…;Username=…;Database=… or postgres://…); default: $DEMARCHE_DB or ~/.local/share/demarche/demarche.db",
        DefaultValueFactory = _ => DemarcheStore.DefaultTarget,
    };

    /// <summary>
    /// Opens the store named by --db: an SQLite file or a PostgreSQL database; only the commands that write
    /// (<c>ingest</c>, <c>watch</c>, <c>silo</c>: <paramref name="writable"/>) create or migrate one, the read commands take it as it is.
    /// </summary>
    internal static DemarcheStore OpenStore(ParseResult parse, Option<string> db, bool writable = false)
    {
        var target = parse.GetValue(db)!;
        try
        {
            return writable ? DemarcheStore.Open(target) : DemarcheStore.OpenExisting(target);
        }
        catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            throw new IOException($"cannot open the {Describe(target)}: {e.Message}", e);
        }
    }

    /// <summary>The store as messages name it (never a password).</summary>
    internal static string Describe(string target) =>
        PostgresTarget.IsPostgres(target) ? "PostgreSQL store " + PostgresTarget.Redact(target) : "store '" + TerminalText.Clean(target) + "'";

    public static IEnumerable<Command> Create(TextWriter stdout, TextWriter stderr)
    {
        yield return Ingest(stdout, stderr);
        yield return Events(stdout, stderr);
        yield return Stats(stdout);
        yield return Search(stdout, stderr);
        yield return ActorCommand(stdout);
        yield return QuotesCommand(stdout, stderr);
        yield return StancesCommand.Create(stdout, stderr);
        yield return Export(stdout, stderr);
        yield return Timeline(stdout, stderr);
        yield return ServeCommand.Create(stdout, stderr);
    }

    private static Command ActorCommand(TextWriter stdout)
    {
        var db = DbOption();
        var id = new Argument<string>("ID") { Description = "an actor id (HAMAS, person:emmanuel-macron) or a country code (FRA)" };
        var json = new Option<bool>("--json");
        var cmd = new Command("actor", "An actor's profile: events given and received per month by quad class, stances, quotes.") { id, db, json };
        cmd.SetAction(parse =>
        {
            using var store = OpenStore(parse, db);
            var p = new ProfileQueries(store).Profile(parse.GetValue(id)!);
            if (parse.GetValue(json))
            {
                stdout.WriteLine(JsonSerializer.Serialize(p, AnalysisJson.Options));
                return CommandLineApp.ExitOk;
            }
            var console = ConsoleFor(stdout);
            console.MarkupLine($"[bold]{TerminalText.Escape(p.Name ?? p.Actor)}[/] ({TerminalText.Escape(p.Kind ?? "?")}, {TerminalText.Escape(p.Country ?? "—")}), in {p.Documents} documents");
            var t = new Table().Border(TableBorder.Rounded).AddColumns("month", "given 1/2/3/4", "received 1/2/3/4");
            foreach (var m in p.Months)
                t.AddRow(m.Month, string.Join('/', m.Given.Skip(1)), string.Join('/', m.Received.Skip(1)));
            console.Write(t);
            foreach (var s in p.Stances) console.MarkupLine($"  {s.Polarity} {TerminalText.Escape(s.Topic)} ({s.Articles} articles)");
            foreach (var q in p.Quotes) console.MarkupLine($"  “{TerminalText.Escape(q.Text)}” [grey]{TerminalText.Escape(q.Source)}[/]");
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command QuotesCommand(TextWriter stdout, TextWriter stderr)
    {
        var range = new PublishedRange();
        var db = DbOption();
        var speaker = new Option<string?>("--speaker") { Description = "an actor id or country code, or words naming an unnamed speaker" };
        var text = new Option<string?>("--text") { Description = "words the quote contains" };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50 };
        var output = new QueryOutput();
        var cmd = new Command("quotes", "Who said what.") { db, speaker, text, limit };
        range.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (!range.TryRead(parse, stderr, out var from, out var to)) return CommandLineApp.ExitUsage;
            using var store = OpenStore(parse, db);
            output.Write(parse, stdout, new ProfileQueries(store).Quotes(parse.GetValue(speaker), parse.GetValue(text), parse.GetValue(limit), from: from, to: to),
            [
                new("published", q => q.Published), new("speaker", q => q.Speaker), new("speaker_text", q => q.SpeakerText), new("cue", q => q.Cue),
                new("kind", q => q.Kind), new("text", q => q.Text), new("source", q => q.Source),
            ],
            rows =>
            {
                foreach (var q in rows) stdout.WriteLine(TerminalText.Clean($"{q.Published ?? "????-??-??"}  {q.Speaker ?? q.SpeakerText ?? "?"} ({q.Cue}): “{q.Text}”"));
            });
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Export(TextWriter stdout, TextWriter stderr)
    {
        var db = DbOption();
        var format = new Option<string>("--format")
        {
            Description = "jsonl (contract objects), gdelt (GDELT 2.0 event table: TSV, no header, 61 columns), gdelt-mentions (GDELT 2.0 mentions table), "
                + "gdelt-csv (the event columns as CSV with a header, for spreadsheets), plover (PLOVER JSON lines), parquet (one file per table into the --output folder)",
            DefaultValueFactory = _ => "jsonl",
        };
        format.AcceptOnlyFromAmong("jsonl", "gdelt", "gdelt-mentions", "gdelt-csv", "plover", "parquet");
        var output = new Option<string?>("--output", "-o", "--out") { Description = "file to write (default: standard output); for parquet, the folder" };
        var withText = new Option<bool>("--with-text") { Description = "parquet: add the documents' clean text to documents.parquet" };
        var filters = new EventFilterOptions();
        var cmd = new Command("export", "Export the store for other tools; the event formats take the filters of 'events'.") { db, format, output, withText };
        filters.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (filters.Read(parse, int.MaxValue, out var error) is not { } filter)
            {
                stderr.WriteLine("demarche: " + error);
                return CommandLineApp.ExitUsage;
            }
            var path = parse.GetValue(output);
            if (path is not null && ExportTarget.WouldOverwriteStore(path, parse.GetValue(db)!) is { } store_file)
            {
                stderr.WriteLine($"demarche: --output {TerminalText.Clean(path)} would write over the store ({TerminalText.Clean(store_file)}); choose another file");
                return CommandLineApp.ExitUsage;
            }
            using var store = OpenStore(parse, db);
            if (parse.GetValue(format) == "parquet")
                return ParquetExport.Run(store, path, parse.GetValue(withText), stderr);
            using var file = path is null ? null : new ExportTarget(path);
            var w = file?.Writer ?? stdout;
            var exporter = new Exporter(store, filter);
            string counted = "records";
            int n = 0;
            switch (parse.GetValue(format))
            {
                case "gdelt": n = exporter.GdeltEvents(w); counted = "GDELT event rows"; break;
                case "gdelt-mentions": n = exporter.GdeltMentions(w); counted = "GDELT mention rows"; break;
                case "gdelt-csv": n = exporter.GdeltCsv(w); counted = "GDELT event rows (CSV)"; break;
                case "plover":
                    var (written, notCoded, undated) = exporter.Plover(w);
                    n = written;
                    counted = $"PLOVER records ({notCoded:N0} CAMEO 01/02 events left out: PLOVER does not code them; {undated:N0} undated left out: PLOVER requires a date)";
                    break;
                default:
                    foreach (var d in new DocumentReader(store).All()) { w.WriteLine(AnalysisJson.Serialize(d)); n++; }
                    break;
            }
            w.Flush();
            file?.Commit();
            stderr.WriteLine($"exported {n:N0} {counted}");
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Timeline(TextWriter stdout, TextWriter stderr)
    {
        var db = DbOption();
        var unit = new Option<string>("--by") { Description = "day, week (from Monday) or month", DefaultValueFactory = _ => "month" };
        unit.AcceptOnlyFromAmong("day", "week", "month");
        var filters = new EventFilterOptions();
        var output = new QueryOutput();
        var cmd = new Command("timeline", "Events per day, week or month for a filter (merged events and their mentions), for plotting.") { db, unit };
        filters.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (filters.Read(parse, int.MaxValue, out var error) is not { } filter)
            {
                stderr.WriteLine("demarche: " + error);
                return CommandLineApp.ExitUsage;
            }
            var by = parse.GetValue(unit) switch { "day" => TimelineUnit.Day, "week" => TimelineUnit.Week, _ => TimelineUnit.Month };
            using var store = OpenStore(parse, db);
            output.Write(parse, stdout, new StoreQueries(store).Timeline(filter, by),
                [new(by.ToString().ToLowerInvariant(), r => r.Period), new("events", r => r.Events), new("mentions", r => r.Mentions)]);
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Ingest(TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "files, directories, .jsonl, feeds (RSS/Atom/RDF/JSON Feed), .warc, any of them .gz, or http(s) URLs of feeds or pages",
        };
        var db = DbOption();
        var date = new Option<string?>("--date") { Description = "publication date for documents that carry none" };
        var workers = new Option<int>("--workers") { Description = "analysis threads (default: all cores)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var fetch = new Option<bool>("--fetch") { Description = "download the page a feed item links to when the feed holds only a short summary" };
        var dict = new Option<string?>("--dict") { Description = "a folder of YAML files that add or override actors (as for analyze)" };
        var cluster = new ClusterOptionSet(required: false);
        var allowPrivate = CommandLineApp.AllowPrivateOption();
        var disable = CommandLineApp.DisableOption();
        var cmd = new Command("ingest", "Analyse documents and store them (each content once; a re-run continues where the last one stopped).") { paths, db, date, workers, fetch, dict, disable, allowPrivate };
        cluster.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (!CommandLineApp.TryParseDate(parse.GetValue(date), out var d))
            {
                stderr.WriteLine("demarche: --date must be YYYY-MM-DD");
                return CommandLineApp.ExitUsage;
            }
            if (parse.GetValue(dict) is { } folder && !Directory.Exists(folder))
            {
                stderr.WriteLine($"demarche: --dict: no such folder '{folder}'");
                return CommandLineApp.ExitUsage;
            }
            var inputs = parse.GetValue(paths)!;
            var meter = new Demarche.Input.InputMeter();
            var reader = new Demarche.Input.InputReader { Meter = meter, FetchLinkedPages = parse.GetValue(fetch), AllowPrivateAddresses = parse.GetValue(allowPrivate) };
            if (cluster.IsSet(parse))
            {
                if (parse.GetValue(disable) is { Length: > 0 })
                {
                    stderr.WriteLine("demarche: --disable does not apply to --cluster (the silos run the whole pipeline)");
                    return CommandLineApp.ExitUsage;
                }
                return cluster.Config(parse, stderr) is { } config ? ClusterCommands.Ingest(config, inputs, reader, meter, stdout, stderr) : CommandLineApp.ExitUsage;
            }
            if (CommandLineApp.CreateAnalyzer(parse.GetValue(dict), parse.GetValue(disable), stderr) is not { } analyzer) return CommandLineApp.ExitUsage;
            using var store = OpenStore(parse, db, writable: true);
            var runner = new IngestRunner(analyzer, store,
                new IngestOptions { Workers = Math.Max(1, parse.GetValue(workers)), Date = d, Reader = reader });
            var progress = new IngestProgress();
            var clock = Stopwatch.StartNew();
            var task = runner.RunAsync(inputs, progress);
            if (IngestProgressView.IsInteractive(stderr))
                IngestProgressView.Show(stderr, task, progress, meter, Demarche.Input.InputMeter.TotalBytes(inputs), clock);
            task.GetAwaiter().GetResult();
            IngestProgressView.Summary(stdout, progress, clock, store.Location);
            return progress.Failed > 0 ? CommandLineApp.ExitFailed : CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Events(TextWriter stdout, TextWriter stderr)
    {
        var db = DbOption();
        var filters = new EventFilterOptions();
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 50 };
        var output = new QueryOutput();
        var cmd = new Command("events", "List stored events, merged across articles (mentions, articles).") { db, limit };
        filters.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (filters.Read(parse, parse.GetValue(limit), out var error) is not { } filter)
            {
                stderr.WriteLine("demarche: " + error);
                return CommandLineApp.ExitUsage;
            }
            using var store = OpenStore(parse, db);
            var rows = new StoreQueries(store).Events(filter);
            output.Write(parse, stdout, rows,
            [
                new("date", r => r.Date), new("source", r => r.Source), new("target", r => r.Target), new("cameo", r => r.Cameo), new("plover", r => r.Plover),
                new("quad", r => r.Quad), new("goldstein", r => r.Goldstein), new("mentions", r => r.Mentions), new("articles", r => r.Articles),
                new("trigger", r => r.Trigger), new("example", r => r.Example), new("date_precision", r => r.DatePrecision),
                new("place", r => r.Place), new("place_country", r => r.PlaceCountry),
            ],
            list =>
            {
                var table = new Table().Border(TableBorder.Rounded).AddColumns("date", "source", "event", "target", "where", "mentions", "articles", "trigger");
                foreach (var r in list)
                    table.AddRow(DatePrecisions.Describe(r.Date, r.DatePrecision), TerminalText.Escape(r.Source), TerminalText.Escape($"{r.Cameo} {r.Plover}"), TerminalText.Escape(r.Target ?? "—"),
                        TerminalText.Escape(r.Place is null ? "" : $"{r.Place} ({r.PlaceCountry})"), r.Mentions.ToString(), r.Articles.ToString(), TerminalText.Escape(r.Trigger));
                ConsoleFor(stdout).Write(table);
            });
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Stats(TextWriter stdout)
    {
        var db = DbOption();
        var output = new QueryOutput();
        var cmd = new Command("stats", "What the store holds.") { db };
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            using var store = OpenStore(parse, db);
            var s = new StoreQueries(store).Stats();
            output.Write(parse, stdout, [s],
            [
                new("documents", x => x.Documents), new("near_duplicates", x => x.NearDuplicates), new("actors", x => x.Actors), new("events", x => x.Events),
                new("quotes", x => x.Quotes), new("quantities", x => x.Quantities), new("stances", x => x.Stances),
                new("first_date", x => x.FirstDate), new("last_date", x => x.LastDate),
            ],
            _ => stdout.WriteLine($"documents {s.Documents:N0} (near-duplicates {s.NearDuplicates:N0}), actors {s.Actors:N0}, events {s.Events:N0}, quotes {s.Quotes:N0}, quantities {s.Quantities:N0}, stances {s.Stances:N0}, published {s.FirstDate ?? "?"} to {s.LastDate ?? "?"}"));
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    private static Command Search(TextWriter stdout, TextWriter stderr)
    {
        var range = new PublishedRange();
        var db = DbOption();
        var query = new Argument<string>("TEXT") { Description = "words to find (all must occur)" };
        var limit = new Option<int>("--limit") { DefaultValueFactory = _ => 20 };
        var output = new QueryOutput();
        var cmd = new Command("search", "Full-text search over stored documents.") { query, db, limit };
        range.AddTo(cmd);
        output.AddTo(cmd);
        cmd.SetAction(parse =>
        {
            if (!range.TryRead(parse, stderr, out var from, out var to)) return CommandLineApp.ExitUsage;
            using var store = OpenStore(parse, db);
            output.Write(parse, stdout, new StoreQueries(store).Search(parse.GetValue(query)!, parse.GetValue(limit), from, to),
            [new("id", h => h.Id), new("published", h => h.Published), new("source", h => h.Source), new("title", h => h.Title), new("snippet", h => h.Snippet)],
            rows =>
            {
                foreach (var h in rows) stdout.WriteLine(TerminalText.Clean($"{h.Published ?? "????-??-??"}  {h.Source}  {h.Title}") + "\n    " + TerminalText.Clean(h.Snippet.Replace('\n', ' ')));
            });
            return CommandLineApp.ExitOk;
        });
        return cmd;
    }

    /// <summary>A date as precise as it is known: 2025-06-10, 2025-06 (month), 2025 (year), "week of 2025-06-02".</summary>
    internal static IAnsiConsole ConsoleFor(TextWriter w) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(w),
        Ansi = System.Console.IsOutputRedirected || w is StringWriter ? AnsiSupport.No : AnsiSupport.Detect,
    });

}
