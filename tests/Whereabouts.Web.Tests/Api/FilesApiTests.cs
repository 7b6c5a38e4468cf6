using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Demo;
using Whereabouts.Storage.Files;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class FilesApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static readonly Guid MinistryStatement = DemoIds.For("source/mod-armenia-hadrut-missing");

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Upload_AVideo_ComesBackByteIdenticalWithItsSha256()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        using var viewer = await app.ApiClientAsync(Roles.Viewer);
        var video = Mp4(20_000);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(video));

        using var upload = await UploadAsync(analyst, MinistryStatement, video, "captured-soldiers.mp4", "Video of two captured soldiers (invented test bytes)");
        var answer = await upload.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var download = await viewer.GetAsync(new Uri($"/api/v1/files/{sha256}", UriKind.Relative), Cancel);
        var bytes = await download.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(sha256, answer.GetProperty("sha256").GetString());
        Assert.Equal(video.Length, answer.GetProperty("length").GetInt64());
        Assert.Equal("video/mp4", answer.GetProperty("mediaType").GetString());
        Assert.Equal("captured-soldiers.mp4", answer.GetProperty("attachment").GetProperty("fileName").GetString());
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(video, bytes);
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
        Assert.Equal("video/mp4", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("nosniff", Header(download, "X-Content-Type-Options"));
        Assert.Equal("sandbox; default-src 'none'", Header(download, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_ARange_AnswersThePartAsked()
    {
        using var caseworker = await app.ApiClientAsync(Roles.Caseworker);
        var video = Mp4(5_000);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(video));
        using var upload = await UploadAsync(caseworker, MinistryStatement, video, "clip.mp4");

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri($"/api/v1/files/{sha256}", UriKind.Relative));
        request.Headers.Range = new RangeHeaderValue(100, 199);
        using var response = await caseworker.SendAsync(request, Cancel);

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal(video[100..200], await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Upload_TheSameBytesTwice_IsOneFileAndOneAttachmentPerSource()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var other = await CreateSourceAsync(analyst, "A channel that reposted the video (invented)");
        var video = Mp4(3_000);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(video));

        using var first = await UploadAsync(analyst, MinistryStatement, video, "first.mp4");
        using var again = await UploadAsync(analyst, MinistryStatement, video, "again.mp4");
        using var elsewhere = await UploadAsync(analyst, other, video, "reposted.mp4");
        var firstAnswer = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var againAnswer = await again.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var elsewhereAnswer = await elsewhere.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var info = await analyst.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/files/{sha256}/info", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.Created, elsewhere.StatusCode);
        Assert.True(firstAnswer.GetProperty("newFile").GetBoolean());
        Assert.False(elsewhereAnswer.GetProperty("newFile").GetBoolean());
        Assert.Equal(firstAnswer.GetProperty("attachment").GetProperty("id").GetGuid(), againAnswer.GetProperty("attachment").GetProperty("id").GetGuid());
        Assert.Equal(2, info.GetProperty("attachments").GetArrayLength());
        await using var context = app.Database.CreateContext();
        Assert.Equal(1, await context.EvidenceFiles.CountAsync(f => f.Sha256 == sha256, Cancel));
        Assert.Equal(2, await context.SourceFiles.CountAsync(f => f.Sha256 == sha256, Cancel));
    }

    [Fact]
    public async Task Get_AnHtmlUpload_IsServedAsBytesToSaveNeverAsAPage()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var page = Encoding.UTF8.GetBytes($"<!DOCTYPE html><html><body><script>alert('{Guid.NewGuid()}')</script></body></html>");
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(page));

        using var upload = await UploadAsync(analyst, MinistryStatement, page, "statement.png");
        var answer = await upload.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var download = await analyst.GetAsync(new Uri($"/api/v1/files/{sha256}", UriKind.Relative), Cancel);

        Assert.Equal("text/html", answer.GetProperty("mediaType").GetString());
        Assert.Equal("application/octet-stream", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("statement.png", download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("sandbox; default-src 'none'", Header(download, "Content-Security-Policy"));
    }

    [Fact]
    public async Task Get_ANameInArmenian_IsOfferedInUtf8()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        var text = Encoding.UTF8.GetBytes("Հայտարարություն " + Guid.NewGuid());
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(text));

        using var upload = await UploadAsync(analyst, MinistryStatement, text, "հայտարարություն.txt");
        using var download = await analyst.GetAsync(new Uri($"/api/v1/files/{sha256}", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        Assert.Equal("text/plain", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("հայտարարություն.txt", download.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Upload_OverTheLimit_Is413AndKeepsNothing()
    {
        await using var small = WebApp.With(new Dictionary<string, string> { ["Whereabouts:Files:MaxBytes"] = "4096" });
        await small.InitializeAsync();
        using var analyst = await small.ApiClientAsync(Roles.Analyst);
        var store = small.Services.GetRequiredService<FileStore>();

        using var response = await UploadAsync(analyst, MinistryStatement, Mp4(10_000), "too-long.mp4");
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("4096 bytes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Empty(store.Hashes());
        Assert.Empty(Directory.EnumerateFiles(store.Folder, "*", SearchOption.AllDirectories));
        await using var context = small.Database.CreateContext();
        Assert.Equal(0, await context.EvidenceFiles.CountAsync(Cancel));
        Assert.Equal(0, await context.SourceFiles.CountAsync(Cancel));
    }

    [Fact]
    public async Task Upload_WithoutAFilePart_Is400NamingIt()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);
        using var form = new MultipartFormDataContent { { new StringContent("no file"), "description" } };

        using var response = await analyst.PostAsync(new Uri($"/api/v1/sources/{MinistryStatement}/files", UriKind.Relative), form, Cancel);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True(problem.GetProperty("errors").TryGetProperty("file", out _));
    }

    [Fact]
    public async Task Upload_ToAnUnknownSource_Is404()
    {
        using var analyst = await app.ApiClientAsync(Roles.Analyst);

        using var response = await UploadAsync(analyst, Guid.NewGuid(), Mp4(100), "nowhere.mp4");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Detach_WithAReason_KeepsTheAttachmentInTheHistoryOnly()
    {
        using var caseworker = await app.ApiClientAsync(Roles.Caseworker);
        var source = await CreateSourceAsync(await app.ApiClientAsync(Roles.Analyst), "Detached in error (invented)");
        using var upload = await UploadAsync(caseworker, source, Mp4(1_000), "wrong.mp4");
        var attachment = (await upload.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("attachment").GetProperty("id").GetGuid();

        using var withoutReason = await caseworker.PostAsJsonAsync($"/api/v1/sources/{source}/files/{attachment}/detachment", new { reason = " " }, Cancel);
        using var detached = await caseworker.PostAsJsonAsync($"/api/v1/sources/{source}/files/{attachment}/detachment", new { reason = "Attached to the wrong source" }, Cancel);
        using var twice = await caseworker.PostAsJsonAsync($"/api/v1/sources/{source}/files/{attachment}/detachment", new { reason = "Again" }, Cancel);
        var attached = await caseworker.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/sources/{source}/files", UriKind.Relative), Cancel);
        var history = await caseworker.GetFromJsonAsync<JsonElement>(new Uri($"/api/v1/sources/{source}/files?includeDetached=true", UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, detached.StatusCode);
        Assert.Equal((HttpStatusCode)422, twice.StatusCode);
        Assert.Equal(0, attached.GetArrayLength());
        var kept = Assert.Single(history.EnumerateArray());
        Assert.Equal("Attached to the wrong source", kept.GetProperty("detachReason").GetString());
    }

    /// <summary>An MP4 as a camera writes one: an ftyp box, then an mdat box of (random) payload.</summary>
    internal static byte[] Mp4(int payload)
    {
        var bytes = new byte[32 + 8 + payload];
        byte[] ftyp = [0, 0, 0, 32, .. "ftypisom"u8, 0, 0, 2, 0, .. "isomiso2avc1mp41"u8];
        ftyp.CopyTo(bytes, 0);
        var size = 8 + payload;
        bytes[32] = (byte)(size >> 24);
        bytes[33] = (byte)(size >> 16);
        bytes[34] = (byte)(size >> 8);
        bytes[35] = (byte)size;
        "mdat"u8.CopyTo(bytes.AsSpan(36));
        RandomNumberGenerator.Fill(bytes.AsSpan(40));
        return bytes;
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, Guid source, byte[] bytes, string fileName, string? description = null)
    {
        using var form = new MultipartFormDataContent();
        if (description is not null)
        {
            form.Add(new StringContent(description), "description");
        }

        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(new Uri($"/api/v1/sources/{source}/files", UriKind.Relative), form, Cancel);
    }

    private static async Task<Guid> CreateSourceAsync(HttpClient analyst, string title)
    {
        using var response = await analyst.PostAsJsonAsync("/api/v1/sources", new { kind = "Video", title, reliability = "C" }, Cancel);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : null;
}
