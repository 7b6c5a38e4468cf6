namespace Whereabouts.Domain;

/// <summary>
/// Where a count claim stands with the analysts. A claim someone typed in is accepted as it is
/// recorded; a claim read from an article by the extractor waits until an analyst accepts it (as
/// read or corrected) or rejects it. Only accepted claims are counted in reconciliation.
/// </summary>
/// <remarks>A rejected claim is kept, never deleted: that the extractor read a figure and an
/// analyst judged it wrong is part of the record. The zero value is <see cref="Accepted"/> so that
/// claims recorded before reviews existed stay counted.</remarks>
public enum ClaimReview
{
    /// <summary>Checked against its source and counted.</summary>
    Accepted,

    /// <summary>Read by the extractor; not yet checked by an analyst, not counted.</summary>
    Pending,

    /// <summary>Judged not to be a claim, or not this one; kept for the record, not counted.</summary>
    Rejected,
}
