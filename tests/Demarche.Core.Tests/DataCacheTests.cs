using Demarche.Core.Data;

namespace Demarche.Core.Tests;

/// <summary>
/// Data built from text files and kept in the user's cache folder: built and written on first use, mapped later,
/// built again when a source changed or the copy is damaged or of another layout, and never needed.
/// </summary>
public sealed class DataCacheTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("demarche-data-cache-test-");
    private string Source => Path.Combine(_folder.FullName, "words.tsv");
    private DataCache Cache => new(Path.Combine(_folder.FullName, "cache"));
    private int _builds;

    public DataCacheTests() => WriteSource("alpha\nbeta\n", new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    public void Dispose() => _folder.Delete(recursive: true);

    private void WriteSource(string text, DateTime modified)
    {
        File.WriteAllText(Source, text);
        File.SetLastWriteTimeUtc(Source, modified);
    }

    /// <summary>The "built" data: the source's bytes, counting builds.</summary>
    private DataBlock Load(DataCache? cache, int format = 1) => DataCache.Load("words", format, [Source, Source + ".missing"], () =>
    {
        _builds++;
        return File.ReadAllBytes(Source);
    }, cache);

    private string[] CacheFiles() => Directory.GetFiles(Cache.Directory, "*.cache");

    private static string Text(DataBlock block) => System.Text.Encoding.UTF8.GetString(block.Bytes(0, block.Length));

    [Fact]
    public void FirstLoadBuildsAndWritesLaterLoadsMap()
    {
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.Equal(1, _builds);
        Assert.Single(CacheFiles());
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.Equal(1, _builds);
    }

    [Fact]
    public void DataShapedByOtherCodeIsKeptPerBuildOfThatCodeToo()
    {
        DataBlock LoadMadeAlsoBy(Type other) => DataCache.Load("words", 1, [Source], () =>
        {
            _builds++;
            return File.ReadAllBytes(Source);
        }, Cache, [other]);
        LoadMadeAlsoBy(typeof(DataCacheTests));
        LoadMadeAlsoBy(typeof(DataCacheTests));
        Assert.Equal(1, _builds);
        // another module standing for a new build of the other code: its own copy
        Assert.Equal("alpha\nbeta\n", Text(LoadMadeAlsoBy(typeof(Xunit.FactAttribute))));
        Assert.Equal(2, _builds);
        Assert.Equal(2, CacheFiles().Length);
    }

    [Fact]
    public void AChangedSourceIsBuiltAgain()
    {
        Load(Cache);
        WriteSource("alpha\ngamma\n", new DateTime(2026, 2, 1, 0, 0, 0, DateTimeKind.Utc)); // same size, later time
        Assert.Equal("alpha\ngamma\n", Text(Load(Cache)));
        Assert.Equal(2, _builds);
        Assert.Equal("alpha\ngamma\n", Text(Load(Cache)));
        Assert.Equal(2, _builds);
    }

    [Fact]
    public void ASourceThatAppearsIsBuiltAgain()
    {
        Load(Cache);
        File.WriteAllText(Source + ".missing", "x");
        Load(Cache);
        Assert.Equal(2, _builds);
    }

    [Fact]
    public void ACopyIsCheckedInFullOnceAndAgainWhenItChanges()
    {
        Load(Cache);
        var file = Assert.Single(CacheFiles());
        Assert.False(CheckedCopy.WasChecked(file)); // written, not yet read
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.True(CheckedCopy.WasChecked(file));
        Assert.Equal(1, _builds);

        var bytes = File.ReadAllBytes(file);
        bytes[^2] ^= 0x55;
        File.WriteAllBytes(file, bytes);
        File.SetLastWriteTimeUtc(file, File.GetLastWriteTimeUtc(file).AddSeconds(1)); // a change, however coarse the clock
        Assert.False(CheckedCopy.WasChecked(file));
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.Equal(2, _builds); // the damage found, the data built again
    }

    [Fact]
    public void ADamagedOrTruncatedCopyOrAnotherLayoutIsBuiltAgain()
    {
        Load(Cache);
        var file = Assert.Single(CacheFiles());
        var bytes = File.ReadAllBytes(file);
        bytes[^2] ^= 0x55;
        File.WriteAllBytes(file, bytes);
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.Equal(2, _builds);

        File.WriteAllBytes(file, File.ReadAllBytes(file)[..^3]);
        Assert.Equal("alpha\nbeta\n", Text(Load(Cache)));
        Assert.Equal(3, _builds);

        Assert.Equal("alpha\nbeta\n", Text(Load(Cache, format: 2)));
        Assert.Equal(4, _builds);
    }

    [Fact]
    public void NoCacheOrAFolderThatCannotBeWrittenStillGivesTheData()
    {
        Assert.Equal("alpha\nbeta\n", Text(Load(null)));
        var blocked = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(blocked, "");
        Assert.Equal("alpha\nbeta\n", Text(Load(new DataCache(Path.Combine(blocked, "cache")))));
        Assert.Equal(2, _builds);
    }

    [Fact]
    public void EachBuildKeepsItsCopyAndOnlyTheNewestTwoAreKept()
    {
        byte[] Build() => File.ReadAllBytes(Source);
        string[] sources = [Source];
        var builds = new[] { Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid() };
        for (int i = 0; i < builds.Length; i++)
        {
            Assert.True(Cache.TryWrite("words", 1, sources, Build(), builds[i]));
            File.SetLastWriteTimeUtc(Cache.FileFor("words", sources, builds[i]), new DateTime(2026, 1, 1 + i, 0, 0, 0, DateTimeKind.Utc));
        }
        Assert.True(Cache.TryWrite("words", 1, sources, Build(), builds[2]));
        Assert.Null(Cache.TryMap("words", 1, sources, builds[0]));
        Assert.NotNull(Cache.TryMap("words", 1, sources, builds[1]));
        Assert.NotNull(Cache.TryMap("words", 1, sources, builds[2]));
        Assert.Equal(2, CacheFiles().Length);
    }

    [Fact]
    public void TheFolderFollowsTheEnvironment()
    {
        Assert.Null(DataCache.Locate(v => v == DataCache.DirectoryVariable ? "off" : null));
        Assert.Equal("/x/c", DataCache.Locate(v => v == DataCache.DirectoryVariable ? "/x/c" : "/ignored")!.Directory);
        Assert.Equal("/xdg/demarche", DataCache.Locate(v => v switch { "XDG_CACHE_HOME" => "/xdg", "HOME" => "/home/u", _ => null })!.Directory);
        Assert.Equal("/home/u/.cache/demarche", DataCache.Locate(v => v == "HOME" ? "/home/u" : null)!.Directory);
    }
}
