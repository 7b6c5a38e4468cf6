using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Web.Tests.Support;

namespace Whereabouts.Web.Tests.Pages.Sources;

/// <summary>
/// Two versions of an invented list of captives, imported into the web app's registry: in the
/// second, Gurgenik is gone, Vrezhik released and Artavazdik added. The people are marked
/// invented; their family name is a random word and their dates of birth random days, so that
/// every test has lists and people of its own (the tests share one registry, and the linkage
/// engine would take one test's Gurgenik for another's of the same name and birthday).
/// </summary>
internal static class ListVersionLists
{
    private const string Header = "id,given_name,family_name,birth_date,fate,fate_date\n";

    /// <summary>Imports the two versions and returns their ids and the gone row.</summary>
    public static async Task<ImportedVersions> ImportAsync(WebApp app)
    {
        var family = Tag() + "yan";
        var born = Enumerable.Range(0, 4).Select(_ => new DateOnly(1960, 1, 1).AddDays(Random.Shared.Next(40 * 365)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).ToArray();
        var first = await ImportCsvAsync(
            app,
            Header
                + $"r1,Zorakhan,{family},{born[0]},CaptureConfirmed,2021-01-12\n"
                + $"r2,Vrezhik,{family},{born[1]},CaptureConfirmed,2021-01-12\n"
                + $"r3,Gurgenik,{family},{born[2]},CaptureConfirmed,2021-01-12\n",
            $"Invented captives {family}, January",
            null);
        var second = await ImportCsvAsync(
            app,
            Header
                + $"r1,Zorakhan,{family},{born[0]},CaptureConfirmed,2021-01-12\n"
                + $"r2,Vrezhik,{family},{born[1]},Released,2021-02-10\n"
                + $"r4,Artavazdik,{family},{born[3]},CaptureConfirmed,2021-02-12\n",
            $"Invented captives {family}, February",
            first);
        await using var context = app.Database.CreateContext();
        var gone = await (
                from e in context.ListEntries
                where e.SourceId == first && e.RecordId == "r3"
                join m in context.ListMatches on e.Id equals m.EntryId
                where m.Decision == MatchDecision.Same
                select new { EntryId = e.Id, m.PersonId })
            .SingleAsync(TestContext.Current.CancellationToken);
        return new ImportedVersions(first, second, family, gone.EntryId, gone.PersonId);
    }

    /// <summary>How many acknowledgements the gone row has.</summary>
    public static async Task<int> AcknowledgementsAsync(WebApp app, Guid goneEntryId)
    {
        await using var context = app.Database.CreateContext();
        return await context.ListDepartureAcknowledgements.CountAsync(a => a.GoneEntryId == goneEntryId, TestContext.Current.CancellationToken);
    }

    private static async Task<Guid> ImportCsvAsync(WebApp app, string csv, string title, Guid? supersedes)
    {
        var importer = new ListImporter(app.Database, new FixedActor("versions-tests"), TimeProvider.System);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = await importer.ImportAsync(
            content,
            "invented-versions.csv",
            new ListImportOptions(title, Invented: true, Supersedes: supersedes),
            cancellationToken: TestContext.Current.CancellationToken);
        return report.SourceId;
    }

    // Letters only: a name key keeps digits, but a list's names have none.
    private static string Tag() => string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + (c % 16))));
}

/// <summary>Two imported versions of an invented list and the row gone from the second.</summary>
internal sealed record ImportedVersions(Guid First, Guid Second, string FamilyName, Guid GoneEntryId, Guid GonePersonId);
