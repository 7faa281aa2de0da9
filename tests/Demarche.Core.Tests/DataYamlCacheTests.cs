using Demarche.Core.Data;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Demarche.Core.Tests;

/// <summary>
/// Typed YAML files read through the cache (<see cref="DataYaml.Load{T}(string, Func{IDeserializer}, Func{object?, T}, DataCache?)"/>):
/// the object made from the cached tree equals YamlDotNet's, a changed file is read again, a file with an error is
/// placed as YamlDotNet places it, and without a cache the file is read by YamlDotNet.
/// </summary>
public sealed class DataYamlCacheTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("demarche-data-yaml-test-");
    private string Source => Path.Combine(_folder.FullName, "settings.yaml");
    private DataCache Cache => new(Path.Combine(_folder.FullName, "cache"));

    public void Dispose() => _folder.Delete(recursive: true);

    private sealed class Settings
    {
        public int MaxCount { get; set; } = 7;
        public List<string> Words { get; set; } = [];
        public Dictionary<string, double>? Weights { get; set; }

        public static Settings FromTree(object? tree)
        {
            var map = YamlValues.Map(tree);
            var settings = new Settings();
            if (YamlValues.TryGet(map, "max_count", out var max)) settings.MaxCount = YamlValues.Int(max);
            if (YamlValues.TryGet(map, "words", out var words)) settings.Words = YamlValues.Strings(words)!;
            if (YamlValues.TryGet(map, "weights", out var weights)) settings.Weights = YamlValues.MapOf(weights, YamlValues.Double);
            return settings;
        }
    }

    private static IDeserializer Deserializer() =>
        new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).IgnoreUnmatchedProperties().Build();

    private Settings Load(DataCache? cache) => DataYaml.Load(Source, Deserializer, Settings.FromTree, cache);

    private static void AssertSame(Settings expected, Settings actual)
    {
        Assert.Equal(expected.MaxCount, actual.MaxCount);
        Assert.Equal(expected.Words, actual.Words);
        Assert.Equal(expected.Weights?.ToList(), actual.Weights?.ToList());
    }

    private void Write(string text, int minute)
    {
        File.WriteAllText(Source, text);
        File.SetLastWriteTimeUtc(Source, new DateTime(2026, 1, 1, 0, minute, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void TheObjectFromTheCachedTreeEqualsYamlDotNets()
    {
        Write("# settings\nmax_count: 12\nwords: [a, \"b c\", ~, '']\nweights: {few: 3, many: 1.5e3, half: .5}\nother: [ignored]\n", 1);
        var parsed = DataYaml.Deserialize<Settings>(Deserializer(), Source);
        int notTaken = DataYaml.TreesNotTaken;
        AssertSame(parsed, Load(Cache)); // built and written
        Assert.Single(Directory.GetFiles(Cache.Directory, "*.cache"));
        AssertSame(parsed, Load(Cache)); // read from the cache
        Assert.Equal(notTaken, DataYaml.TreesNotTaken);
        AssertSame(parsed, Load(null));
    }

    [Fact]
    public void AChangedFileIsReadAgain()
    {
        Write("max_count: 1\nwords: [a]\n", 1);
        Assert.Equal(1, Load(Cache).MaxCount);
        Write("max_count: 2\nwords: [a, b]\n", 2);
        var changed = Load(Cache);
        Assert.Equal(2, changed.MaxCount);
        Assert.Equal(["a", "b"], changed.Words);
        Write("words: [c]\n", 3);
        AssertSame(new Settings { Words = ["c"] }, Load(Cache));
    }

    [Fact]
    public void AFileWithAnErrorIsPlacedAsYamlDotNetPlacesIt()
    {
        Write("max_count: 1\nweights: {few: three}\n", 1);
        var e = Assert.Throws<InvalidDataException>(() => Load(Cache));
        Assert.StartsWith(Source + ": line 2, column ", e.Message);
        Write("max_count: 1\nwords: [a\n", 2);
        Assert.StartsWith(Source + ": line ", Assert.Throws<InvalidDataException>(() => Load(Cache)).Message);
    }

    [Fact]
    public void ACacheFolderThatCannotBeWrittenOnlyMeansNoCopy()
    {
        Write("max_count: 3\n", 1);
        File.WriteAllText(Path.Combine(_folder.FullName, "file"), "");
        var blocked = new DataCache(Path.Combine(_folder.FullName, "file", "cache"));
        Assert.Equal(3, DataYaml.Load(Source, Deserializer, Settings.FromTree, blocked).MaxCount);
    }
}
