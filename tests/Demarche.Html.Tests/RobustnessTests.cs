using Demarche.Core.Model;

namespace Demarche.Html.Tests;

public class RobustnessTests
{
    [Theory]
    [InlineData("<div>")]
    [InlineData("<span>")]
    [InlineData("<b><i>")]
    [InlineData("<section><div>")]
    public void HundredThousandNestedTagsDoNotCrash(string open)
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat(open, 100_000)) + Pages.Body + "</article></body></html>";
        try
        {
            var text = Pages.Extract(html);
            Assert.Contains("air shuttle", text);
        }
        catch (DocumentRejectedException e)
        {
            Assert.Contains("levels deep", e.Message);
        }
    }

    [Fact]
    public void FlattenKeepsTextAndCapsDepth()
    {
        var html = string.Concat(Enumerable.Repeat("<div>", 5000)) + "deep words" + string.Concat(Enumerable.Repeat("</div>", 5000));
        var flat = NestingGuard.Flatten(html);
        Assert.Contains("deep words", flat);
        Assert.True(NestingGuard.EstimateDepth(flat) <= NestingGuard.MaxDepth);
    }

    [Fact]
    public void FlattenLeavesOrdinaryPagesAlone()
    {
        var html = Pages.Wrap(Pages.Body);
        Assert.Same(html, NestingGuard.Flatten(html));
    }

    [Fact]
    public void EstimateIgnoresVoidAndUnclosedParagraphTags()
    {
        Assert.Equal(2, NestingGuard.EstimateDepth("<div><p>a<p>b<br><img src=x><li>c<div>d</div></div>"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("<html></html>")]
    [InlineData("<html><body></body></html>")]
    public void EmptyPagesGiveEmptyText(string html) => Assert.Equal("", Pages.Extract(html));

    [Fact]
    public void PageWithoutArticleGivesEmptyText()
    {
        var html = """
            <html><head><title>Island Courier</title></head><body>
            <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
            <ul class="menu"><li><a href="/a">Archive</a></li><li><a href="/c">Contact</a></li></ul>
            <footer>All rights reserved</footer></body></html>
            """;
        Assert.Equal("", Pages.Extract(html));
    }

    [Fact]
    public void BrokenHtmlStillYieldsTheBody()
    {
        var html = """
            <html><head><title>Broken</title><body><div class="story"><p>The harbour authority of Port Amrel said on Monday that ferry crossings to the outer islands would resume next week, after storms closed the route for nine days.
            <p>Officials said two of the four vessels had been inspected and found <b>seaworthy, while <i>the other two</b> needed repairs</i> to their loading ramps and would stay in dock until December.
            <p>Residents of the islands have relied on a small air shuttle for food and medicine since the closure, and shop owners described empty shelves and rising prices for fuel.</span></div></div>
            <p>The regional council promised to review the harbour's storm plan and to publish the findings before the next winter season begins
            """;
        var text = Pages.Extract(html);
        Assert.Contains("found seaworthy, while the other two needed repairs to their loading ramps", text);
        Assert.Contains("air shuttle", text);
    }

    [Fact]
    public void ManyEmptyElementsStayFast()
    {
        var html = "<html><body><article>" + string.Concat(Enumerable.Repeat("<li>", 50_000)) + Pages.Body + "</article></body></html>";
        Assert.Contains("air shuttle", Pages.Extract(html));
    }
}
