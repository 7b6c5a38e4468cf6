using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Lists;

/// <summary>Uploads lists through the Lists page as a browser does, and waits for the background import. The lists' people are invented.</summary>
internal static class ListUploading
{
    /// <summary>Two invented people in a list whose family-name column has a header no language of the registry uses.</summary>
    public const string UnrecognisedFamilyColumn = "id,Nom de famille,given_name,birth_date\nINV-1,Invented-Vardanyan,Aram,1990\nINV-2,Invented-Mkrtchyan,Ani,1992\n";

    /// <summary>Uploads <paramref name="content"/> through the Lists page's form (with its antiforgery token); returns the answer.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, string fileName, byte[] content)
    {
        var page = await WebApp.GetDocumentAsync(browser, "/Lists");
        var token = page.QuerySelector("#upload-form input[name='__RequestVerificationToken']")?.GetAttribute("value")
            ?? throw new InvalidOperationException("The upload form has no antiforgery token.");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "Upload", fileName);
        return await browser.PostAsync(new Uri("/Lists", UriKind.Relative), form, TestContext.Current.CancellationToken);
    }

    /// <summary>Uploads <paramref name="csv"/> and returns the upload's id, read from the redirect to its page.</summary>
    public static async Task<Guid> UploadAsync(HttpClient browser, string csv)
    {
        using var response = await UploadAsync(browser, "invented-list.csv", Encoding.UTF8.GetBytes(csv));
        var location = response.Headers.Location?.ToString() ?? throw new InvalidOperationException($"The upload answered {(int)response.StatusCode} without a redirect.");
        return Guid.Parse(location["/Lists/".Length..]);
    }

    /// <summary>Waits until the upload's import is over (succeeded, failed or cancelled) and returns its state.</summary>
    public static async Task<ListImportState> WaitUntilOverAsync(WebApp app, Guid id)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            await using (var context = app.Database.CreateContext())
            {
                var state = await context.ListImports.Where(i => i.Id == id).Select(i => i.State).SingleAsync(TestContext.Current.CancellationToken);
                if (state is ListImportState.Succeeded or ListImportState.Failed or ListImportState.Cancelled || DateTime.UtcNow > deadline)
                {
                    return state;
                }
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }
    }

    /// <summary>People, sources and list rows in the registry, to show that something changed nothing.</summary>
    public static async Task<(int People, int Sources, int Entries)> CountsAsync(WebApp app)
    {
        await using var context = app.Database.CreateContext();
        var cancel = TestContext.Current.CancellationToken;
        return (await context.People.CountAsync(cancel), await context.Sources.CountAsync(cancel), await context.ListEntries.CountAsync(cancel));
    }
}
