using Demarche.Core.Data;

namespace Demarche.Core.Tests;

/// <summary>The read-only word table used in place from cache files: lookups as a dictionary's, ordinal or ignoring case.</summary>
public sealed class WordTableTests
{
    private static List<KeyValuePair<string, int>> Entries(params string[] keys) => keys.Select((k, i) => KeyValuePair.Create(k, i * 10)).ToList();

    [Fact]
    public void FindsEveryKeyAndNothingElse()
    {
        var keys = Enumerable.Range(0, 5000).Select(i => $"w{i}x").ToArray();
        var table = WordTable<int>.Create(Entries(keys), ignoreCase: false);
        Assert.Equal(5000, table.Count);
        for (int i = 0; i < keys.Length; i++)
        {
            Assert.True(table.TryGetValue(keys[i], out int value));
            Assert.Equal(i * 10, value);
            Assert.Equal(keys[i], table.KeyAt(i));
        }
        Assert.False(table.TryGetValue("w5000x", out _));
        Assert.False(table.ContainsKey("W1X"));
        Assert.False(table.ContainsKey(""));
    }

    [Fact]
    public void IgnoringCaseFindsAnyCasing()
    {
        var table = WordTable<int>.Create(Entries("state", "NATO", "État", "iPhone", ""), ignoreCase: true);
        Assert.True(table.TryGetValue("STATE", out int state));
        Assert.Equal(0, state);
        Assert.True(table.ContainsKey("nato"));
        Assert.True(table.ContainsKey("éTAT"));
        Assert.True(table.ContainsKey("IPHONE"));
        Assert.True(table.ContainsKey(""));
        Assert.False(table.ContainsKey("states"));
    }

    [Fact]
    public void AnEmptyTableFindsNothing()
    {
        var table = WordTable<long>.Create([], ignoreCase: true);
        Assert.Equal(0, table.Count);
        Assert.False(table.ContainsKey("a"));
    }

    [Fact]
    public void AKeyGivenTwiceIsRefused()
    {
        Assert.Throws<ArgumentException>(() => WordTable<int>.Create(Entries("Paris", "PARIS"), ignoreCase: true));
        Assert.Equal(2, WordTable<int>.Create(Entries("Paris", "PARIS"), ignoreCase: false).Count);
    }

    [Fact]
    public void TablesFollowEachOtherInOneBlock()
    {
        var output = new MemoryStream();
        WordTable<int>.Write(output, Entries("one", "two"), ignoreCase: false);
        WordTable<byte>.Write(output, [KeyValuePair.Create("Three", (byte)3)], ignoreCase: true);
        var block = DataBlock.FromBytes(output.ToArray());
        long offset = 0;
        var first = WordTable<int>.Read(block, ref offset);
        var second = WordTable<byte>.Read(block, ref offset);
        Assert.Equal(block.Length, offset);
        Assert.True(first.TryGetValue("two", out int two));
        Assert.Equal(10, two);
        Assert.True(second.TryGetValue("THREE", out byte three));
        Assert.Equal(3, three);
    }

    [Fact]
    public void ADamagedOrForeignTableIsRefused()
    {
        var output = new MemoryStream();
        WordTable<int>.Write(output, Entries("one", "two"), ignoreCase: false);
        var bytes = output.ToArray();
        long offset = 0;
        Assert.Throws<InvalidDataException>(() => WordTable<long>.Read(DataBlock.FromBytes(bytes), ref offset)); // another value size
        offset = 0;
        Assert.Throws<InvalidDataException>(() => WordTable<int>.Read(DataBlock.FromBytes(bytes.AsSpan(0, bytes.Length - 16)), ref offset)); // truncated
    }

    /// <summary>
    /// Keys ignoring case are hashed on their upper-case form, so two words equal ignoring case must have the same
    /// upper-case form: checked for every character against its upper- and lower-case forms.
    /// </summary>
    [Fact]
    public void CharactersEqualIgnoringCaseHaveOneUpperCaseForm()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var s = ((char)c).ToString();
            foreach (var other in new[] { s.ToUpperInvariant(), s.ToLowerInvariant(), s.ToLowerInvariant().ToUpperInvariant(), s.ToUpperInvariant().ToLowerInvariant() })
                if (string.Equals(s, other, StringComparison.OrdinalIgnoreCase))
                    Assert.Equal(s.ToUpperInvariant(), other.ToUpperInvariant());
            Assert.True(string.Equals(s, s.ToUpperInvariant(), StringComparison.OrdinalIgnoreCase) || s.ToUpperInvariant().Length != 1, $"U+{c:X4}");
        }
        var table = WordTable<int>.Create(Entries("Ωmega", "straße", "İstanbul"), ignoreCase: true);
        Assert.True(table.ContainsKey("ωMEGA"));
        Assert.True(table.ContainsKey("STRAßE"));
        Assert.True(table.ContainsKey("İSTANBUL"));
    }
}
