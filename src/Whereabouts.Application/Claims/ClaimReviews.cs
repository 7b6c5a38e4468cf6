using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Claims;

/// <summary>
/// The review list of count claims read from articles: an analyst accepts a claim as read,
/// corrects and accepts it, or rejects it; and adds by hand a claim the extractor missed. Rejected
/// claims are kept; every judgement is attributed and kept in the audit history.
/// </summary>
public sealed class ClaimReviews(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    // The storage model's column sizes.
    private const int ClaimedByLength = 300;
    private const int QuoteLength = 4000;

    /// <summary>The claims waiting for review, oldest source first; optionally those of one source.</summary>
    public async Task<PagedList<ClaimView>> PendingAsync(Guid? sourceId, int? page, int? pageSize, CancellationToken cancellationToken = default)
    {
        var (number, size) = Paging.Normalise(page, pageSize);
        await using var context = database.CreateContext();
        var pending = context.CountClaims.Where(c => c.Review == ClaimReview.Pending && (sourceId == null || c.SourceId == sourceId));
        // Oldest first by when they were recorded (a source's claims are recorded together). SQLite
        // cannot order by a time with an offset, so the waiting claims' keys are ordered here; the
        // list of waiting claims is short by design.
        var keys = await pending.Select(c => new { c.Id, c.RecordedAt }).ToListAsync(cancellationToken).ConfigureAwait(false);
        var total = keys.Count;
        var ids = keys.OrderBy(c => c.RecordedAt).ThenBy(c => c.Id).Skip((number - 1) * size).Take(size).Select(c => c.Id).ToList();
        var items = await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => ids.Contains(c.Id)), cancellationToken).ConfigureAwait(false);
        return new PagedList<ClaimView>(items, number, size, total);
    }

    /// <summary>How many claims wait for review.</summary>
    public async Task<int> PendingCountAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        return await context.CountClaims.CountAsync(c => c.Review == ClaimReview.Pending, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One claim, or null when there is none with <paramref name="id"/>.</summary>
    public async Task<ClaimView?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var found = await ClaimViews.ReadAsync(context, context.CountClaims.Where(c => c.Id == id), cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    /// <summary>Accepts or rejects a claim as it stands, provided nobody changed it since <paramref name="expectedVersion"/>.</summary>
    /// <returns>The judged claim, or null when there is none with <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">The decision is not Accepted or Rejected.</exception>
    /// <exception cref="ConcurrencyConflictException">The claim has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<ClaimView?> JudgeAsync(Guid id, int expectedVersion, ClaimReview decision, CancellationToken cancellationToken = default)
    {
        if (decision is not (ClaimReview.Accepted or ClaimReview.Rejected))
        {
            throw new ValidationFailedException("decision", "Accept or reject the claim.");
        }

        await using var context = database.CreateContext(actor.Name);
        var claim = await context.CountClaims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return null;
        }

        VersionCheck.Require("Claim", id, claim.Version, expectedVersion);
        claim.Judge(decision, actor.Name, clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Corrects a claim and, when <paramref name="accept"/> is set, accepts it in the same save.</summary>
    /// <returns>The corrected claim, or null when there is none with <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The claim has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<ClaimView?> ReviseAsync(Guid id, int expectedVersion, ClaimInput input, bool accept, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var claim = await context.CountClaims.FirstOrDefaultAsync(c => c.Id == id, cancellationToken).ConfigureAwait(false);
        if (claim is null)
        {
            return null;
        }

        VersionCheck.Require("Claim", id, claim.Version, expectedVersion);
        var details = await ValidateAsync(context, claim.SourceId, claim.Category, input, cancellationToken).ConfigureAwait(false);
        try
        {
            claim.Revise(details);
        }
        catch (DomainRuleException e)
        {
            throw new ValidationFailedException(FieldOf(e.Rule), e.Sentence);
        }

        if (accept)
        {
            claim.Judge(ClaimReview.Accepted, actor.Name, clock.GetUtcNow());
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(id, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records a claim an analyst read in <paramref name="sourceId"/> and typed in, with the same
    /// fields as a claim the extractor proposes. It is accepted as recorded: the analyst has checked
    /// it against the sentence, which is required.
    /// </summary>
    /// <returns>The claim as saved, or null when there is no source with <paramref name="sourceId"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong or missing; nothing was saved.</exception>
    public async Task<ClaimView?> AddAsync(Guid sourceId, ClaimInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        if (!await context.Sources.AnyAsync(s => s.Id == sourceId, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var details = await ValidateAsync(context, sourceId, null, input, cancellationToken).ConfigureAwait(false);
        CountClaim claim;
        try
        {
            claim = new CountClaim(Guid.Empty, details, actor.Name, clock.GetUtcNow());
        }
        catch (DomainRuleException e)
        {
            throw new ValidationFailedException(FieldOf(e.Rule), e.Sentence);
        }

        context.CountClaims.Add(claim);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return await FindAsync(claim.Id, cancellationToken).ConfigureAwait(false);
    }

    // A new claim has no category to fall back on: it must be given.
    private async Task<CountClaimDetails> ValidateAsync(WhereaboutsDbContext context, Guid sourceId, CountCategory? current, ClaimInput input, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var qualifier = errors.Choice("qualifier", input.Qualifier, CountQualifier.Exact);
        var category = errors.Choice("category", input.Category, current ?? CountCategory.Missing);
        if (current is null && string.IsNullOrWhiteSpace(input.Category))
        {
            errors.Add("category", "Choose what the figure counts: Missing, Captured, Held, Released, Killed, Wounded or Arrested.");
        }

        var status = errors.Choice("status", input.Status, ClaimStatus.Asserted);
        var side = PartyReference.Resolve(errors, "side", input.Side, await PartyReference.ListAsync(context, cancellationToken).ConfigureAwait(false));
        if (input.Count is < 0)
        {
            errors.Add("count", "A count cannot be negative.");
        }

        if (qualifier != CountQualifier.Vague && input.Count is null)
        {
            errors.Add("count", "Enter the number as stated, or choose Vague when none is stated.");
        }

        if (qualifier == CountQualifier.Range && (input.CountMax is null || input.CountMax <= input.Count))
        {
            errors.Add("countMax", "A range needs an upper bound above the count.");
        }
        else if (qualifier != CountQualifier.Range && input.CountMax is not null)
        {
            errors.Add("countMax", "Only a range has an upper bound; clear it or choose Range.");
        }

        var incidentId = input.IncidentId is { } i && i != Guid.Empty ? i : (Guid?)null;
        var placeId = input.PlaceId is { } p && p != Guid.Empty ? p : (Guid?)null;
        if (incidentId is not null && placeId is not null)
        {
            errors.Add("placeId", "A claim counts over an incident or a place, not both: clear one.");
        }

        if (incidentId is { } incident && !await context.Incidents.AnyAsync(x => x.Id == incident, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("incidentId", "No incident has this id.");
        }

        if (placeId is { } place && !await context.Places.AnyAsync(x => x.Id == place, cancellationToken).ConfigureAwait(false))
        {
            errors.Add("placeId", "No place has this id.");
        }

        var asOf = errors.Date("asOf", input.AsOf, FieldErrors.LatestToday(clock));
        var claimedBy = errors.Text("claimedBy", input.ClaimedBy, ClaimedByLength);
        var quote = errors.Text("quote", input.Quote, QuoteLength, "Keep the sentence the claim was read from.");
        errors.ThrowIfAny();
        return new CountClaimDetails(
            sourceId,
            qualifier == CountQualifier.Vague ? null : input.Count,
            qualifier == CountQualifier.Range ? input.CountMax : null,
            qualifier,
            category,
            side,
            incidentId,
            placeId,
            asOf,
            status,
            claimedBy,
            quote!);
    }

    private static string FieldOf(string rule) => rule switch
    {
        "claim.range" => "countMax",
        "claim.scope" => "placeId",
        "claim.in-future" => "asOf",
        "claim.quote-required" => "quote",
        _ => "count",
    };
}
