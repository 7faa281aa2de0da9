using System.Text.Json;
using Demarche.Actors.Lexicon;
using Demarche.Actors.Matching;
using Demarche.Core.Data;
using Demarche.Segmentation;

namespace Demarche.Actors.Tests;

/// <summary>The cached form of the compiled actor dictionaries reads back the same entries, tries, nouns and office holders.</summary>
public sealed class CompiledLexiconBytesTests
{
    private static readonly CompiledLexicon Compiled = CompiledLexicon.Compile(ActorLexiconLoader.Load());

    private static CompiledLexicon RoundTrip(CompiledLexicon c) => CompiledLexiconBytes.Read(DataBlock.FromBytes(CompiledLexiconBytes.Write(c)));

    [Fact]
    public void TheShippedLexiconReadsBackAsItWas()
    {
        var read = RoundTrip(Compiled);
        // every public field of every entry, whatever the writer knows of
        Assert.Equal(JsonSerializer.Serialize(Compiled.Lexicon), JsonSerializer.Serialize(read.Lexicon));
        Assert.Equal(JsonSerializer.Serialize(Compiled.NounIndex), JsonSerializer.Serialize(read.NounIndex));
        Assert.Equal(Compiled.OfficeHolders.Keys, read.OfficeHolders.Keys);
        foreach (var (office, holders) in Compiled.OfficeHolders)
            Assert.Equal(holders.Select(p => p.Id), read.OfficeHolders[office].Select(p => p.Id));
        // the office holders are the lexicon's persons, not copies
        Assert.All(read.OfficeHolders.Values.SelectMany(h => h), p => Assert.Same(read.Lexicon.Persons[p.Id], p));
        Assert.Equal(Compiled.Names.Count, read.Names.Count);
        Assert.Equal(Compiled.Words.Count, read.Words.Count);
        Assert.Equal(CompiledLexiconBytes.Write(Compiled), CompiledLexiconBytes.Write(read));
    }

    [Fact]
    public void EveryNameIsFoundAsBeforeInTheReadTrie()
    {
        var read = RoundTrip(Compiled);
        var tokenizer = new Tokenizer();
        var names = Compiled.Lexicon.States.Values.SelectMany(s => s.Forms.Concat(s.Adjectives).Concat(s.Seats))
            .Concat(Compiled.Lexicon.Organisations.Values.SelectMany(o => o.Forms))
            .Concat(Compiled.Lexicon.Persons.Values.SelectMany(p => p.Aliases.Append(p.Name)));
        int found = 0;
        foreach (var name in names)
        {
            var tokens = CompiledLexicon.TokensOf(tokenizer, name);
            var before = Compiled.Names.Longest(0, tokens.Count, i => tokens[i]);
            var after = read.Names.Longest(0, tokens.Count, i => tokens[i]);
            Assert.Equal(before.Length, after.Length);
            Assert.Equal(before.Values, after.Values);
            if (before.Length > 0) found++;
        }
        Assert.True(found > 1000, $"{found} names found");
    }

    [Fact]
    public void TheDefaultLexiconIsCachedForTheShippedDataOnly()
    {
        if (DataCache.ForUser is not null) Assert.NotNull(CompiledLexiconBytes.Sources(null)); // DEMARCHE_CACHE=off: none
        var folder = Directory.CreateTempSubdirectory("demarche-actors-").FullName;
        try
        {
            Assert.Null(CompiledLexiconBytes.Sources(folder));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void DamagedBytesAreRefused()
    {
        var bytes = CompiledLexiconBytes.Write(Compiled);
        Assert.Throws<InvalidDataException>(() => CompiledLexiconBytes.Read(DataBlock.FromBytes(bytes.AsSpan(0, bytes.Length - 1))));
        Assert.Throws<InvalidDataException>(() => CompiledLexiconBytes.Read(DataBlock.FromBytes([.. bytes, 0])));
    }
}
