using Whereabouts.Domain;
using Whereabouts.Interchange.Pfif;

namespace Whereabouts.Application.Pfif;

/// <summary>
/// What a PFIF note's status means for a person's fate in the registry, and back.
/// </summary>
/// <remarks>
/// <para>A PFIF note is what one person typed into a people finder: unverified by anyone. So:</para>
/// <list type="table">
/// <item><term><c>believed_missing</c></term><description><see cref="FateStatus.Missing"/>, credibility 3
/// (possibly true): being reported missing by a relative is how most cases begin, and a later, better
/// source overrides it.</description></item>
/// <item><term><c>believed_alive</c></term><description><see cref="FateStatus.FoundAlive"/>, credibility 6
/// (cannot be judged): recorded and shown, but an anonymous note never tells a family their son is
/// alive, so it does not decide the current fate.</description></item>
/// <item><term><c>believed_dead</c></term><description><see cref="FateStatus.Deceased"/>, credibility 6,
/// for the same reason.</description></item>
/// <item><term><c>information_sought</c>, <c>is_note_author</c>, no status</term><description>nothing: they
/// say who is asking, not what happened.</description></item>
/// </list>
/// <para>Exported, the registry's twelve statuses fold into PFIF's three: missing is
/// <c>believed_missing</c>; captivity and freedom are <c>believed_alive</c> (a captive was alive when
/// captured); death and remains are <c>believed_dead</c>. The note's text keeps the exact status.</para>
/// </remarks>
public static class PfifFates
{
    /// <summary>The fate and credibility a note status becomes, or null when it says nothing about the fate.</summary>
    public static (FateStatus Status, Credibility Credibility)? ToRegistry(PfifNoteStatus? status) => status switch
    {
        PfifNoteStatus.BelievedMissing => (FateStatus.Missing, Credibility.PossiblyTrue),
        PfifNoteStatus.BelievedAlive => (FateStatus.FoundAlive, Credibility.CannotBeJudged),
        PfifNoteStatus.BelievedDead => (FateStatus.Deceased, Credibility.CannotBeJudged),
        PfifNoteStatus.InformationSought or PfifNoteStatus.IsNoteAuthor or null => null,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown PFIF note status."),
    };

    /// <summary>The PFIF status that comes closest to a registry fate.</summary>
    public static PfifNoteStatus ToPfif(FateStatus status) => FateTransitions.GroupOf(status) switch
    {
        FateGroup.Unknown => PfifNoteStatus.BelievedMissing,
        FateGroup.Captivity or FateGroup.Free => PfifNoteStatus.BelievedAlive,
        FateGroup.Dead => PfifNoteStatus.BelievedDead,
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown fate group."),
    };
}
