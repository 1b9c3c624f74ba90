using Automatisering.Functions.Tests.Infrastructure;
using System.Text.RegularExpressions;
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

    private static readonly Regex NietAanmelden = new("^(?!.*/aanmelden)", RegexOptions.None, TimeSpan.FromSeconds(1));

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
        // A polled expectation rather than WaitForURLAsync: that one waits for the "load" event on the client side,
        // and on a loaded two-core CI machine the event can arrive between its check and its subscription, after
        // which it waits out the whole timeout although the page is there.
        await Assertions.Expect(page).ToHaveURLAsync(NietAanmelden, new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("header")).ToContainTextAsync("Aangemeld als", new() { Timeout = 30_000 });
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

    /// <summary>A fresh browser session without sign-in, as a citizen or an aggregator sees the public pages.</summary>
    public async Task<IPage> AnonymousAsync()
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseAddress.ToString(), Locale = "nl-NL" });
        context.SetDefaultTimeout(30_000);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseAsync();
        _playwright.Dispose();
    }
}
