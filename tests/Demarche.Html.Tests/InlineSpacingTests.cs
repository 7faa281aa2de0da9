namespace Demarche.Html.Tests;

public class InlineSpacingTests
{
    private static string Text(string bodyHtml) =>
        BlockTextWriter.Join(BlockTextWriter.Blocks(new AngleSharp.Html.Parser.HtmlParser().ParseDocument("<body>" + bodyHtml + "</body>").Body!));

    [Theory]
    [InlineData("<p>the <a href=\"/c\">council</a>'s report</p>", "the council's report")]
    [InlineData("<p><a href=\"/o\">OECD</a>'s forecast</p>", "OECD's forecast")]
    [InlineData("<p>word <a href=\"/l\">link</a>, then more</p>", "word link, then more")]
    [InlineData("<p>It ended.<a href=\"/n\">Next</a> story</p>", "It ended. Next story")]
    [InlineData("<p>a<b>b</b>c</p>", "abc")]
    [InlineData("<p>one <em>two</em> three</p>", "one two three")]
    [InlineData("<p>U.S.-led talks</p>", "U.S.-led talks")]
    [InlineData("<p>spaced   \n  out</p>", "spaced out")]
    public void InlineElementsKeepTheirSpacing(string html, string expected) => Assert.Equal(expected, Text(html));

    [Fact]
    public void BlocksBecomeParagraphs()
    {
        Assert.Equal("First.\n\nSecond.\n\nThird item", Text("<div>First.<p>Second.</p><ul><li>Third item</li></ul></div>"));
    }

    [Fact]
    public void LineBreakStaysInsideTheParagraph()
    {
        Assert.Equal("line one\nline two", Text("<p>line one<br>line two</p>"));
    }

    [Fact]
    public void ScriptsAndStylesAreNotText()
    {
        Assert.Equal("visible", Text("<p>visible<script>var hidden = 1;</script><style>p{}</style></p>"));
    }
}
