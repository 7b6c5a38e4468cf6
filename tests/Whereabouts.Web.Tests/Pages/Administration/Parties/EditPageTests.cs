using System.Net;
using System.Net.Http.Headers;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Administration.Parties;

public sealed class EditPageTests(WebApp app) : IClassFixture<WebApp>
{
    [Theory]
    [InlineData("en", "This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again.")]
    [InlineData("ru", "После того как вы загрузили эту запись, её изменил кто-то другой; ничего не сохранено. Загрузите её заново и внесите изменение ещё раз.")]
    public async Task Post_RenameOfAStaleVersion_SaysSomeoneElseChangedItInTheReadersLanguage(string language, string expected)
    {
        using var browser = await app.BrowserAsync(Roles.Administrator);
        browser.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));

        using var response = await WebApp.PostEveryFieldAsync(
            browser, "/Administration/Parties/Edit/armenian", "#party-edit", new Dictionary<string, string> { ["Version"] = "9999", ["Form.NameEn"] = "Invented Armenia" });
        var page = await WebApp.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.QuerySelector(".validation-summary li")?.TextContent.Trim());
    }
}
