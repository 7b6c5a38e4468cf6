using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Legal;
using Whereabouts.Storage;
using Whereabouts.Web.BrowserTests.Support;

namespace Whereabouts.Web.BrowserTests.Journeys;

/// <summary>
/// The issue's "done when": a reader whose browser asks for Armenian, Russian or Azerbaijani gets
/// the public statistics and, signed in, the dashboard and a dossier in that language with no
/// English left; and switching language is one click on the header's switch, remembered.
/// </summary>
/// <remarks>
/// The text looked at is what a reader sees in the header, the main part and the footer, leaving
/// out the registry's own data (elements marked <c>translate="no"</c>: names, titles, quotes,
/// accounts), the language switch's names of the other languages (marked with their own
/// <c>lang</c>), scripts, styles and anything hidden. Armenian and Russian pages may hold no word of
/// three or more Latin letters but the product's name and acronyms in capitals (ICRC, PDF, UTC);
/// an Azerbaijani page, written in Latin letters itself, may hold no word of the same page's
/// English rendering but those.
/// </remarks>
public sealed partial class LanguageJourneyTests(WhereaboutsServer server, BrowserSession browser) : IClassFixture<WhereaboutsServer>
{
    private const string Allowed = "Whereabouts";

    // Azerbaijani words that English writes the same way: the English rendering of a page cannot
    // tell them from words left untranslated ("Təsdiqlənməmiş video" is an unverified video).
    private static readonly HashSet<string> SpelledAlikeInAzerbaijani = new(["video"], StringComparer.OrdinalIgnoreCase);

    // The visible text of header, main and footer, without registry data, other languages' names, scripts and styles.
    private const string VisibleText = """
        () => {
            const pageLanguage = document.documentElement.lang;
            const parts = [];
            const walk = node => {
                if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                if (node.nodeType !== Node.ELEMENT_NODE) return;
                if (['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(node.tagName)) return;
                if (node.getAttribute('translate') === 'no') return;
                if (node.hasAttribute('lang') && node.getAttribute('lang') !== pageLanguage) return;
                if (node.tagName !== 'OPTION' && !node.checkVisibility()) return;
                node.childNodes.forEach(walk);
            };
            document.querySelectorAll('body > header, body > main, body > footer').forEach(walk);
            return parts.join(' ');
        }
        """;

    public static TheoryData<string> Languages => ["hy", "ru", "az"];

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task PublicStatistics_InTheBrowsersLanguage_HasNoEnglishLeft(string language)
    {
        await AssertNoEnglishAsync(language, signedIn: false, "/");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task DashboardAndDossier_SignedInInTheBrowsersLanguage_HaveNoEnglishLeft(string language)
    {
        var dossier = await DossierToReadAsync();
        await AssertNoEnglishAsync(language, signedIn: true, "/Dashboard", $"/People/{dossier}");
    }

    [Fact]
    public async Task LanguageSwitch_OneClick_ChangesThePageAndIsRemembered()
    {
        await using var browserPage = await browser.NewPageAsync(server.BaseAddress);
        var page = browserPage.Page;
        await SignInAsync(page, "switch");
        Assert.Equal("en", await page.Locator("html").GetAttributeAsync("lang"));

        await page.Locator("header .languages a", new() { HasTextString = "Русский" }).ClickAsync();
        await page.WaitForURLAsync("**/Dashboard?culture=ru");

        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Обзор", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await page.GotoAsync("/People");
        Assert.Equal("ru", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("Люди", (await page.Locator("main h1").InnerTextAsync()).Trim());
        await BrowserSession.SaveScreenshotAsync(page, "language-switch-ru");
    }

    private async Task AssertNoEnglishAsync(string language, bool signedIn, params string[] paths)
    {
        await using var english = await browser.NewPageAsync(server.BaseAddress);
        await using var translated = await browser.NewPageAsync(server.BaseAddress, language);
        if (signedIn)
        {
            await SignInAsync(english.Page, "en-" + language);
            await SignInAsync(translated.Page, language);
        }

        foreach (var path in paths)
        {
            await english.Page.GotoAsync(path);
            var englishWords = Words(await english.Page.EvaluateAsync<string>(VisibleText));
            var response = await translated.Page.GotoAsync(path);
            Assert.Equal(200, response?.Status);
            Assert.Equal(language, await translated.Page.Locator("html").GetAttributeAsync("lang"));
            var text = await translated.Page.EvaluateAsync<string>(VisibleText);
            await BrowserSession.SaveScreenshotAsync(translated.Page, $"language-{language}{path.Replace('/', '-')}");

            // Armenian and Russian are not written in Latin letters; Azerbaijani is, so there the
            // English rendering of the same page says which words would be English left over.
            var months = MonthNames(language);
            var left = Words(text)
                .Where(word => language == "az" ? englishWords.Contains(word) : word.Length >= 3)
                .Where(word => !IsAllowed(word) && !months.Contains(word))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .ToList();
            Assert.True(left.Count == 0, $"{path} in {language} still shows English: {string.Join(", ", left)}\n{text}");
        }
    }

    private static bool IsAllowed(string word) =>
        string.Equals(word, Allowed, StringComparison.Ordinal) || (word.Length > 1 && word.All(char.IsAsciiLetterUpper))
        || SpelledAlikeInAzerbaijani.Contains(word);

    // Azerbaijani's "mar", "apr" and "may" are its own month names that English happens to share.
    private static HashSet<string> MonthNames(string language)
    {
        var format = CultureInfo.GetCultureInfo(language).DateTimeFormat;
        return new(format.MonthNames.Concat(format.AbbreviatedMonthNames).Concat(format.MonthGenitiveNames).Concat(format.AbbreviatedMonthGenitiveNames)
            .Select(name => name.TrimEnd('.')).Where(name => name.Length > 0), StringComparer.OrdinalIgnoreCase);
    }

    private static HashSet<string> Words(string text) =>
        new(LatinWord().Matches(text).Select(m => m.Value), StringComparer.OrdinalIgnoreCase);

    // A run of ASCII Latin letters standing alone: Azerbaijani's own letters (ə, ş, ı …) end a word.
    [GeneratedRegex(@"(?<![\p{L}])[A-Za-z]{2,}(?![\p{L}])")]
    private static partial Regex LatinWord();

    /// <summary>A demo person whose dossier has name forms in several scripts, fates and history, and no legal case.</summary>
    private async Task<Guid> DossierToReadAsync()
    {
        var cancellation = TestContext.Current.CancellationToken;
        await using var scope = server.Services.CreateAsyncScope();
        var database = scope.ServiceProvider.GetRequiredService<WhereaboutsDatabase>();
        var legal = scope.ServiceProvider.GetRequiredService<LegalCaseReader>();
        await using var context = database.CreateContext();
        var people = await context.People.AsNoTracking().AsSplitQuery().Where(p => p.IsInvented).OrderBy(p => p.Id).ToListAsync(cancellation);
        foreach (var person in people.Where(p => p.Names.Select(n => n.Script).Distinct().Count() == 3 && p.FateAssertions.Count >= 2))
        {
            if ((await legal.ForPersonAsync(person.Id, cancellation)).Count == 0)
            {
                return person.Id;
            }
        }

        Assert.Fail("The demo data should hold a person named in three scripts with no legal case.");
        return Guid.Empty;
    }

    private async Task SignInAsync(IPage page, string name)
    {
        CreatedAccount account;
        await using (var scope = server.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountService>();
            account = await accounts.CreateAsync($"lang-{name}-{Guid.NewGuid():N}"[..20], Roles.Caseworker, withApiKey: false, TestContext.Current.CancellationToken);
        }

        await page.GotoAsync("/Account/Login");
        await page.Locator("#UserName").FillAsync(account.UserName);
        await page.Locator("#Password").FillAsync(account.Password);

        // The button's words are translated; the form's one submit button is language-neutral.
        await page.Locator("main form button[type='submit']").ClickAsync();
        await page.WaitForURLAsync("**/Dashboard");
    }
}
