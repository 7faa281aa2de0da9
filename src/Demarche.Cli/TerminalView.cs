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
            _console.MarkupLine($"[red]✗[/] [bold]{Markup.Escape(result.Source)}[/]: {Markup.Escape(result.Error ?? "failed")}");
            return;
        }
        var info = doc.Info;
        var header = new Grid().AddColumn().AddColumn();
        header.AddRow("[grey]source[/]", Markup.Escape(info.Source));
        if (info.Title is not null) header.AddRow("[grey]title[/]", Markup.Escape(info.Title));
        if (info.Url is not null) header.AddRow("[grey]url[/]", Markup.Escape(info.Url));
        header.AddRow("[grey]published[/]", info.Published?.ToString("yyyy-MM-dd") ?? "unknown");
        header.AddRow("[grey]text[/]", $"{doc.Text.Length:N0} characters, {doc.Sentences.Count} sentences, {doc.Tokens.Length:N0} tokens, {doc.Repairs.Count} repairs");
        _console.Write(new Panel(header).Header($"[bold]{Markup.Escape(info.Id ?? "")}[/]").Expand());

        if (doc.Repairs.Count > 0)
        {
            var t = Table("Repairs", "kind", "before", "after");
            foreach (var r in doc.Repairs.Take(40))
                t.AddRow(Markup.Escape(r.Kind), Markup.Escape(Short(r.Before)), Markup.Escape(Short(r.After)));
            _console.Write(t);
        }
        if (doc.Actors.Count > 0)
        {
            var t = Table("Actors", "name", "kind", "country", "code", "mentions");
            foreach (var a in doc.Actors)
                t.AddRow(Markup.Escape(a.Name), a.Kind, a.Country ?? "", a.Code ?? "", a.Mentions.Count.ToString());
            _console.Write(t);
        }
        if (doc.Events.Count > 0)
        {
            var t = Table("Events", "source", "→ event", "target", "trigger", "flags", "date");
            foreach (var e in doc.Events)
                t.AddRow(Markup.Escape(e.Source), Markup.Escape($"{e.Cameo} {e.Plover}"), Markup.Escape(e.Target ?? "—"),
                    Markup.Escape(e.Trigger), (e.Negated ? "negated " : "") + (e.Hypothetical ? "hypothetical" : ""),
                    e.Date?.ToString("yyyy-MM-dd") ?? "");
            _console.Write(t);
        }
        if (doc.Quotes.Count > 0)
        {
            var t = Table("Quotes", "speaker", "cue", "kind", "text");
            foreach (var q in doc.Quotes)
                t.AddRow(Markup.Escape(q.Speaker ?? q.SpeakerText ?? "?"), Markup.Escape(q.Cue ?? ""), q.Kind, Markup.Escape(Short(q.Text, 100)));
            _console.Write(t);
        }
        if (doc.Quantities.Count > 0)
        {
            var t = Table("Quantities", "value", "unit", "category", "subject");
            foreach (var q in doc.Quantities)
                t.AddRow((q.Approximate ? "~" : "") + q.Value.ToString("N0"), Markup.Escape(q.Unit ?? ""), q.Category, Markup.Escape(q.Subject ?? ""));
            _console.Write(t);
        }
        if (doc.Stances.Count > 0)
        {
            var t = Table("Stances", "holder", "polarity", "topic", "target");
            foreach (var s in doc.Stances)
                t.AddRow(Markup.Escape(s.Holder), s.Polarity, Markup.Escape(s.Topic), Markup.Escape(s.Target ?? ""));
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
