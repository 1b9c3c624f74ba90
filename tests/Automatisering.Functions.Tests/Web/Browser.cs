using Automatisering.Functions.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Automatisering.Functions.Tests.Web;

/// <summary>
/// Debian's Chromium driven by Playwright against the real app: sign-in through the development sign-in page,
/// an axe-core check of every page and a screenshot per journey in the test output (screenshots/).
/// </summary>
internal sealed class Browser : IAsyncDisposable
{
    private static readonly string[] Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private Browser(IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        _playwright = playwright;
        _browser = browser;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public static string ScreenshotFolder => Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task<Browser> StartAsync(Uri baseAddress)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Args = Args });
        return new Browser(playwright, browser, baseAddress);
    }

    /// <summary>A fresh browser session (own cookies), signed in as the person through the sign-in page.</summary>
    public async Task<IPage> SignInAsync(string persoonId, int width = 1280, int height = 900)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "nl-NL",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(30_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/aanmelden");
        await page.Locator($"#persoon-{persoonId}").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/aanmelden", StringComparison.Ordinal));
        return page;
    }

    /// <summary>Runs axe-core on the page; fails on any serious or critical violation, naming rule and elements.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Path.Combine(RepositoryRoot.Path, "node_modules", "axe-core", "axe.min.js") });
        var violations = await page.EvaluateAsync<string[]>(
            """
            async () => (await axe.run(document, { resultTypes: ['violations'] })).violations
                .filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
            """);
        Assert.True(violations.Length == 0, $"{page.Url}: {string.Join("; ", violations)}");
    }

    /// <summary>The whole page, or for a very long page (the generated form) what the window shows.</summary>
    public static async Task ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
