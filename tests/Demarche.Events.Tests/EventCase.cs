using System.Globalization;
using Demarche.Core.Model;

namespace Demarche.Events.Tests;

/// <summary>One expected event of a test case: SOURCE>TARGET:CODE[!n][!h][@date].</summary>
public sealed record ExpectedEvent(string Source, string? Target, bool AnyTarget, string Code, bool Negated, bool Hypothetical, DateOnly? Date)
{
    public static ExpectedEvent Parse(string s)
    {
        s = s.Trim();
        DateOnly? date = null;
        int at = s.IndexOf('@');
        if (at >= 0) { date = DateOnly.ParseExact(s[(at + 1)..], "yyyy-MM-dd", CultureInfo.InvariantCulture); s = s[..at]; }
        bool neg = s.Contains("!n"), hyp = s.Contains("!h");
        int bang = s.IndexOf('!');
        if (bang >= 0) s = s[..bang];
        var arrow = s.Split('>');
        var tc = arrow[1].Split(':');
        return new ExpectedEvent(arrow[0], tc[0] is "-" or "*" ? null : tc[0], tc[0] == "*", tc[1], neg, hyp, date);
    }

    public bool Matches(Event e) =>
        e.Source == Source && (AnyTarget || e.Target == Target) && e.Cameo.StartsWith(Code, StringComparison.Ordinal)
        && e.Negated == Negated && e.Hypothetical == Hypothetical && (Date is null || e.Date == Date);

    public override string ToString() => $"{Source}>{(AnyTarget ? "*" : Target ?? "-")}:{Code}{(Negated ? "!n" : "")}{(Hypothetical ? "!h" : "")}{(Date is { } d ? "@" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")}";
}

/// <summary>A sentence, its publication date and the events expected from it.</summary>
public sealed record EventCase(int Line, DateOnly Published, string Sentence, IReadOnlyList<ExpectedEvent> Expected)
{
    public static readonly DateOnly DefaultPublished = new(2025, 3, 14);

    public static IReadOnlyList<EventCase> Load(string path)
    {
        var cases = new List<EventCase>();
        int line = 0;
        foreach (var raw in File.ReadLines(path))
        {
            line++;
            if (raw.Length == 0 || raw[0] == '#') continue;
            var p = raw.Split('\t');
            if (p.Length < 3) continue;
            var pub = p[0].Length > 0 ? DateOnly.ParseExact(p[0], "yyyy-MM-dd", CultureInfo.InvariantCulture) : DefaultPublished;
            var expected = p[2].Trim() == "none" ? [] : p[2].Split(" ; ").Select(ExpectedEvent.Parse).ToList();
            cases.Add(new EventCase(line, pub, p[1], expected));
        }
        return cases;
    }

    /// <summary>Runs the case; returns null when it passes, else what went wrong.</summary>
    public string? Check(IReadOnlyList<Event> produced)
    {
        var problems = new List<string>();
        var used = new bool[produced.Count];
        foreach (var x in Expected)
        {
            int i = Enumerable.Range(0, produced.Count).FirstOrDefault(k => !used[k] && x.Matches(produced[k]), -1);
            if (i < 0) problems.Add("missing " + x);
            else used[i] = true;
        }
        for (int k = 0; k < produced.Count; k++)
            if (!used[k]) problems.Add("extra " + Describe(produced[k]));
        return problems.Count == 0 ? null : string.Join("; ", problems);
    }

    public static string Describe(Event e) =>
        $"{e.Source}>{e.Target ?? "-"}:{e.Cameo}{(e.Negated ? "!n" : "")}{(e.Hypothetical ? "!h" : "")}@{e.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "null"} [{e.Trigger}|{e.Rule}]";

    public override string ToString() => $"line {Line}: {Sentence}";
}
