namespace Demarche.Html.Tests;

public class ParagraphFilterTests
{
    private static bool Dropped(string text, int linkChars = 0, string tag = "p") =>
        ParagraphFilter.IsFurniture(new TextBlock(text, linkChars, tag));

    [Theory]
    [InlineData("Advertisement")]
    [InlineData("ADVERTISEMENT")]
    [InlineData("Story continues below advertisement")]
    [InlineData("By Mara Quint - 11/02/24 09:10 AM EST")]
    [InlineData("By Mara Quint and Olek Brandt")]
    [InlineData("Published: 10:48, Tue, Nov 19, 2024")]
    [InlineData("Updated at 4:05 p.m.")]
    [InlineData("14 March 2024")]
    [InlineData("November 20, 2019 - 11:28 AM")]
    [InlineData("Image 2 of 7")]
    [InlineData("Photo: Island Courier archive")]
    [InlineData("5 min read")]
    [InlineData("Sign up for The Harbour Letter, our free newsletter, delivered to your inbox.")]
    public void FurnitureLinesAreDropped(string text) => Assert.True(Dropped(text));

    [Fact]
    public void PromoLinkLineIsDropped()
    {
        const string text = "Read more: Ferry operator fined over late inspections";
        Assert.True(Dropped(text, linkChars: text.Length - 11));
    }

    [Theory]
    [InlineData("By the end of the week, the council had approved the plan.")]
    [InlineData("Published figures show traffic at the port fell by a third during the storm season, the authority said.")]
    [InlineData("Read the full statement, the mayor urged residents on Monday.")]
    [InlineData("Why the ferries stopped")]
    public void BodyLinesStay(string text) => Assert.False(Dropped(text));

    [Fact]
    public void TagListAfterTagsHeadingIsDropped()
    {
        var blocks = new[]
        {
            new TextBlock("The council approved the storm plan on Tuesday after a long debate.", 0, "p"),
            new TextBlock("Tags", 0, "h3"),
            new TextBlock("ferries, storms, harbour, islands", 30, "div"),
        };
        Assert.Single(ParagraphFilter.Apply(blocks));
    }
}
