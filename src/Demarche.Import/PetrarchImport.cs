using Demarche.Actors.Lexicon;
using Demarche.Core.Data;
using YamlDotNet.Serialization;

namespace Demarche.Import;

/// <summary>What one import wrote.</summary>
public sealed record ImportResult(IReadOnlyList<string> Files, ImportReport Report, int EventEntries, int Persons, int Organisations, int StatesWithForms);

/// <summary>
/// <c>demarche dict import petrarch FILE… -o DIR</c>: reads PETRARCH2/Phoenix dictionaries (the verb dictionary, .actors
/// files, the agents file) and writes Demarche YAML a <c>--dict DIR</c> reads: petrarch-events.yaml (event entries),
/// petrarch-actors.yaml (states, organisations, groups, persons), petrarch-agents.yaml (sector words), and
/// import-report.txt (counts, and what could not be converted and why). The kind of each file is read from its content.
/// </summary>
public static class PetrarchImport
{
    public static ImportResult Run(IReadOnlyList<string> files, string outputDir)
    {
        var report = new ImportReport();
        var lexicon = ActorLexiconLoader.Load();
        var states = lexicon.States.Keys.ToHashSet(StringComparer.Ordinal);
        var byCode = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var o in lexicon.Organisations.Values)
            if (o.Code is { } code) byCode.TryAdd(code, o.Id);
        var codes = TsvFile.Read(DataDirectory.File("cameo", "codes.tsv"), 1, "code").Select(f => f[0]).ToHashSet(StringComparer.Ordinal);
        var verbs = new PetrarchVerbs(codes, report);
        var actors = new PetrarchActors(states, byCode, report);
        var agents = new PetrarchAgents(lexicon.Roles.Sectors.Keys.ToHashSet(StringComparer.Ordinal), report);
        bool anyVerbs = false, anyActors = false, anyAgents = false;
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            var name = Path.GetFileName(file);
            if (lines.Any(l => l.StartsWith("####### VERB PATTERNS", StringComparison.Ordinal))) { verbs.Read(lines); anyVerbs = true; }
            else if (name.Contains("agents", StringComparison.OrdinalIgnoreCase)) { agents.Read(lines); anyAgents = true; }
            else if (name.Contains(".actors", StringComparison.OrdinalIgnoreCase)) { actors.Read(lines, name); anyActors = true; }
            else report.Skipped("file that is no verb, actors or agents dictionary (discards and issue lists have no Demarche equivalent)", name);
        }
        Directory.CreateDirectory(outputDir);
        var written = new List<string>();
        var yaml = new SerializerBuilder().DisableAliases().WithQuotingNecessaryStrings().Build();
        void Write(string fileName, object content, string header)
        {
            var path = Path.Combine(outputDir, fileName);
            File.WriteAllText(path, $"# {header}\n# Converted by 'demarche dict import petrarch'; see import-report.txt.\n" + yaml.Serialize(content));
            written.Add(path);
        }
        if (anyVerbs) Write("petrarch-events.yaml", verbs.Entries.OrderBy(e => e.Cameo, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.ToYaml()).ToList(),
            "Event entries from a PETRARCH verb dictionary (format: data/events/README.md)");
        if (anyActors) Write("petrarch-actors.yaml", actors.ToYaml(), "Actors from PETRARCH/Phoenix .actors dictionaries (format: data/actors/)");
        if (anyAgents) Write("petrarch-agents.yaml", agents.ToYaml(), "Sector words from a PETRARCH/Phoenix agents dictionary (format: data/actors/roles.yaml)");
        var reportPath = Path.Combine(outputDir, "import-report.txt");
        File.WriteAllLines(reportPath, report.Lines());
        written.Add(reportPath);
        return new ImportResult(written, report, verbs.Entries.Count, actors.Persons, actors.Organisations, actors.StatesWithForms);
    }
}
