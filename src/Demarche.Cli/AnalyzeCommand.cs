using System.CommandLine;
using Demarche.Core.Contract;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Pipeline;

namespace Demarche.Cli;

/// <summary><c>demarche analyze PATH [--date YYYY-MM-DD] [--url URL] [--json] [--disable NAME]</c>, as the analysis contract v1 fixes it.</summary>
public static class AnalyzeCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string[]>("PATH")
        {
            Description = "a .txt or .html file, '-' for standard input, a directory of articles, a .jsonl file, an RSS/Atom/JSON feed, a .warc file, or an http(s) URL (files may be .gz)",
            Arity = ArgumentArity.OneOrMore,
        };
        var date = new Option<string?>("--date") { Description = "publication date (YYYY-MM-DD) used to resolve relative dates" };
        var url = new Option<string?>("--url") { Description = "the URL the document came from" };
        var json = new Option<bool>("--json") { Description = "print contract JSON (JSON Lines for several documents)" };
        var dict = new Option<string?>("--dict") { Description = "a folder of YAML files that add or override actors (states, organisations, groups, persons, roles)" };
        var pretty = new Option<bool>("--pretty") { Description = "with --json: indent the JSON (not JSON Lines any more)" };
        var allowPrivate = CommandLineApp.AllowPrivateOption();
        var disable = CommandLineApp.DisableOption();
        var workers = new Option<int?>("--workers") { Description = "documents analysed at once (default: one per core); output keeps the input order" };
        var profile = new Option<bool>("--profile") { Description = "print to stderr where the time went (cleaning and each stage), allocations per sentence and peak memory" };
        var command = new Command("analyze", "Analyse articles: clean text, sentences, actors, events, quotes, quantities, stances.")
        {
            path, date, url, json, pretty, dict, disable, allowPrivate, workers, profile,
        };
        command.SetAction(parse =>
        {
            if (!CommandLineApp.TryParseDate(parse.GetValue(date), out var d))
            {
                stderr.WriteLine($"demarche: --date must be YYYY-MM-DD, not '{parse.GetValue(date)}'");
                return CommandLineApp.ExitUsage;
            }
            var paths = parse.GetValue(path)!;
            if (paths.FirstOrDefault(p => p.StartsWith('-') && p != "-") is { } unknown)
            {
                stderr.WriteLine($"demarche: unknown option '{unknown}'; try 'demarche analyze --help'");
                return CommandLineApp.ExitUsage;
            }
            if (parse.GetValue(dict) is { } folder && !Directory.Exists(folder))
            {
                stderr.WriteLine($"demarche: --dict: no such folder '{folder}'");
                return CommandLineApp.ExitUsage;
            }
            if (parse.GetValue(workers) is < 1)
            {
                stderr.WriteLine("demarche: --workers must be 1 or more");
                return CommandLineApp.ExitUsage;
            }
            var report = parse.GetValue(profile) ? new ProfileReport() : null;
            if (CommandLineApp.CreateAnalyzer(parse.GetValue(dict), parse.GetValue(disable), stderr) is not { } analyzer) return CommandLineApp.ExitUsage;
            analyzer.Profile = report?.Stages;
            var reader = new InputReader { AllowPrivateAddresses = parse.GetValue(allowPrivate) };
            int threads = parse.GetValue(workers) ?? Environment.ProcessorCount;
            int code = Run(paths, analyzer, reader, new AnalyzeOptions(d, parse.GetValue(url)), threads, parse.GetValue(json), parse.GetValue(pretty), stdout, stderr, report);
            report?.Print(stderr, threads);
            return code;
        });
        return command;
    }

    private static int Run(string[] paths, Analyzer analyzer, InputReader reader, AnalyzeOptions options, int workers, bool json, bool pretty,
        TextWriter stdout, TextWriter stderr, ProfileReport? report)
    {
        var languages = new LanguageCounts();
        var view = json ? null : new TerminalView(stdout);
        bool failed = false;
        int firstJson = 1;
        // the JSON of a document is written on the worker that analysed it
        // (a document's as pooled UTF-8 bytes, written out and given back below; an error's as a string)
        object? Json(AnalysisResult r)
        {
            if (!json) return null;
            var start = report is null ? default : StageProfile.Mark();
            object text;
            using (Interlocked.Exchange(ref firstJson, 0) == 1 ? Demarche.Core.Data.StartupTrace.Step("first document: JSON written") : default)
                text = r.Document is { } doc ? AnalysisJson.SerializeToBytes(doc, pretty) : AnalysisJson.SerializeError(r.Source, r.Error!, r.Id);
            report?.Stages.Add("json", start);
            return text;
        }
        foreach (var (result, text) in OrderedAnalysis.Run(analyzer, paths.SelectMany(reader.Read), options, workers, r => (r, Json(r))))
        {
            report?.FirstResult();
            if (result.Error is not null) failed = true;
            if (result.Document is { } analysed) languages.Add(analysed.Info.Language);
            if (result.Notice is { } notice) stderr.WriteLine($"demarche: {TerminalText.Clean(result.Source)}: {notice}");
            if (text is JsonBytes bytes)
            {
                bytes.WriteTo(stdout);
                stdout.WriteLine();
                bytes.Dispose();
            }
            else if (json) stdout.WriteLine(text);
            else view!.Show(result);
            stdout.Flush();
        }
        stdout.Flush();
        if (languages.Total > 1 || languages.HasOtherThanEnglish) stderr.WriteLine($"demarche: analysed {languages}");
        return failed ? CommandLineApp.ExitFailed : CommandLineApp.ExitOk;
    }
}
