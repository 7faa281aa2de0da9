using Demarche.Core.Data;

namespace Demarche.Core.Tests;

/// <summary>The cached form of YAML trees reads back the same strings, lists, maps and nulls, in file order.</summary>
public sealed class YamlTreeBytesTests
{
    private static object? RoundTrip(object? tree) => YamlTreeBytes.Read(DataBlock.FromBytes(YamlTreeBytes.Write(tree)));

    private static void AssertSame(object? expected, object? actual)
    {
        switch (expected)
        {
            case null:
                Assert.Null(actual);
                break;
            case string s:
                Assert.Equal(s, Assert.IsType<string>(actual));
                break;
            case List<object?> list:
                var other = Assert.IsType<List<object?>>(actual);
                Assert.Equal(list.Count, other.Count);
                for (int i = 0; i < list.Count; i++) AssertSame(list[i], other[i]);
                break;
            case Dictionary<string, object?> map:
                var read = Assert.IsType<Dictionary<string, object?>>(actual);
                Assert.Equal(map.Keys, read.Keys);
                foreach (var (key, value) in map) AssertSame(value, read[key]);
                break;
        }
    }

    [Fact]
    public void ATreeReadsBackAsItWas()
    {
        var tree = YamlTree.Parse(new StringReader("states:\n  - id: FRA\n    names: [France, \"République française\"]\n    note: ~\n  - id: ''\nempty:\n"));
        AssertSame(tree, RoundTrip(tree));
        Assert.Null(RoundTrip(null));
        Assert.Equal("", RoundTrip(""));
    }

    [Fact]
    public void TheShippedPersonsReadTheSameFromTheCache()
    {
        var path = DataDirectory.File("actors", "persons.yaml");
        AssertSame(YamlTree.Parse(File.OpenText(path), path), YamlTree.Load(path));
        AssertSame(YamlTree.Parse(File.OpenText(path), path), YamlTree.Load(path));
    }

    [Fact]
    public void DamagedBytesAreRefused()
    {
        var bytes = YamlTreeBytes.Write(new List<object?> { "a", "b" });
        Assert.Throws<InvalidDataException>(() => YamlTreeBytes.Read(DataBlock.FromBytes(bytes.AsSpan(0, bytes.Length - 1))));
        bytes[0] = 9;
        Assert.Throws<InvalidDataException>(() => YamlTreeBytes.Read(DataBlock.FromBytes(bytes)));
    }
}
