using System.Text.RegularExpressions;
using Demarche.Core.Model;
using Demarche.Input;
using Demarche.Tests;

namespace Demarche.Pipeline.Tests;

/// <summary>
/// Over every bundled sample and (when ../shared is beside the clone) every article of ../shared/examples/dev, no
/// stance's topic is an actor's name, a number, a pronoun or a fragment of a clause: a reader who sees one such line
/// stops trusting the column.
/// </summary>
public sealed class StanceTopicTests
{
    private static readonly Analyzer Analyzer = Analyzer.CreateDefault();

    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "it", "them", "this", "that", "these", "those", "he", "she", "him", "her", "they", "we", "us", "you", "what", "which",
        "something", "everything", "anything", "nothing", "itself", "themselves", "one", "others",
    };

    /// <summary>Words a noun phrase neither starts nor ends with.</summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with", "from", "between", "among", "than", "as", "that",
        "which", "who", "if", "because", "while", "the", "a", "an",
    };

    /// <summary>Nouns that, after an actor's name, still name only the actor or its belongings ("Russian shipping").</summary>
    private static readonly HashSet<string> ActorNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "shipping", "government", "ally", "allies", "people", "officials", "forces", "army", "navy", "leaders", "leader",
        "president", "minister", "ministry", "authorities", "side", "vessels", "ships", "companies",
    };

    private static readonly Regex Amount = new(@"^[\s$€£%.,\d]*\d[\s$€£%.,\d]*(million|billion|trillion|thousand|hundred|percent|per cent)?\s*(dollars?|euros?|people)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Auxiliaries and modals inside a topic show a clause ("Taiwan would not provoke a conflict").</summary>
    private static readonly Regex Clause = new(@"\b(would|will|could|should|has|have|had|is|are|was|were|did|does)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Samples() =>
        Directory.EnumerateFiles(Path.Combine(SharedFolder.RepoRoot, "samples")).Order(StringComparer.Ordinal).Select(f => new object[] { Path.GetFileName(f) });

    [Theory]
    [MemberData(nameof(Samples))]
    public void SampleStanceTopicsNameIssues(string name) =>
        AssertTopicsNameIssues(Path.Combine(SharedFolder.RepoRoot, "samples", name));

    [Fact]
    public void DevArticleStanceTopicsNameIssues()
    {
        var dev = Path.Combine(SharedFolder.Require(), "examples", "dev");
        var files = Directory.EnumerateFiles(dev).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        foreach (var f in files) AssertTopicsNameIssues(f);
    }

    [Fact]
    public void TheCheckItselfCatchesEachKindOfBadTopic()
    {
        // the test's own judge, on topics written to fail it
        var doc = Analyze("t.txt", "Russia and Norway met in Oslo on Monday.", ContentFormat.Text);
        Assert.NotNull(Problem(doc, "Russia"));
        Assert.NotNull(Problem(doc, "Norway"));
        Assert.NotNull(Problem(doc, "Russian shipping"));
        Assert.NotNull(Problem(doc, "190 million"));
        Assert.NotNull(Problem(doc, "$1.3 billion"));
        Assert.NotNull(Problem(doc, "them"));
        Assert.NotNull(Problem(doc, "Taiwan would not provoke a conflict"));
        Assert.NotNull(Problem(doc, "between Sudan's army and"));
        Assert.Null(Problem(doc, "sanctions on Russia"));
        Assert.Null(Problem(doc, "Norway’s membership of the alliance"));
    }

    private static void AssertTopicsNameIssues(string path)
    {
        var doc = Analyze(path, File.ReadAllText(path), path.EndsWith(".html", StringComparison.Ordinal) ? ContentFormat.Html : ContentFormat.Text);
        var bad = doc.Stances.Select(s => (s, Problem(doc, s.Topic))).Where(x => x.Item2 is not null)
            .Select(x => $"{x.s.Holder} {x.s.Polarity} '{x.s.Topic}': {x.Item2}").ToList();
        Assert.True(bad.Count == 0, $"{Path.GetFileName(path)}:\n" + string.Join("\n", bad));
    }

    private static Document Analyze(string source, string content, ContentFormat format)
    {
        var result = Analyzer.Analyze(new RawDocument { Source = source, Content = content, Format = format }, new AnalyzeOptions());
        Assert.True(result.Document is not null, result.Error);
        return result.Document!;
    }

    /// <summary>Why the topic is no issue, or null when it may be one.</summary>
    private static string? Problem(Document doc, string topic)
    {
        var t = topic.Trim().Replace('’', '\'');
        var words = t.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) return "empty";
        if (Pronouns.Contains(t)) return "a pronoun";
        if (Amount.IsMatch(t)) return "a number";
        if (FunctionWords.Contains(words[0]) || FunctionWords.Contains(words[^1])) return "a fragment (starts or ends with a function word)";
        if (Clause.IsMatch(t)) return "a fragment (holds a clause)";
        var names = ActorNames(doc);
        var bare = Regex.Replace(t, @"^(the|a|an)\s+", "", RegexOptions.IgnoreCase);
        if (names.Contains(bare)) return "an actor";
        // "Russian shipping", "the Kenyan government": an actor's name or demonym before a noun that names only it
        if (words.Length >= 2 && ActorNouns.Contains(words[^1]) && names.Contains(string.Join(' ', words[..^1]).Replace("the ", "", StringComparison.OrdinalIgnoreCase)))
            return "an actor's belonging";
        return null;
    }

    private static HashSet<string> ActorNames(Document doc)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var a in doc.Actors)
        {
            names.Add(a.Name.Replace('’', '\''));
            foreach (var m in a.Mentions) names.Add(Regex.Replace(doc.Text[m.Start..m.End].Replace('’', '\''), @"^(the|a|an)\s+", "", RegexOptions.IgnoreCase));
        }
        foreach (var demonym in Demonyms(names)) names.Add(demonym);
        return names;
    }

    /// <summary>Common adjective forms of the names ("Russia" -> "Russian", "China" -> "Chinese").</summary>
    private static IEnumerable<string> Demonyms(IEnumerable<string> names)
    {
        foreach (var n in names.ToList())
        {
            if (n.EndsWith('a')) yield return n + "n";
            if (n.EndsWith('y')) yield return n[..^1] + "ian";
            yield return n + "ese";
            yield return n + "ian";
            yield return n + "i";
        }
    }
}
