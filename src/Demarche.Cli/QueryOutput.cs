using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Demarche.Core.Contract;
using Demarche.Store;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary>How a query command prints its rows: a table for people, JSON Lines or CSV for programs.</summary>
internal sealed class QueryOutput
{
    public Option<bool> Json { get; } = new("--json") { Description = "one JSON object per row (JSON Lines)" };
    public Option<bool> Csv { get; } = new("--csv") { Description = "CSV with a header row" };

    public void AddTo(Command command)
    {
        command.Options.Add(Json);
        command.Options.Add(Csv);
    }

    /// <summary>A column: its header and how to read it from a row.</summary>
    public readonly record struct Column<T>(string Header, Func<T, object?> Value);

    /// <summary>Writes the rows in the format asked for; <paramref name="table"/> prints them for people (default: a table of the columns).</summary>
    public void Write<T>(ParseResult parse, TextWriter stdout, IEnumerable<T> rows, IReadOnlyList<Column<T>> columns, Action<IReadOnlyList<T>>? table = null)
    {
        var list = rows.ToList();
        if (parse.GetValue(Json))
        {
            foreach (var r in list) stdout.WriteLine(JsonSerializer.Serialize(r, AnalysisJson.Options));
            return;
        }
        if (parse.GetValue(Csv))
        {
            stdout.WriteLine(string.Join(',', columns.Select(c => Exporter.Csv(c.Header))));
            foreach (var r in list) stdout.WriteLine(string.Join(',', columns.Select(c => Exporter.Csv(Text(c.Value(r))))));
            return;
        }
        if (table is not null)
        {
            table(list);
            return;
        }
        var t = new Table().Border(TableBorder.Rounded);
        foreach (var c in columns) t.AddColumn(c.Header);
        foreach (var r in list) t.AddRow(columns.Select(c => TerminalText.Escape(Text(c.Value(r)))).ToArray());
        StoreCommands.ConsoleFor(stdout).Write(t);
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        double d => d.ToString("0.###", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
