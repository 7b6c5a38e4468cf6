using System.Text;
using Whereabouts.Application.Common;
using Whereabouts.Application.Lists;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Lists;

/// <summary>
/// Invented lists of captives in versions, imported through <see cref="ListImporter"/> into an
/// empty registry: every family name is prefixed "Invented-", and the lists are marked invented.
/// </summary>
internal static class ListVersionsFixture
{
    public const string Header = "id,given_name,family_name,birth_date,fate,fate_date\n";

    /// <summary>Version 1: three invented captives.</summary>
    public const string First =
        Header
        + "r1,Aram,Invented-Sargsyan,1990-05-01,CaptureConfirmed,2021-01-12\n"
        + "r2,Gevorg,Invented-Hakobyan,1988-03-14,CaptureConfirmed,2021-01-12\n"
        + "r3,Narek,Invented-Vardanyan,1995-11-30,CaptureConfirmed,2021-01-12\n";

    /// <summary>Version 2: Narek (r3) gone, Gevorg released, Tigran added.</summary>
    public const string Second =
        Header
        + "r1,Aram,Invented-Sargsyan,1990-05-01,CaptureConfirmed,2021-01-12\n"
        + "r2,Gevorg,Invented-Hakobyan,1988-03-14,Released,2021-02-10\n"
        + "r4,Tigran,Invented-Grigoryan,1999-07-07,CaptureConfirmed,2021-02-12\n";

    /// <summary>Version 3: Aram gone, Narek back, Tigran's family name respelled.</summary>
    public const string Third =
        Header
        + "r2,Gevorg,Invented-Hakobyan,1988-03-14,Released,2021-02-10\n"
        + "r3,Narek,Invented-Vardanyan,1995-11-30,CaptureConfirmed,2021-01-12\n"
        + "r4,Tigran,Invented-Grigorian,1999-07-07,CaptureConfirmed,2021-02-12\n";

    /// <summary>Imports <paramref name="csv"/> as a list, as a new version of <paramref name="supersedes"/> when given.</summary>
    public static async Task<Guid> ImportAsync(WhereaboutsDatabase database, string csv, string title, Guid? supersedes = null)
    {
        var importer = new ListImporter(database, new FixedActor("versions-tests"), TimeProvider.System);
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var report = await importer.ImportAsync(
            content, $"{title}.csv", new ListImportOptions(title, Invented: true, Supersedes: supersedes), cancellationToken: TestContext.Current.CancellationToken);
        return report.SourceId;
    }
}
