using System.Security.Cryptography;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// An invented video of a capture with its file attached, and an invented Armenian soldier whose
/// capture on 13 December 2020 rests on it alone; saved into a test's registry.
/// </summary>
public sealed class InventedVideo
{
    private static readonly DateTimeOffset Recorded = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public Guid Source { get; } = Guid.NewGuid();

    public string File { get; } = Convert.ToHexStringLower(SHA256.HashData(Guid.NewGuid().ToByteArray()));

    public Guid Soldier { get; } = Guid.NewGuid();

    public Guid Capture { get; } = Guid.NewGuid();

    public static async Task<InventedVideo> SaveAsync(WhereaboutsDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var video = new InventedVideo();
        await using var context = database.CreateContext("tests");
        context.Sources.Add(new Source(video.Source, new SourceDetails(SourceKind.Video, "Invented video of a capture near Khtsabert")));
        context.EvidenceFiles.Add(new EvidenceFile(video.File, 2048, "video/mp4", "tests", Recorded));
        context.SourceFiles.Add(new SourceFile(Guid.NewGuid(), video.Source, video.File, "capture.mp4", null, "tests", Recorded));
        var soldier = new Person(video.Soldier, new PersonName("Zorvanik", "Vidmaryan"), new PersonDetails(Side: "armenian"), isInvented: true);
        soldier.AssertFate(new FateAssertion(
            video.Capture, FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 12, 13), new Evidence(video.Source, null, "00:41", Credibility.PossiblyTrue), "tests", Recorded));
        context.People.Add(soldier);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return video;
    }
}
