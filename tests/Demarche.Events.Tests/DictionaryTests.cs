using Demarche.Core.Data;

namespace Demarche.Events.Tests;

public sealed class DictionaryTests
{
    private const string Yaml = """
        - id: impose-sanctions-on
          words: impose sanctions on
          pos: verb
          cameo: "163"
          target: next
        - id: attack-n
          words: attack
          pos: noun
          cameo: "190"
          target: prep:on
          gap: 1
        - id: threaten-to
          words: threaten to
          pos: verb
          cameo: "130"
          target: none
          modality: threat
        """;

    [Fact]
    public void CompilesEntries()
    {
        var entries = EventDictionary.ReadYaml(Yaml).ToList();
        Assert.Equal(3, entries.Count);
        Assert.Equal(["impose", "sanctions", "on"], entries[0].Words);
        Assert.Equal(TargetKind.Next, entries[0].Target);
        Assert.Equal(EntryPos.Noun, entries[1].Pos);
        Assert.Equal(TargetKind.Prep, entries[1].Target);
        Assert.Equal("on", entries[1].Preposition);
        Assert.Equal(1, entries[1].Gap);
        Assert.Equal("threat", entries[2].Modality);
        Assert.Equal(TargetKind.None, entries[2].Target);
    }

    [Fact]
    public void ReadsCodesAndFallsBackToShorterCodes()
    {
        var codes = EventDictionary.ReadCodes(new[] { "code\tname\tplover\tquad\tgoldstein", "16\tREDUCE RELATIONS\tSANCTION\t4\t-4.0", "163\tImpose embargo\tSANCTION\t4\t-8.0" }.Select(l => l.Split('\t')));
        var d = new EventDictionary([], codes);
        Assert.Equal(-8.0, d.Code("163")!.Goldstein);
        Assert.Equal("163", d.Code("1631")!.Code);
        Assert.Equal("16", d.Code("164")!.Code);
        Assert.Null(d.Code("99"));
    }

    [Fact]
    public void PrefersTheFullDictionaryOverTheSample()
    {
        var dir = Directory.CreateTempSubdirectory("demarche-events-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "events"));
            Directory.CreateDirectory(Path.Combine(dir.FullName, "cameo"));
            File.WriteAllText(Path.Combine(dir.FullName, "events", "sample.yaml"), "- id: s\n  words: meet\n  pos: verb\n  cameo: \"040\"\n");
            File.WriteAllText(Path.Combine(dir.FullName, "cameo", "codes.sample.tsv"), "code\tname\tplover\tquad\tgoldstein\n04\tCONSULT\tCONSULT\t1\t1.0\n");
            var onlySample = EventDictionary.Load(dir.FullName);
            Assert.Single(onlySample.Entries);
            Assert.NotNull(onlySample.Code("040"));

            File.WriteAllText(Path.Combine(dir.FullName, "events", "19-fight.yaml"), Yaml);
            File.WriteAllText(Path.Combine(dir.FullName, "cameo", "codes.tsv"), "code\tname\tplover\tquad\tgoldstein\n19\tFIGHT\tASSAULT\t4\t-10.0\n");
            var full = EventDictionary.Load(dir.FullName);
            Assert.Equal(3, full.Entries.Count);
            Assert.Null(full.Code("040"));
            Assert.NotNull(full.Code("190"));
        }
        finally { dir.Delete(true); }
    }

    [Fact]
    public void TheRepositoryDictionaryLoads()
    {
        var d = EventDictionary.Load(DataDirectory.Path);
        Assert.NotEmpty(d.Entries);
        Assert.All(d.Entries, e => Assert.True(e.Words.Length > 0 && e.Cameo.Length >= 2, e.Id));
        Assert.NotNull(d.Code("19"));
    }
    [Fact]
    public void AFileThatDoesNotParseIsNamedWithItsLine()
    {
        var e = Assert.Throws<InvalidDataException>(() => EventDictionary.ReadYaml("- id: a\n  words: a\nx: [unclosed\n", "my-entries.yaml").ToList());
        Assert.StartsWith("my-entries.yaml: line ", e.Message);
    }

    [Theory]
    [InlineData("- id: a\n  words: call &no-such-class\n  cameo: \"111\"\n", "no class no-such-class")]
    [InlineData("- id: a\n  words: '&condemning-name call'\n  cameo: \"111\"\n", "first word may not be a word class")]
    public void AnEntryWithABadWordClassIsNamed(string yaml, string reason)
    {
        var e = Assert.Throws<InvalidDataException>(() => EventDictionary.ReadYaml(yaml, "my-entries.yaml").ToList());
        Assert.StartsWith("my-entries.yaml: line 1", e.Message);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void AnEntryWordOfAClassMatchesEveryWordOfTheClass()
    {
        var e = Assert.Single(EventDictionary.ReadYaml("- id: a\n  words: call &condemning-name\n  cameo: \"111\"\n  gap: 4\n", "x.yaml"));
        Assert.Equal(["call", "&condemning-name"], e.Words);
        Assert.True(EventWords.Default.InClass("condemning-name", "kidnapping"));
        Assert.False(EventWords.Default.InClass("condemning-name", "constructive"));
    }
}
