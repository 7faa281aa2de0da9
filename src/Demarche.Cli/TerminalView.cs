using Demarche.Core.Model;
using Demarche.Pipeline;
using Spectre.Console;

namespace Demarche.Cli;

/// <summary>The readable view of an analysis: a header, then one table per layer.</summary>
public sealed class TerminalView
{
    private readonly IAnsiConsole _console;

    public TerminalView(TextWriter output)
    {
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = Console.IsOutputRedirected || output is StringWriter ? AnsiSupport.No : AnsiSupport.Detect,
        });
    }

    public void Show(AnalysisResult result)
    {
        if (result.Document is not { } doc)
        {
            _console.MarkupLine($"[red]✗[/] [bold]{TerminalText.Escape(result.Source)}[/]: {TerminalText.Escape(result.Error ?? "failed")}");
            return;
        }
        var info = doc.Info;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[grey]source[/]", TerminalText.Escape(info.Source));
        if (info.Title is not null) header.AddRow("[grey]title[/]", TerminalText.Escape(info.Title));
        if (info.Url is not null) header.AddRow("[grey]url[/]", TerminalText.Escape(info.Url));
        header.AddRow("[grey]published[/]", info.Published?.ToString("yyyy-MM-dd") ?? "unknown");
        header.AddRow("[grey]text[/]", $"{doc.Text.Length:N0} characters, {doc.Sentences.Count} sentences, {doc.Tokens.Length:N0} tokens, {doc.Repairs.Count} repairs");
        _console.Write(new Panel(header).Header($"[bold]{TerminalText.Escape(info.Id ?? "")}[/]").Expand());

        if (doc.Repairs.Count > 0)
        {
            var t = Table("Repairs", "kind", "before", "after");
            foreach (var r in doc.Repairs.Take(40))
                t.AddRow(TerminalText.Escape(r.Kind), TerminalText.Escape(Short(r.Before)), TerminalText.Escape(Short(r.After)));
            _console.Write(t);
        }
        if (doc.Actors.Count > 0)
        {
            var t = Table("Actors", "name", "kind", "country", "code", "mentions");
            foreach (var a in doc.Actors)
                t.AddRow(TerminalText.Escape(a.Name), a.Kind, a.Country ?? "", a.Code ?? "", a.Mentions.Count.ToString());
            _console.Write(t);
        }
        if (doc.Events.Count > 0)
        {
            var t = Table("Events", "source", "→ event", "target", "trigger", "flags", "date");
            foreach (var e in doc.Events)
                t.AddRow(TerminalText.Escape(e.Source), TerminalText.Escape($"{e.Cameo} {e.Plover}"), TerminalText.Escape(e.Target ?? "—"),
                    TerminalText.Escape(e.Trigger), (e.Negated ? "negated " : "") + (e.Hypothetical ? "hypothetical" : ""),
                    e.Date?.ToString("yyyy-MM-dd") ?? "");
            _console.Write(t);
        }
        if (doc.Quotes.Count > 0)
        {
            var t = Table("Quotes", "speaker", "cue", "kind", "text");
            foreach (var q in doc.Quotes)
                t.AddRow(TerminalText.Escape(q.Speaker ?? q.SpeakerText ?? "?"), TerminalText.Escape(q.Cue ?? ""), q.Kind, TerminalText.Escape(Short(q.Text, 100)));
            _console.Write(t);
        }
        if (doc.Quantities.Count > 0)
        {
            var t = Table("Quantities", "value", "unit", "category", "subject");
            foreach (var q in doc.Quantities)
                t.AddRow((q.Approximate ? "~" : "") + q.Value.ToString("N0"), TerminalText.Escape(q.Unit ?? ""), q.Category, TerminalText.Escape(q.Subject ?? ""));
            _console.Write(t);
        }
        if (doc.Stances.Count > 0)
        {
            var t = Table("Stances", "holder", "polarity", "topic", "target");
            foreach (var s in doc.Stances)
                t.AddRow(TerminalText.Escape(s.Holder), s.Polarity, TerminalText.Escape(s.Topic), TerminalText.Escape(s.Target ?? ""));
            _console.Write(t);
        }
        _console.WriteLine();
    }

    private static Table Table(string title, params string[] columns)
    {
        var t = new Table().Border(TableBorder.Rounded).Title($"[bold]{title}[/]");
        foreach (var c in columns) t.AddColumn(c);
        return t;
    }

    private static string Short(string s, int max = 60)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= max ? s : s[..(max - 1)] + "…";
    }
}
