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
        var command = new Command("analyze", "Analyse articles: clean text, sentences, actors, events, quotes, quantities, stances.")
        {
            path, date, url, json, pretty, dict, disable, allowPrivate,
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
            if (CommandLineApp.CreateAnalyzer(parse.GetValue(dict), parse.GetValue(disable), stderr) is not { } analyzer) return CommandLineApp.ExitUsage;
            var reader = new InputReader { AllowPrivateAddresses = parse.GetValue(allowPrivate) };
            return Run(paths, analyzer, reader, new AnalyzeOptions(d, parse.GetValue(url)), parse.GetValue(json), parse.GetValue(pretty), stdout, stderr);
        });
        return command;
    }

    private static int Run(string[] paths, Analyzer analyzer, InputReader reader, AnalyzeOptions options, bool json, bool pretty, TextWriter stdout, TextWriter stderr)
    {
        var languages = new LanguageCounts();
        var view = json ? null : new TerminalView(stdout);
        bool failed = false;
        foreach (var item in paths.SelectMany(reader.Read))
        {
            var result = analyzer.Analyze(item, options);
            if (result.Error is not null) failed = true;
            if (result.Document is { } analysed) languages.Add(analysed.Info.Language);
            if (result.Notice is { } notice) stderr.WriteLine($"demarche: {TerminalText.Clean(result.Source)}: {notice}");
            if (json)
            {
                stdout.WriteLine(result.Document is { } doc
                    ? AnalysisJson.Serialize(doc, pretty)
                    : AnalysisJson.SerializeError(result.Source, result.Error!, result.Id));
                stdout.Flush();
            }
            else
            {
                view!.Show(result);
                stdout.Flush();
            }
        }
        stdout.Flush();
        if (languages.Total > 1 || languages.HasOtherThanEnglish) stderr.WriteLine($"demarche: analysed {languages}");
        return failed ? CommandLineApp.ExitFailed : CommandLineApp.ExitOk;
    }
}
