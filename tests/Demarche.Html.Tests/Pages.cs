namespace Demarche.Html.Tests;

/// <summary>Builds small test pages around an article body written for these tests.</summary>
internal static class Pages
{
    /// <summary>Four paragraphs of invented news, long enough for the main-content search.</summary>
    public const string Body = """
        <p>The harbour authority of Port Amrel said on Monday that ferry crossings to the outer islands would resume next week, after storms closed the route for nine days.</p>
        <p>Officials said two of the four vessels had been inspected and found seaworthy, while the other two needed repairs to their loading ramps and would stay in dock until December.</p>
        <p>Residents of the islands have relied on a small air shuttle for food and medicine since the closure, and shop owners described empty shelves and rising prices for fuel.</p>
        <p>The regional council promised to review the harbour's storm plan and to publish the findings before the next winter season begins in the north of the country.</p>
        """;

    public static string Wrap(string article, string head = "", string before = "", string after = "") => $"""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Ferries to resume after storm closure | Island Courier</title>{head}</head>
        <body>
        {before}
        <main><article><h1>Ferries to resume after storm closure</h1>{article}</article></main>
        {after}
        </body></html>
        """;

    public static string Extract(string html, string? url = null) => new HtmlArticleExtractor().Extract(html, url).Text;
}
