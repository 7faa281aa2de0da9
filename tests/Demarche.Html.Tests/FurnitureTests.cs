namespace Demarche.Html.Tests;

public class FurnitureTests
{
    [Fact]
    public void KeepsBodyParagraphsSeparatedByBlankLines()
    {
        var text = Pages.Extract(Pages.Wrap(Pages.Body));
        Assert.Contains("ferry crossings to the outer islands would resume next week", text);
        Assert.Contains("nine days.\n\nOfficials said", text);
    }

    [Fact]
    public void DropsNavigationAndFooter()
    {
        var html = Pages.Wrap(Pages.Body,
            before: """<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World desk</a></li><li><a href="/sport">Sport pages</a></li></ul></nav></header>""",
            after: """<footer><p>Copyright 2025 Island Courier Media. All rights reserved.</p><a href="/terms">Terms of use</a></footer>""");
        var text = Pages.Extract(html);
        Assert.DoesNotContain("World desk", text);
        Assert.DoesNotContain("All rights reserved", text);
        Assert.DoesNotContain("Terms of use", text);
        Assert.Contains("storm plan", text);
    }

    [Fact]
    public void DropsCaptionsAndPhotoCredits()
    {
        var article = """
            <figure><img src="ferry.jpg" alt=""><figcaption>A ferry waits at the quay in Port Amrel. <span class="credit">Photo: Lina Dorsey</span></figcaption></figure>
            """ + Pages.Body + """<p class="photo-credit">Photograph by Tomas Reel for the Courier</p>""";
        var text = Pages.Extract(Pages.Wrap(article));
        Assert.DoesNotContain("waits at the quay", text);
        Assert.DoesNotContain("Lina Dorsey", text);
        Assert.DoesNotContain("Tomas Reel", text);
        Assert.Contains("loading ramps", text);
    }

    [Fact]
    public void DropsRelatedAndMostReadLists()
    {
        var article = Pages.Body + """
            <div class="related-stories"><h3>Related coverage</h3><ul>
              <li><a href="/a">Bridge tolls to rise in spring</a></li><li><a href="/b">Fishing fleet counts storm losses</a></li></ul></div>
            """;
        var after = """<section id="most-read"><h2>Most read</h2><ol><li><a href="/c">Mayor opens new library wing</a></li></ol></section>""";
        var text = Pages.Extract(Pages.Wrap(article, after: after));
        Assert.DoesNotContain("Bridge tolls", text);
        Assert.DoesNotContain("library wing", text);
        Assert.DoesNotContain("Most read", text);
    }

    [Fact]
    public void DropsNewsletterShareCookieAndAdBlocks()
    {
        var article = """
            <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Copy link</a></div>
            <p>The harbour authority of Port Amrel said on Monday that ferry crossings to the outer islands would resume next week, after storms closed the route for nine days.</p>
            <div class="ad-slot"><span>Advertisement</span></div>
            <p>Officials said two of the four vessels had been inspected and found seaworthy, while the other two needed repairs to their loading ramps and would stay in dock until December.</p>
            <div class="newsletter-signup"><h4>The Morning Tide</h4><p>Get our daily briefing in your inbox every weekday morning.</p><form><input type="email"><button>Sign up</button></form></div>
            <p>Residents of the islands have relied on a small air shuttle for food and medicine since the closure, and shop owners described empty shelves and rising prices for fuel.</p>
            <p>Advertisement</p>
            <p>The regional council promised to review the harbour's storm plan and to publish the findings before the next winter season begins in the north of the country.</p>
            """;
        var before = """<div id="cookie-banner"><p>This site stores small files on your device to measure traffic.</p><button>Accept all</button></div>""";
        var text = Pages.Extract(Pages.Wrap(article, before: before));
        Assert.DoesNotContain("Share on Facebook", text);
        Assert.DoesNotContain("Advertisement", text);
        Assert.DoesNotContain("daily briefing", text);
        Assert.DoesNotContain("small files on your device", text);
        Assert.Contains("air shuttle", text);
    }

    [Fact]
    public void DropsReadMorePromoInsideTheBody()
    {
        var article = """
            <p>The harbour authority of Port Amrel said on Monday that ferry crossings to the outer islands would resume next week, after storms closed the route for nine days.</p>
            <p><strong>Read more:</strong> <a href="/x">Why the island ferries keep breaking down</a></p>
            <p>Officials said two of the four vessels had been inspected and found seaworthy, while the other two needed repairs to their loading ramps and would stay in dock until December.</p>
            <p>Also read: <a href="/y">A winter without the mainland boat</a></p>
            <p>Residents of the islands have relied on a small air shuttle for food and medicine since the closure, and shop owners described empty shelves and rising prices for fuel.</p>
            """;
        var text = Pages.Extract(Pages.Wrap(article));
        Assert.DoesNotContain("keep breaking down", text);
        Assert.DoesNotContain("without the mainland boat", text);
        Assert.Contains("seaworthy", text);
    }

    [Fact]
    public void KeepsListsAndTablesInsideTheBody()
    {
        var article = Pages.Body + """
            <p>The council listed the steps it will take before the winter season:</p>
            <ul><li>a second inspection of every loading ramp in the harbour</li><li>a reserve of diesel for the air shuttle</li></ul>
            <table><tr><th>Vessel</th><th>Status</th></tr><tr><td>Northern Star</td><td>Seaworthy</td></tr><tr><td>Gull</td><td>In repair</td></tr></table>
            """;
        var text = Pages.Extract(Pages.Wrap(article));
        Assert.Contains("a second inspection of every loading ramp in the harbour", text);
        Assert.Contains("a reserve of diesel for the air shuttle", text);
        Assert.Contains("Northern Star Seaworthy", text);
        Assert.Contains("Gull In repair", text);
    }
}
