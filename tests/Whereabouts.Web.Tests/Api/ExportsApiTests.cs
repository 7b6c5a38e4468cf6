using System.Net;
using System.Text;
using System.Text.Json;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Exports;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Api;

public sealed class ExportsApiTests(WebApp app) : IClassFixture<WebApp>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SnapshotJson_Administrator_GetsEveryTableInTheFormatTheImportReads()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.GetAsync(new Uri("/api/v1/export/snapshot.json", UriKind.Relative), Cancel);
        var bytes = await response.Content.ReadAsByteArrayAsync(Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(bytes);
        var tables = document.RootElement.GetProperty("tables");
        Assert.Equal(SnapshotSchema.Tables.Select(t => t.Name), tables.EnumerateObject().Select(p => p.Name));
        Assert.True(tables.GetProperty("people").GetArrayLength() > 0);
        var read = await SnapshotJson.ReadAsync(new MemoryStream(bytes), "snapshot.json", Cancel);
        Assert.Equal(tables.GetProperty("fates").GetArrayLength(), read.Rows(SnapshotSchema.Fates).Count);
    }

    [Fact]
    public async Task TableCsv_Administrator_GetsTheHeaderAndOneRowPerRecord()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.GetAsync(new Uri("/api/v1/export/legal-cases.csv", UriKind.Relative), Cancel);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("id,title,forum_kind,forum_name,number,kind,lodged_on,sentence,status,notes,detaining_party\r\n", text, StringComparison.Ordinal);
        Assert.True(text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length > 1);
    }

    [Fact]
    public async Task NamesCsv_NameThatIsAFormula_ComesOutAsText()
    {
        await using (var context = app.Database.CreateContext("tests"))
        {
            context.People.Add(new Whereabouts.Domain.Person(Guid.NewGuid(), new Whereabouts.Domain.PersonName("=1+1", "Invented-Formula"), isInvented: true));
            await context.SaveChangesAsync(Cancel);
        }

        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.GetAsync(new Uri("/api/v1/export/names.csv", UriKind.Relative), Cancel);
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync(Cancel));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(",\"'=1+1\",Invented-Formula,", text, StringComparison.Ordinal);
        Assert.DoesNotContain(",=1+1", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TableCsv_UnknownTable_Is404WithTheTablesThereAre()
    {
        using var client = await app.ApiClientAsync(Roles.Administrator);

        using var response = await client.GetAsync(new Uri("/api/v1/export/notifications.csv", UriKind.Relative), Cancel);
        var problem = await response.Content.ReadAsStringAsync(Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("people, names, fates", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Caseworker, "/api/v1/export/snapshot.json")]
    [InlineData(Roles.Counsel, "/api/v1/export/people.csv")]
    [InlineData(Roles.Viewer, "/api/v1/export/fates.csv")]
    public async Task Export_AnyoneButAnAdministrator_Is403(string role, string path)
    {
        using var client = await app.ApiClientAsync(role);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Cancel);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
