using Demarche.Ingest;
using Demarche.Store;
using Demarche.Tests;
using Microsoft.Playwright;

namespace Demarche.Web.Tests;

/// <summary>
/// The web app in a real headless browser: Playwright driving Debian's chromium (/usr/bin/chromium; the tests
/// skip with a notice where it is absent) against the server on Kestrel, on a store of the samples. A
/// screenshot of each page is kept in the test output folder (screenshots/).
/// </summary>
public sealed class BrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Chromium = BrowserFixture.Chromium;
    private WebTestHost? Host => fixture.Host;
    private IBrowserContext? Browser => fixture.Browser;
    private Dictionary<string, long> Ids => fixture.Ids;

    private async Task<IPage> Open(string path)
    {
        if (Browser is null) Assert.Skip($"no browser: {Chromium} is missing (Debian's chromium package; .ci/install-deps installs it)");
        var page = await Browser.NewPageAsync();
        page.Dialog += (_, d) => Assert.Fail("the page opened a dialog: " + d.Message); // an article's script must never run
        await page.GotoAsync(Host!.BaseUrl.TrimEnd('/') + path);
        await page.WaitForSelectorAsync("#app-ready[data-ready=yes]", new() { State = WaitForSelectorState.Attached }); // interactive now
        return page;
    }

    private static Task Shot(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.Screenshots, name + ".png"), FullPage = false });

    [Fact]
    public async Task TheArticleViewHighlightsFactsAndOutlinesAClickedEventsSentence()
    {
        var page = await Open($"/documents/{Ids.GetValueOrDefault("01-baltic-sanctions.txt")}");
        Assert.True(await page.Locator(".article-text .hl-actor").CountAsync() > 3);
        Assert.True(await page.Locator(".article-text .hl-trigger").CountAsync() > 3);
        Assert.True(await page.Locator(".article-text .hl-quote").CountAsync() > 0);
        Assert.True(await page.Locator(".article-text .hl-number").CountAsync() > 0);
        Assert.Equal(0, await page.Locator(".hl-selected").CountAsync());

        var second = page.Locator(".events-list button.item").Nth(2);
        await second.ClickAsync();
        await page.Locator(".hl-selected").First.WaitForAsync();
        var outlined = string.Concat(await page.Locator(".article-text .hl-selected").AllInnerTextsAsync());
        Assert.Contains("European Union foreign ministers on Monday agreed", outlined);
        Assert.Contains("CAMEO", await page.Locator(".selected-details").InnerTextAsync());
        Assert.Contains("rule", await page.Locator(".selected-details").InnerTextAsync());
        Assert.Contains("date precision", await page.Locator(".selected-details").InnerTextAsync());
        await Shot(page, "article");

        // keyboard: the next event is reached with Tab and chosen with Enter
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.events-list button.item.is-selected')[0]?.dataset.event === '3'");
    }

    [Fact]
    public async Task ScriptsInAnArticleStayText()
    {
        if (Host is null) Assert.Skip($"no browser: {Chromium} is missing");
        var (status, body, _) = await Host.Post("/api/documents", new { text = "Kenya <script>alert('x')</script> met Uganda <img src=x onerror=alert(1)> in Nairobi on Monday, officials said.", date = "2025-02-03" });
        Assert.Equal(200, status);
        var page = await Open($"/documents/{body.GetProperty("stored")[0].GetProperty("id").GetInt64()}");
        Assert.Contains("<script>alert('x')</script>", await page.Locator(".article-text").InnerTextAsync());
        Assert.Equal(0, await page.Locator(".article-text script, .article-text img").CountAsync());
        await Shot(page, "escaped-article");
    }

    [Fact]
    public async Task TheActorPageShowsATimeline()
    {
        var page = await Open("/actors/EU");
        Assert.Contains("European Union", await page.Locator("h1").InnerTextAsync());
        Assert.NotEqual("0", await page.Locator(".timeline").GetAttributeAsync("data-months"));
        Assert.True(await page.Locator(".timeline svg rect, .timeline svg path").CountAsync() > 0, "the chart has no bars");
        Assert.True(await page.Locator(".events-table tbody tr").CountAsync() > 0);
        await Shot(page, "actor");
    }

    [Fact]
    public async Task TheNetworkDrawsEdgesAndListsAnEdgesEvents()
    {
        var page = await Open("/network");
        var edges = page.Locator("svg.network line.edge");
        Assert.True(await edges.CountAsync() > 0);
        await edges.First.ClickAsync(new() { Force = true });
        await page.Locator("#edge-events").WaitForAsync();
        Assert.True(await page.Locator(".events-table tbody tr").CountAsync() > 0);
        await Shot(page, "network");
    }

    [Fact]
    public async Task PastedTextIsAnalysedOnTheAnalysePage()
    {
        var page = await Open("/analyze");
        await page.Locator("#text-input").FillAsync(Samples.Text("02-sahel-talks.txt"));
        await page.Locator("#analyse-button").ClickAsync();
        await page.Locator(".article-text .hl-actor").First.WaitForAsync(new() { Timeout = 60_000 });
        await Shot(page, "analyse");
        await page.SetViewportSizeAsync(390, 844); // a phone
        await Shot(page, "analyse-phone");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 400, $"the page is {width} px wide on a 390 px phone");
    }
}

/// <summary>One store of the samples, one server and one browser for all the browser tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";
    private readonly TestDatabase _db = TestDatabase.Create(Backends.Sqlite);
    private IPlaywright? _playwright;
    private string? _profile;

    public WebTestHost? Host { get; private set; }
    public IBrowserContext? Browser { get; private set; }
    public Dictionary<string, long> Ids { get; } = [];

    public static string Screenshots => Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium)) return;
        using (var store = DemarcheStore.Open(_db.Target))
        {
            await new IngestRunner(WebTestHost.SharedAnalyzer.Value, store, new IngestOptions { Workers = 2, Date = new DateOnly(2025, 3, 10) })
                .RunAsync([Samples.Folder], ct: TestContext.Current.CancellationToken);
            using var cmd = store.Command("SELECT id, source FROM documents");
            using var r = cmd.ExecuteReader();
            while (r.Read()) Ids[Path.GetFileName(r.GetString(1))] = r.GetInt64(0);
        }
        Host = await WebTestHost.StartAsync(new WebOptions { Store = _db.Target }, kestrel: true);
        _playwright = await Playwright.CreateAsync();
        _profile = Directory.CreateTempSubdirectory("demarche-chromium-").FullName;
        Browser = await _playwright.Chromium.LaunchPersistentContextAsync(_profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Host is not null) await Host.DisposeAsync();
        _db.Dispose();
        if (_profile is not null) try { Directory.Delete(_profile, true); } catch (IOException) { }
    }

}
