using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Tests.Verification;

/// <summary>
/// A small registry for the verification tests: an invented video of a capture, an invented article,
/// the video's file attached to it, and an invented soldier whose capture rests on the video.
/// </summary>
internal sealed class VerificationRegistry
{
    public static readonly DateTimeOffset Recorded = new(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);

    public Guid Video { get; } = Guid.NewGuid();

    public Guid Article { get; } = Guid.NewGuid();

    public string VideoFile { get; } = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Guid.NewGuid().ToByteArray()));

    public Guid Soldier { get; } = Guid.NewGuid();

    public Guid CaptureOnVideo { get; } = Guid.NewGuid();

    public Guid MissingInArticle { get; } = Guid.NewGuid();

    public async Task SaveAsync(WhereaboutsDatabase database, CancellationToken cancellationToken)
    {
        await using var context = database.CreateContext("tests");
        context.Sources.Add(new Source(Video, new SourceDetails(SourceKind.Video, "Invented video of a capture near Hin Tagher")));
        context.Sources.Add(new Source(Article, new SourceDetails(SourceKind.NewsArticle, "Invented article on the missing")));
        context.EvidenceFiles.Add(new EvidenceFile(VideoFile, 1024, "video/mp4", "tests", Recorded));
        context.SourceFiles.Add(new SourceFile(Guid.NewGuid(), Video, VideoFile, "capture.mp4", null, "tests", Recorded));
        var soldier = new Person(Soldier, new PersonName("Zorvanik", "Quellmaryan"), new PersonDetails(Side: "armenian"), isInvented: true);
        soldier.AssertFate(new FateAssertion(
            MissingInArticle, FateStatus.Missing, PartialDate.OfDay(2020, 12, 12), new Evidence(Article, "went missing", null, Credibility.ProbablyTrue), "tests", Recorded));
        soldier.AssertFate(new FateAssertion(
            CaptureOnVideo, FateStatus.ReportedCaptured, PartialDate.OfDay(2020, 12, 13), new Evidence(Video, null, "00:41", Credibility.PossiblyTrue), "tests", Recorded));
        context.People.Add(soldier);
        await context.SaveChangesAsync(cancellationToken);
    }
}
