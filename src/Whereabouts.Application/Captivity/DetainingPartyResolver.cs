using Microsoft.EntityFrameworkCore;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Captivity;

/// <summary>
/// Finds who holds a captive (docs/adr/0026): the party on his latest standing event of captivity
/// that names one; else the detaining party of a legal case he is in; else, when the registry has
/// exactly two parties and he belongs to one, the other; else unknown.
/// </summary>
/// <remarks>Events and cases are read once for many captives and keyed by identity, so records judged the same person answer as one.</remarks>
internal sealed class DetainingPartyResolver
{
    private readonly Dictionary<Guid, string> _byEvent;
    private readonly Dictionary<Guid, string> _byCase;
    private readonly IReadOnlyList<string> _parties;

    private DetainingPartyResolver(Dictionary<Guid, string> byEvent, Dictionary<Guid, string> byCase, IReadOnlyList<string> parties)
    {
        _byEvent = byEvent;
        _byCase = byCase;
        _parties = parties;
    }

    /// <summary>
    /// Reads what the rules need for <paramref name="events"/> (already read, keyed by identity) and
    /// every legal case that names a detaining party, unless the caller read them
    /// (<paramref name="cases"/>: at least those of the identities asked about; cases without a
    /// detaining party are passed over).
    /// </summary>
    public static async Task<DetainingPartyResolver> ReadAsync(
        WhereaboutsDbContext context, IReadOnlyDictionary<Guid, List<CaptivityEvent>> events, Func<Guid, Guid> identityOf, IReadOnlyList<LegalCase>? cases, CancellationToken cancellationToken)
    {
        var byEvent = new Dictionary<Guid, string>();
        foreach (var (identity, list) in events)
        {
            var latest = list.Where(e => e.Stands && e.DetainingParty is not null)
                .OrderBy(e => e.OccurredOn.StatedStart).ThenBy(e => e.OccurredOn.Latest).ThenBy(e => e.RecordedAt)
                .LastOrDefault();
            if (latest is not null)
            {
                byEvent[identity] = latest.DetainingParty!;
            }
        }

        // Cases are few beside people, and their people are a JSON list: matched here, not in SQL.
        cases ??= await context.LegalCases.AsNoTracking().Where(c => c.DetainingParty != null).ToListAsync(cancellationToken).ConfigureAwait(false);
        var byCase = new Dictionary<Guid, string>();
        foreach (var legalCase in cases.Where(c => c.DetainingParty is not null).OrderBy(c => c.LodgedOn.StatedStart).ThenBy(c => c.Id))
        {
            foreach (var person in legalCase.PersonIds)
            {
                byCase[identityOf(person)] = legalCase.DetainingParty!;
            }
        }

        var parties = await context.Parties.AsNoTracking().Select(p => p.Slug).ToListAsync(cancellationToken).ConfigureAwait(false);
        return new DetainingPartyResolver(byEvent, byCase, parties);
    }

    /// <summary>The detaining party of the identity <paramref name="identity"/> of side <paramref name="side"/>, and the rule that gave it.</summary>
    public (string? Party, DetainingPartyRule Rule) Of(Guid identity, string? side)
    {
        if (_byEvent.TryGetValue(identity, out var party))
        {
            return (party, DetainingPartyRule.CaptivityEvent);
        }

        if (_byCase.TryGetValue(identity, out party))
        {
            return (party, DetainingPartyRule.LegalCase);
        }

        if (_parties.Count == 2 && side is not null && _parties.Contains(side, StringComparer.Ordinal))
        {
            return (_parties.Single(p => !string.Equals(p, side, StringComparison.Ordinal)), DetainingPartyRule.OtherParty);
        }

        return (null, DetainingPartyRule.Unknown);
    }
}
