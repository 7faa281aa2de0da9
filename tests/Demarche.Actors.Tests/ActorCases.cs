using System.Globalization;
using Demarche.Actors;
using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Core.Model;
using Demarche.Segmentation;

namespace Demarche.Actors.Tests;

/// <summary>The lexicon the tests use: the shipped dictionaries with the small persons sample (stable results).</summary>
internal static class TestLexicon
{
    private static readonly Lazy<CompiledLexicon> Lazy = new(() =>
        CompiledLexicon.Compile(ActorLexiconLoader.Load(null, null, DataDirectory.File("actors", "persons.sample.yaml"))));

    public static CompiledLexicon Value => Lazy.Value;

    public static Document Analyse(string text, DateOnly? published = null, CompiledLexicon? lexicon = null)
    {
        var doc = new Document(new DocumentInfo { Published = published ?? new DateOnly(2025, 6, 12) }, text);
        new SegmentationAnnotator().Annotate(doc);
        new ActorsAnnotator(lexicon ?? Value).Annotate(doc);
        return doc;
    }
}

/// <summary>One line of actor-cases.tsv.</summary>
public sealed record ActorCase(int Line, string Sentence, string Expectations, string? Date)
{
    public override string ToString() => $"{Line}: {Sentence}";
}

public sealed class ActorCases
{
    public static TheoryData<ActorCase> Cases()
    {
        var data = new TheoryData<ActorCase>();
        var path = Path.Combine(AppContext.BaseDirectory, "actor-cases.tsv");
        int line = 0;
        foreach (var l in File.ReadLines(path))
        {
            line++;
            if (l.Length == 0 || l[0] == '#') continue;
            var f = l.Split('\t');
            data.Add(new ActorCase(line, f[0], f.Length > 1 ? f[1] : "", f.Length > 2 ? f[2] : null));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sentence_yields_expected_actors(ActorCase c)
    {
        DateOnly? date = c.Date is null ? null : DateOnly.ParseExact(c.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var doc = TestLexicon.Analyse(c.Sentence, date);
        var found = string.Join(" | ", doc.Actors.Select(a =>
            $"{a.Id}={a.Country ?? "null"}~{a.Affiliation ?? "null"}#{a.Kind}[{string.Join(",", a.Mentions.Select(m => m.Text))}]"));
        foreach (var raw in c.Expectations.Split(" ; ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            Check(doc, raw, found);
    }

    private static void Check(Document doc, string e, string found)
    {
        if (e.StartsWith("count:", StringComparison.Ordinal))
        {
            Assert.True(doc.Actors.Count == int.Parse(e[6..], CultureInfo.InvariantCulture), $"expected {e}; found {found}");
            return;
        }
        if (e[0] == '!')
        {
            Assert.True(doc.Actors.All(a => a.Id != e[1..]), $"expected no {e[1..]}; found {found}");
            return;
        }
        int cut = e.IndexOfAny(['=', '~', '@', '#'], e.StartsWith("person:", StringComparison.Ordinal) || e.StartsWith("doc:", StringComparison.Ordinal) ? e.IndexOf(':') + 1 : 0);
        string id = cut < 0 ? e : e[..cut];
        var actor = doc.Actors.FirstOrDefault(a => a.Id == id);
        Assert.True(actor is not null, $"expected {id}; found {found}");
        if (cut < 0) return;
        string value = e[(cut + 1)..];
        switch (e[cut])
        {
            case '=': Assert.True((actor!.Country ?? "null") == value, $"expected {e}; found {found}"); break;
            case '~': Assert.True((actor!.Affiliation ?? "null") == value, $"expected {e}; found {found}"); break;
            case '#': Assert.True(actor!.Kind == value, $"expected {e}; found {found}"); break;
            case '@': Assert.True(actor!.Mentions.Any(m => m.Text == value), $"expected {e}; found {found}"); break;
        }
    }
}
