namespace Demarche.Places.Tests;

/// <summary>The key of a name written in place is the key <see cref="PlaceNames.Key"/> makes.</summary>
public sealed class PlaceNameKeyTests
{
    [Theory]
    [InlineData("Kharkiv")]
    [InlineData("Paris, Texas")]
    [InlineData("N'Djamena")]
    [InlineData("  Port  au\tPrince ")]
    [InlineData("ST. JOHN'S")]
    [InlineData("bir-el-abd")]
    [InlineData("")]
    public void AnAsciiNameHasTheSameKey(string name)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.True(PlaceNames.TryWriteKey(name, buffer, out int length));
        Assert.Equal(PlaceNames.Key(name), buffer[..length].ToString());
    }

    [Theory]
    [InlineData("Bogotá")]
    [InlineData("Kyiv’s")]
    [InlineData("São  Tomé")]
    [InlineData("Łódź")]
    [InlineData("Ouagadougou\u0301")]
    [InlineData("ʻAbd ʿAlī")]
    [InlineData("İSTANBUL")]
    public void ANameBeyondAsciiHasTheSameKey(string name)
    {
        Span<char> buffer = stackalloc char[64];
        Assert.True(PlaceNames.TryWriteKey(name, buffer, out int length));
        Assert.Equal(PlaceNames.Key(name), buffer[..length].ToString());
    }

    [Fact]
    public void ANameLongerThanTheBufferIsLeftToKey()
    {
        Span<char> buffer = stackalloc char[4];
        Assert.False(PlaceNames.TryWriteKey("Kharkiv", buffer, out _));
    }
}
