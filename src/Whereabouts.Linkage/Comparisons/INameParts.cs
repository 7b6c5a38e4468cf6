namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// The name parts of a pair of records, as <see cref="PersonNameComparison"/> decides a level from
/// them: by their objects, or by their hashes held by value (<see cref="CodedParts"/>). A struct
/// implements it so that each way is compiled into the decision, not called through an interface.
/// </summary>
internal interface INameParts
{
    /// <summary>True when both records have both a given and a family name.</summary>
    bool AllFourPresent { get; }

    /// <summary>How the parts agree (see <see cref="PersonNameComparison.Agree"/>).</summary>
    NameAgreement Agree(PartPair pair, bool similarity);

    /// <summary>Similar or different, for parts that agree by no key.</summary>
    NameAgreement SimilarOrDifferent(PartPair pair);
}
