using System.CommandLine;
using Demarche.Import;

namespace Demarche.Cli;

/// <summary><c>dict import petrarch FILE… -o DIR</c>: brings PETRARCH/Phoenix dictionaries into Demarche's YAML formats.</summary>
public static class DictCommands
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var files = new Argument<string[]>("FILE") { Arity = ArgumentArity.OneOrMore, Description = "PETRARCH2/Phoenix dictionaries: the verb dictionary (CAMEO.2.0.txt), .actors files, the agents file" };
        var output = new Option<string>("--output", "-o") { Description = "folder to write the YAML into (then use it with --dict)", Required = true };
        var petrarch = new Command("petrarch", "Convert PETRARCH2/Phoenix verb, actor and agent dictionaries into Demarche YAML usable with --dict.") { files, output };
        petrarch.SetAction(parse =>
        {
            var paths = parse.GetValue(files)!;
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                stderr.WriteLine($"demarche: no such file '{missing}'");
                return CommandLineApp.ExitUsage;
            }
            var result = PetrarchImport.Run(paths, parse.GetValue(output)!);
            stdout.WriteLine($"event entries {result.EventEntries:N0}, persons {result.Persons:N0}, organisations and groups {result.Organisations:N0}, "
                + $"states with added forms {result.StatesWithForms:N0}; {result.Report.TotalSkipped:N0} items not converted (reasons in import-report.txt)");
            foreach (var line in result.Report.Lines()) stdout.WriteLine("  " + line);
            foreach (var f in result.Files) stdout.WriteLine("wrote " + f);
            return CommandLineApp.ExitOk;
        });
        var import = new Command("import", "Convert other tools' dictionaries into Demarche's formats.") { petrarch };
        return new Command("dict", "Dictionaries: import from other event coders.") { import };
    }
}
