using Demarche.Core.Data;
using Demarche.Grammar.Learning;
using Demarche.Grammar.Parsing;
using Demarche.Grammar.Tagging;

namespace Demarche.Grammar.Tests;

/// <summary>
/// The uncompressed copy of a grammar model in the user's cache folder: written on first use, used in place later,
/// rebuilt when stale, ignored when damaged, and never needed (a folder that cannot be written changes nothing).
/// </summary>
public sealed class GrammarModelCacheTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("demarche-cache-test-");
    private string ModelPath => Path.Combine(_folder.FullName, "models", "tiny.model");
    private GrammarModelCache Cache => new(Path.Combine(_folder.FullName, "cache"));

    public void Dispose() => _folder.Delete(recursive: true);

    /// <summary>A small model with every kind of table: wide (tagger, labels) and narrow (moves, beam moves).</summary>
    private static GrammarModel Tiny(int seed)
    {
        var random = new Random(seed);
        var tags = new TagSet();
        foreach (var (u, x) in new[] { ("NOUN", "NN"), ("VERB", "VBD"), ("DET", "DT"), ("ADP", "IN"), ("PROPN", "NNP"), ("PUNCT", ".") }) tags.Add(u, x);
        LinearModel Linear(int classes, int features)
        {
            var keys = Enumerable.Range(0, features).Select(_ => (ulong)random.NextInt64(1, long.MaxValue)).ToArray();
            var rows = Enumerable.Range(0, features * classes).Select(i => i % 3 == 0 ? 0f : random.Next(-30000, 30000)).ToArray();
            return new LinearModel(classes, keys, rows);
        }
        var tagger = new Tagger(tags, Linear(tags.Count, 300), Linear(tags.Count, 200));
        // 40 labels: the label model has rows of 24 or more weights, which the tables keep also dense
        string[] labels = ["root", "nsubj", "obj", "det", "case", "obl", "punct", "dep", .. Enumerable.Range(1, 32).Select(i => $"dep:{i}")];
        var parser = new DependencyParser(Linear(4, 400), Linear(labels.Length, 300), labels)
        {
            VerbTags = GrammarModel.VerbTagsOf(tags), BeamMoves = Linear(4, 350), BeamWidth = 4,
        };
        return new GrammarModel(tagger, parser, $"tiny model {seed}");
    }

    /// <summary>Saves the model and returns it as its file holds it (a wide table's weights in slot order, as the cache's).</summary>
    private GrammarModel SaveModel(GrammarModel model, DateTime modified)
    {
        model.Save(ModelPath);
        File.SetLastWriteTimeUtc(ModelPath, modified);
        return GrammarModel.LoadFile(ModelPath);
    }

    [Fact]
    public void FirstLoadWritesTheCopyAndLaterLoadsMapIt()
    {
        var model = SaveModel(Tiny(1), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Null(Cache.TryRead(ModelPath));

        var first = GrammarModel.Load(ModelPath, Cache);
        Assert.True(File.Exists(Cache.FileFor(ModelPath)));
        var cached = Cache.TryRead(ModelPath);
        Assert.NotNull(cached);
        Assert.True(model.SameAs(first));
        Assert.True(model.SameAs(cached));
        Assert.True(model.SameAs(GrammarModel.Load(ModelPath, Cache)));

        // the mapped tables score as the arrays do
        Span<ulong> features = stackalloc ulong[40];
        var random = new Random(7);
        for (int i = 0; i < features.Length; i++) features[i] = (ulong)random.NextInt64(1, long.MaxValue);
        foreach (var (a, b) in new[] { (model.Tagger.Model, cached.Tagger.Model), (model.Parser.Moves, cached.Parser.Moves), (model.Parser.Labels, cached.Parser.Labels) })
        {
            var expected = new float[a.Classes];
            var actual = new float[b.Classes];
            a.Score(features, expected);
            b.Score(features, actual);
            Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void AStaleCopyIsRebuiltFromTheModelFile()
    {
        SaveModel(Tiny(1), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        GrammarModel.Load(ModelPath, Cache);

        var changed = SaveModel(Tiny(2), new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Null(Cache.TryRead(ModelPath)); // the copy names the old file's size and time

        Assert.True(changed.SameAs(GrammarModel.Load(ModelPath, Cache)));
        Assert.True(changed.SameAs(Cache.TryRead(ModelPath)!));
    }

    [Theory]
    [InlineData("flipped byte")]
    [InlineData("truncated")]
    [InlineData("empty")]
    [InlineData("garbage")]
    public void ADamagedCopyIsIgnoredAndWrittenAgain(string damage)
    {
        var model = SaveModel(Tiny(3), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        GrammarModel.Load(ModelPath, Cache);
        var copy = Cache.FileFor(ModelPath);
        Assert.NotNull(Cache.TryRead(ModelPath)); // checked in full and marked so (CheckedCopy): a changed copy is checked again
        Assert.True(CheckedCopy.WasChecked(copy));
        var modified = File.GetLastWriteTimeUtc(copy);
        var bytes = File.ReadAllBytes(copy);
        switch (damage)
        {
            case "flipped byte": bytes[bytes.Length * 3 / 4] ^= 0x10; break;
            case "truncated": bytes = bytes[..(bytes.Length - 100)]; break;
            case "empty": bytes = []; break;
            default: new Random(1).NextBytes(bytes); break;
        }
        File.WriteAllBytes(copy, bytes);
        File.SetLastWriteTimeUtc(copy, modified.AddSeconds(1)); // a change, however coarse the file system's clock

        Assert.Null(Cache.TryRead(ModelPath));
        Assert.True(model.SameAs(GrammarModel.Load(ModelPath, Cache)));
        Assert.True(model.SameAs(Cache.TryRead(ModelPath)!)); // written again
    }

    [Fact]
    public void WritingTheCopyDeletesTheSameModelsCopiesInOlderLayoutsAndNothingElse()
    {
        SaveModel(Tiny(5), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var folder = Cache.Directory;
        Directory.CreateDirectory(folder);
        // the current copy's name is grammar-<hash>-<layout>.cache
        var current = Path.GetFileName(Cache.FileFor(ModelPath));
        var match = System.Text.RegularExpressions.Regex.Match(current, @"^(grammar-[0-9a-f]{16})-([0-9]+)\.cache$");
        Assert.True(match.Success, current);
        string name = match.Groups[1].Value;
        int layout = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(layout >= 3);

        var otherModel = Path.GetFileName(new GrammarModelCache(folder).FileFor(Path.Combine(_folder.FullName, "other.model")))
            .Replace($"-{layout}.cache", "", StringComparison.Ordinal);
        string[] older = [$"{name}.cache", $"{name}-2.cache", $"{name}-2.cache.checked", .. Enumerable.Range(2, layout - 2).Select(l => $"{name}-{l}.cache")];
        string[] kept =
        [
            $"{name}-{layout + 1}.cache",            // a newer program's layout
            $"{name}-{layout + 1}.cache.checked",
            $"{otherModel}-2.cache",                 // another model file's copy
            $"{otherModel}.cache",
            $"{name}-02.cache",                      // not a name the cache ever wrote
            $"{name}-2.cache.bak",
            $"{name}-2.cache.123.0123456789abcdef.tmp",
            $"{name}-x.cache",
            "lexicon-0123456789abcdef-01234567.cache",
            "notes.txt",
        ];
        foreach (var file in older.Concat(kept).Distinct()) File.WriteAllText(Path.Combine(folder, file), "old");

        Assert.True(Cache.TryWrite(ModelPath, GrammarModel.LoadFile(ModelPath)));

        foreach (var file in older) Assert.False(File.Exists(Path.Combine(folder, file)), file);
        foreach (var file in kept) Assert.True(File.Exists(Path.Combine(folder, file)), file);
        Assert.True(File.Exists(Cache.FileFor(ModelPath)));
        Assert.NotNull(Cache.TryRead(ModelPath));
        Assert.Equal(older.Where(f => f.EndsWith(".cache", StringComparison.Ordinal)).Distinct().Order(StringComparer.Ordinal),
            Cache.OlderLayoutFilesFor(ModelPath).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnOlderLayoutsCopyThatCannotBeDeletedIsLeftAndTheWriteStillSucceeds()
    {
        SaveModel(Tiny(6), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Directory.CreateDirectory(Cache.Directory);
        // a folder of an older copy's name cannot be deleted as a file (File.Delete throws): ignored
        var blocked = Cache.OlderLayoutFilesFor(ModelPath).Last();
        Directory.CreateDirectory(blocked);
        File.WriteAllText(Path.Combine(blocked, "inside"), "kept");

        Assert.True(Cache.TryWrite(ModelPath, GrammarModel.LoadFile(ModelPath)));
        Assert.True(File.Exists(Path.Combine(blocked, "inside")));
        Assert.NotNull(Cache.TryRead(ModelPath));
    }

    [Fact]
    public void AFolderThatCannotBeWrittenOnlyMeansNoCopy()
    {
        // a cache folder under a plain file can never be created (read-only folders do not stop root, who runs CI)
        var file = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(file, "not a folder");
        var cache = new GrammarModelCache(Path.Combine(file, "cache"));
        var model = SaveModel(Tiny(4), new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

        Assert.True(model.SameAs(GrammarModel.Load(ModelPath, cache)));
        Assert.False(cache.TryWrite(ModelPath, model));
        Assert.Null(cache.TryRead(ModelPath));
        Assert.Empty(Directory.GetFiles(_folder.FullName, "*.tmp", SearchOption.AllDirectories));
    }

    [Fact]
    public void TheFolderComesFromTheEnvironment()
    {
        static GrammarModelCache? With(params (string Name, string Value)[] set) =>
            GrammarModelCache.Locate(name => set.FirstOrDefault(v => v.Name == name).Value);
        Assert.Null(With(("DEMARCHE_CACHE", "off"), ("HOME", "/home/u")));
        Assert.Equal("/tmp/c", With(("DEMARCHE_CACHE", "/tmp/c"), ("XDG_CACHE_HOME", "/x"))!.Directory);
        Assert.Equal(Path.Combine("/x", "demarche"), With(("XDG_CACHE_HOME", "/x"), ("HOME", "/home/u"))!.Directory);
        Assert.Equal(Path.Combine("/home/u", ".cache", "demarche"), With(("XDG_CACHE_HOME", "relative"), ("HOME", "/home/u"))!.Directory);
    }

    [Fact]
    public void TheShippedModelFromItsCopyIsTheModelOfItsFile()
    {
        var shipped = DataDirectory.File("models", GrammarModel.FileName);
        var fromFile = GrammarModel.LoadFile(shipped);
        Assert.True(Cache.TryWrite(shipped, fromFile));
        Assert.True(fromFile.SameAs(Cache.TryRead(shipped)!));
    }

    [Fact]
    public void TheShippedModelsBucketsFromItsCopyHoldEveryFeatureOfItsSlots()
    {
        var shipped = DataDirectory.File("models", GrammarModel.FileName);
        var fromFile = GrammarModel.LoadFile(shipped);
        Assert.True(Cache.TryWrite(shipped, fromFile));
        var mapped = Cache.TryRead(shipped)!;
        LinearModelTests.AssertSlotsScored(fromFile.Tagger.Model, mapped.Tagger.Model);
        LinearModelTests.AssertSlotsScored(fromFile.Tagger.Second!, mapped.Tagger.Second!);
        LinearModelTests.AssertSlotsScored(fromFile.Parser.Moves, mapped.Parser.Moves);
        LinearModelTests.AssertSlotsScored(fromFile.Parser.Labels, mapped.Parser.Labels);
        LinearModelTests.AssertSlotsScored(fromFile.Parser.BeamMoves!, mapped.Parser.BeamMoves!);
    }
}
