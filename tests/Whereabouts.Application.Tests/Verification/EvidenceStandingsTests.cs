using Whereabouts.Application.Verification;
using Whereabouts.Domain;

namespace Whereabouts.Application.Tests.Verification;

/// <summary>The rule of docs/adr/0029: which caution a source's verification calls for.</summary>
public sealed class EvidenceStandingsTests
{
    private const VerificationState U = VerificationState.Unverified;
    private const VerificationState R = VerificationState.UnderReview;
    private const VerificationState V = VerificationState.Verified;
    private const VerificationState D = VerificationState.Disputed;
    private const VerificationState F = VerificationState.ShownFalse;

    public static TheoryData<VerificationState, bool, VerificationState[], EvidenceCaution?> Cases() => new()
    {
        { U, false, [], null },
        { R, false, [], null },
        { U, true, [], EvidenceCaution.UnverifiedVideo },
        { R, true, [], EvidenceCaution.UnverifiedVideo },
        { V, true, [], null },
        { V, true, [U], EvidenceCaution.UnverifiedVideo },
        { V, true, [V], null },
        { U, false, [V], EvidenceCaution.UnverifiedFile },
        { V, false, [V, R], EvidenceCaution.UnverifiedFile },
        { V, false, [V, V], null },
        { D, false, [], EvidenceCaution.Disputed },
        { V, true, [D], EvidenceCaution.Disputed },
        { F, false, [], EvidenceCaution.ShownFalse },
        { D, true, [F, V], EvidenceCaution.ShownFalse },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Caution_SourceStateKindAndFiles_IsTheStrongestThatApplies(VerificationState source, bool isVideo, VerificationState[] files, EvidenceCaution? expected)
    {
        Assert.Equal(expected, EvidenceStandings.Caution(source, isVideo, files));
    }
}
