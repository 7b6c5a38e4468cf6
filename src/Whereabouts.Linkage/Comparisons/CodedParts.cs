namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// The name parts of a pair read from their <see cref="NameUnitCode"/>s, for records without
/// initials or foreign readings: equality by hash, and the strings read only to compute the
/// similarity of two names whose letters allow it.
/// </summary>
internal readonly struct CodedParts(PersonNameCode codeA, PersonNameCode codeB, PersonName a, PersonName b) : INameParts
{
    public bool AllFourPresent => codeA.Given.IsPresent && codeA.Family.IsPresent && codeB.Given.IsPresent && codeB.Family.IsPresent;

    public NameAgreement Agree(PartPair pair, bool similarity)
    {
        var agreement = pair switch
        {
            PartPair.Given => Agree(codeA.Given, codeB.Given, asFamily: false),
            PartPair.Family => Agree(codeA.Family, codeB.Family, asFamily: true),
            PartPair.GivenWithFamily => Agree(codeA.Given, codeB.Family, asFamily: true),
            _ => Agree(codeA.Family, codeB.Given, asFamily: true),
        };
        return agreement == NameAgreement.Different && similarity ? SimilarOrDifferent(pair) : agreement;
    }

    public NameAgreement SimilarOrDifferent(PartPair pair)
    {
        var (x, y, unitX, unitY) = pair switch
        {
            PartPair.Given => (codeA.Given, codeB.Given, a.Given, b.Given),
            PartPair.Family => (codeA.Family, codeB.Family, a.Family, b.Family),
            PartPair.GivenWithFamily => (codeA.Given, codeB.Family, a.Given, b.Family),
            _ => (codeA.Family, codeB.Given, a.Family, b.Given),
        };
        return x.MaySimilar(y) && Similarity.JaroWinkler(unitX!.Latin, unitY!.Latin) >= PersonNameComparison.SimilarThreshold
            ? NameAgreement.Similar
            : NameAgreement.Different;
    }

    /// <summary><see cref="PersonNameComparison.Agree"/> without initials and foreign readings, and without similarity.</summary>
    private static NameAgreement Agree(in NameUnitCode x, in NameUnitCode y, bool asFamily)
    {
        if (!x.IsPresent || !y.IsPresent)
        {
            return NameAgreement.Missing;
        }

        if (x.Latin == y.Latin)
        {
            return NameAgreement.Exact;
        }

        var keyX = asFamily ? x.FamilyKey : x.GivenKey;
        if (keyX != 0 && keyX == (asFamily ? y.FamilyKey : y.GivenKey))
        {
            return NameAgreement.Key;
        }

        return asFamily && x.HasLongStem && x.Stem == y.Stem ? NameAgreement.Suffix : NameAgreement.Different;
    }
}
