using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Accounts;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

/// <summary>The files section of a source's page (<c>_Files.cshtml</c>) and the page that takes its forms.</summary>
public sealed class FilesPageTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_AnImageAsCaseworker_ShowsItOnTheSourcePageWithItsHashAndAThumbnail()
    {
        var source = await SourceAsync("INVENTED photograph of a checkpoint");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        var image = Png(2_000);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(image));

        using var response = await UploadAsync(browser, source, image, "checkpoint.png", "The checkpoint at the bridge (invented)");
        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}");
        var row = page.QuerySelector("#file-list tr.file");
        using var thumbnail = await browser.GetAsync(new Uri(row!.QuerySelector("img.file-thumbnail")!.GetAttribute("src")!, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Sources/{source}#files", response.Headers.Location?.OriginalString);
        Assert.Contains("checkpoint.png", page.QuerySelector(".notice")?.TextContent, StringComparison.Ordinal);
        Assert.Equal(sha256, row.QuerySelector("code.file-hash")?.TextContent);
        Assert.Equal("checkpoint.png", row.QuerySelector("a.file-name")?.TextContent);
        Assert.Equal("lazy", row.QuerySelector("img.file-thumbnail")?.GetAttribute("loading"));
        Assert.Contains("image/png", row.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, thumbnail.StatusCode);
        Assert.Equal(image, await thumbnail.Content.ReadAsByteArrayAsync(Cancel));
        Assert.Equal("image/png", thumbnail.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", string.Join(",", thumbnail.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("sandbox; default-src 'none'", string.Join(",", thumbnail.Headers.GetValues("Content-Security-Policy")));
    }

    [Fact]
    public async Task Get_InRussian_WritesTheSizeAndTheLabelsInRussian()
    {
        var source = await SourceAsync("INVENTED recording in Russian");
        using var browser = await app.BrowserAsync(Roles.Caseworker);
        using var upload = await UploadAsync(browser, source, Png(3_000), "снимок.png", null);

        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}?culture=ru");

        Assert.Equal("Файлы", page.QuerySelector("#files")?.TextContent);
        Assert.Contains("2,9 КБ", page.QuerySelector("#file-list tr.file")?.TextContent?.Replace('\u00A0', ' '), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AsViewer_ListsTheFilesWithoutTheForms()
    {
        var source = await SourceAsync("INVENTED scan read by a viewer");
        using (var caseworker = await app.BrowserAsync(Roles.Caseworker))
        using (var upload = await UploadAsync(caseworker, source, Png(500), "scan.png", null))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        using var viewer = await app.BrowserAsync(Roles.Viewer);
        var page = await WebApp.GetDocumentAsync(viewer, $"/Sources/{source}");

        Assert.NotNull(page.QuerySelector("#file-list code.file-hash"));
        Assert.Null(page.QuerySelector("#file-upload"));
        Assert.Null(page.QuerySelector("tr.file-detach"));
    }

    [Fact]
    public async Task Detach_WithAReason_RemovesItFromTheListAndKeepsItOnTheFilePage()
    {
        var source = await SourceAsync("INVENTED source a file was attached to in error");
        using var browser = await app.BrowserAsync(Roles.Analyst);
        var image = Png(800);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(image));
        using (var upload = await UploadAsync(browser, source, image, "wrong.png", null))
        {
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        using var detached = await WebApp.PostFormAsync(browser, $"/Sources/{source}", new Dictionary<string, string> { ["reason"] = "Belongs to another source" }, "tr.file-detach form");
        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}");
        var file = await WebApp.GetDocumentAsync(browser, $"/Files/{sha256}");

        Assert.Equal(HttpStatusCode.Redirect, detached.StatusCode);
        Assert.NotNull(page.QuerySelector("#no-files"));
        Assert.Equal(sha256, file.QuerySelector("#file-hash")?.TextContent);
        var history = file.QuerySelector("#attachment-list tr.detached");
        Assert.Contains("Belongs to another source", history?.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Sources/{source}", history?.QuerySelector("a")?.GetAttribute("href"));
        await using var context = app.Database.CreateContext();
        Assert.False((await context.SourceFiles.SingleAsync(f => f.SourceId == source, Cancel)).IsAttached);
    }

    /// <summary>A PNG's signature and header chunk, then random bytes: enough for its type to be read.</summary>
    private static byte[] Png(int length)
    {
        var bytes = new byte[length];
        RandomNumberGenerator.Fill(bytes);
        byte[] head = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, .. "IHDR"u8];
        head.CopyTo(bytes, 0);
        return bytes;
    }

    // Posts the upload form as a browser does: its antiforgery token, the description and the file.
    private static async Task<HttpResponseMessage> UploadAsync(HttpClient browser, Guid source, byte[] bytes, string fileName, string? description)
    {
        var page = await WebApp.GetDocumentAsync(browser, $"/Sources/{source}");
        var form = page.QuerySelector("#file-upload") as IHtmlFormElement ?? throw new InvalidOperationException("No upload form.");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(description ?? string.Empty), "description" },
        };
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(file, "file", fileName);
        return await browser.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, Cancel);
    }

    private async Task<Guid> SourceAsync(string title)
    {
        var source = new Source(Guid.NewGuid(), new SourceDetails(SourceKind.Other, title));
        await using var context = app.Database.CreateContext();
        context.Sources.Add(source);
        await context.SaveChangesAsync(Cancel);
        return source.Id;
    }
}
