namespace Whereabouts.Linkage.Comparisons;

/// <summary>The name parts of a pair read from their objects: every case, initials and foreign readings included.</summary>
internal readonly struct ObjectParts(PersonName a, PersonName b) : INameParts
{
    public bool AllFourPresent => a.Given is not null && a.Family is not null && b.Given is not null && b.Family is not null;

    public NameAgreement Agree(PartPair pair, bool similarity) => pair switch
    {
        PartPair.Given => PersonNameComparison.Agree(a.Given, b.Given, asFamily: false, similarity),
        PartPair.Family => PersonNameComparison.Agree(a.Family, b.Family, asFamily: true, similarity),
        PartPair.GivenWithFamily => PersonNameComparison.Agree(a.Given, b.Family, asFamily: true, similarity),
        _ => PersonNameComparison.Agree(a.Family, b.Given, asFamily: true, similarity),
    };

    public NameAgreement SimilarOrDifferent(PartPair pair) => pair == PartPair.Given
        ? PersonNameComparison.SimilarOrDifferent(a.Given!, b.Given!)
        : PersonNameComparison.SimilarOrDifferent(a.Family!, b.Family!);
}
