using System.Text;
using Demarche.Input;

namespace Demarche.Input.Tests;

public class InputReaderTests
{
    private static InputReader WithStdin(string content) =>
        new() { StandardInput = () => new MemoryStream(Encoding.UTF8.GetBytes(content)) };

    [Fact]
    public void StdinTextIsText()
    {
        var item = Assert.Single(WithStdin("Plain words about talks.").Read("-"));
        Assert.Equal(ContentFormat.Text, item.Document!.Format);
        Assert.Equal("-", item.Document.Source);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>")]
    [InlineData("  <html><head><title>t</title></head></html>")]
    [InlineData("<div class='a'><p>Paragraph</p></div>")]
    public void StdinHtmlIsSniffed(string html)
    {
        var item = Assert.Single(WithStdin(html).Read("-"));
        Assert.Equal(ContentFormat.Html, item.Document!.Format);
    }

    [Fact]
    public void TextThatMentionsTagsIsNotHtml()
    {
        Assert.False(ContentDecoder.LooksLikeHtml("Officials said the <b> tag story was false."));
    }

    [Fact]
    public void ByteOrderMarkIsDropped()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF, (byte)'H', (byte)'i' };
        Assert.Equal("Hi", ContentDecoder.Decode(bytes, out var error));
        Assert.Null(error);
    }

    [Fact]
    public void DeclaredLegacyCharsetIsHonoured()
    {
        var html = "<html><head><meta charset=\"windows-1252\"></head><body><p>Caf\u00e9</p></body></html>";
        var bytes = Encoding.Latin1.GetBytes(html);
        var text = ContentDecoder.Decode(bytes, out var error);
        Assert.Null(error);
        Assert.Contains("Café", text);
    }

    [Fact]
    public void InvalidUtf8IsRejectedWithItsPosition()
    {
        Assert.Null(ContentDecoder.Decode([0x61, 0x62, 0xC3, 0x28], out var error));
        Assert.Contains("invalid UTF-8", error);
    }

    [Fact]
    public void LimitIsApplied()
    {
        var reader = new InputReader(new InputLimits { MaxDocumentBytes = 10 }) { StandardInput = () => new MemoryStream(new byte[100].Select(_ => (byte)'a').ToArray()) };
        var item = Assert.Single(reader.Read("-"));
        Assert.NotNull(item.Error);
        Assert.Contains("larger than", item.Error!.Message);
    }

    [Theory]
    [InlineData("a.txt", true)]
    [InlineData("a.HTML", true)]
    [InlineData("a.htm.gz", true)]
    [InlineData("a.jsonl.gz", true)]
    [InlineData("a.md", false)]
    [InlineData("a.gz", false)]
    public void ArticleFilesAreRecognised(string name, bool expected)
    {
        Assert.Equal(expected, InputReader.IsArticleFile(name));
    }
}
