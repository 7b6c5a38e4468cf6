using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// A sourced aggregate figure: "the fate of 73 servicemen is unknown", "44 prisoners were returned",
/// "several dozen were taken prisoner". The registry keeps every such claim beside the others with
/// who made it and when, and never reduces them to one number.
/// </summary>
/// <remarks>A denied figure is kept as a claim with <see cref="ClaimStatus.Denied"/>: that the
/// ministry denied 171 is itself information a family and a journalist need.</remarks>
public sealed class CountClaim
{
    /// <summary>Records a claim.</summary>
    /// <exception cref="DomainRuleException">The figure, range, scope or quote is invalid.</exception>
    public CountClaim(Guid id, CountClaimDetails details, string recordedBy, DateTimeOffset recordedAt)
    {
        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        RecordedBy = string.IsNullOrWhiteSpace(recordedBy)
            ? throw new DomainRuleException("claim.recorder-required", "A count claim must say who recorded it.")
            : recordedBy.Trim();
        RecordedAt = recordedAt.ToUniversalTime();
        Quote = null!;
        Revise(details);
    }

    /// <summary>
    /// Records a claim read by the extractor, which waits in the review list until an analyst
    /// accepts or rejects it.
    /// </summary>
    /// <exception cref="DomainRuleException">The figure, range, scope or quote is invalid.</exception>
    public static CountClaim Propose(Guid id, CountClaimDetails details, string recordedBy, DateTimeOffset recordedAt) =>
        new(id, details, recordedBy, recordedAt) { Review = ClaimReview.Pending };

    // For the storage layer.
    private CountClaim()
    {
        Quote = null!;
        RecordedBy = null!;
    }

    /// <summary>The claim's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The source the claim was read from.</summary>
    public Guid SourceId { get; private set; }

    /// <summary>The number as stated; null for vague claims.</summary>
    public int? Count { get; private set; }

    /// <summary>The upper end of a range, otherwise null.</summary>
    public int? CountMax { get; private set; }

    /// <summary>How the number is meant.</summary>
    public CountQualifier Qualifier { get; private set; }

    /// <summary>What happened to the people counted.</summary>
    public CountCategory Category { get; private set; }

    /// <summary>The slug of the party whose people are counted, or null when not stated.</summary>
    public string? Side { get; private set; }

    /// <summary>The incident counted over, or null.</summary>
    public Guid? IncidentId { get; private set; }

    /// <summary>The place counted over, or null.</summary>
    public Guid? PlaceId { get; private set; }

    /// <summary>Incident, place or overall, from which of the two is set.</summary>
    public ClaimScope Scope => IncidentId is not null ? ClaimScope.Incident
        : PlaceId is not null ? ClaimScope.Place
        : ClaimScope.Overall;

    /// <summary>The date the figure refers to, or null when unknown.</summary>
    public PartialDate? AsOf { get; private set; }

    /// <summary>Asserted, denied or rumour.</summary>
    public ClaimStatus Status { get; private set; }

    /// <summary>Who made the claim, or null when the source states it itself.</summary>
    public string? ClaimedBy { get; private set; }

    /// <summary>The sentence the claim was read from.</summary>
    public string Quote { get; private set; }

    /// <summary>The account that recorded the claim.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When the claim was recorded.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>Accepted, waiting for review, or rejected; only accepted claims are counted.</summary>
    public ClaimReview Review { get; private set; }

    /// <summary>The analyst who last accepted or rejected the claim, or null when nobody has.</summary>
    public string? ReviewedBy { get; private set; }

    /// <summary>When the claim was last accepted or rejected, or null.</summary>
    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>
    /// Accepts or rejects the claim. A judgement can be changed later (a rejected claim accepted
    /// after all); the audit history keeps each one.
    /// </summary>
    /// <exception cref="DomainRuleException">The decision is not accept or reject, or no reviewer is named.</exception>
    public void Judge(ClaimReview decision, string reviewer, DateTimeOffset at)
    {
        if (decision is not (ClaimReview.Accepted or ClaimReview.Rejected))
        {
            throw new DomainRuleException("claim.review", "A claim can be accepted or rejected; it cannot be sent back to waiting.");
        }

        if (string.IsNullOrWhiteSpace(reviewer))
        {
            throw new DomainRuleException("claim.reviewer-required", "Accepting or rejecting a claim must say who did it.");
        }

        Review = decision;
        ReviewedBy = reviewer.Trim();
        ReviewedAt = at.ToUniversalTime();
    }

    /// <summary>The current content as one value, for editing.</summary>
    public CountClaimDetails Details =>
        new(SourceId, Count, CountMax, Qualifier, Category, Side, IncidentId, PlaceId, AsOf, Status, ClaimedBy, Quote);

    /// <summary>Replaces the content after validating it.</summary>
    /// <exception cref="DomainRuleException">The figure, range, scope or quote is invalid.</exception>
    public void Revise(CountClaimDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Validate(details);
        var side = Party.Reference("claim.side", details.Side);
        if (details.AsOf is { } asOf && DateOnly.FromDateTime(RecordedAt.UtcDateTime.AddHours(14)) < asOf.Earliest)
        {
            throw new DomainRuleException("claim.in-future", $"A count claim as of {asOf} is in the future: it was recorded on {RecordedAt.UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.");
        }

        SourceId = details.SourceId;
        Count = details.Count;
        CountMax = details.CountMax;
        Qualifier = details.Qualifier;
        Category = details.Category;
        Side = side;
        IncidentId = details.IncidentId == Guid.Empty ? null : details.IncidentId;
        PlaceId = details.PlaceId == Guid.Empty ? null : details.PlaceId;
        AsOf = details.AsOf;
        Status = details.Status;
        ClaimedBy = TextValue.OrNull(details.ClaimedBy);
        // The quote comes from an article's text, as the ingestion engine read it: kept like other
        // free text (composed, without control characters), not as the page's bytes had it.
        Quote = TextValue.OrNull(details.Quote)!;
    }

    private static void Validate(CountClaimDetails d)
    {
        if (d.SourceId == Guid.Empty)
        {
            throw new DomainRuleException("claim.source-required", "A count claim must name its source.");
        }

        if (TextValue.OrNull(d.Quote) is null)
        {
            throw new DomainRuleException("claim.quote-required", "A count claim needs the sentence it was read from.");
        }

        if (!Enum.IsDefined(d.Qualifier) || !Enum.IsDefined(d.Category) || !Enum.IsDefined(d.Status))
        {
            throw new DomainRuleException("claim.enum", "The claim's qualifier, category or status is not a known value.");
        }

        if (d.Count is < 0 || d.CountMax is < 0)
        {
            throw new DomainRuleException("claim.negative", "A count cannot be negative.");
        }

        if (d.Qualifier != CountQualifier.Vague && d.Count is null)
        {
            throw new DomainRuleException("claim.count-required", $"A claim qualified as {d.Qualifier} needs a number; use Vague when none is stated.");
        }

        if (d.Qualifier == CountQualifier.Range)
        {
            if (d.CountMax is null || d.CountMax <= d.Count)
            {
                throw new DomainRuleException(
                    "claim.range",
                    $"A range needs an upper bound above its lower bound ({d.Count}); got {d.CountMax?.ToString(CultureInfo.InvariantCulture) ?? "none"}.");
            }
        }
        else if (d.CountMax is not null)
        {
            throw new DomainRuleException("claim.range", $"Only a range has an upper bound; this claim is {d.Qualifier}.");
        }

        if (d.IncidentId is { } incident && incident != Guid.Empty && d.PlaceId is { } place && place != Guid.Empty)
        {
            throw new DomainRuleException("claim.scope", "A count claim counts over an incident or a place, not both.");
        }
    }
}
