using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Parties;

/// <summary>
/// Reads a party named in input (a form, a JSON body, a query string, a command line): its slug in
/// any case, so that the names of the former enum (<c>Armenian</c>) keep working.
/// </summary>
internal static class PartyReference
{
    /// <summary>
    /// The slug of the party <paramref name="value"/> names; null when it is blank or <c>unknown</c>
    /// (the former enum's "not recorded"). A value that is not a recorded party's slug is an error on
    /// <paramref name="field"/>.
    /// </summary>
    public static string? Resolve(FieldErrors errors, string field, string? value, PartyList parties)
    {
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "unknown", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (Party.IsSlug(value) && parties.Find(Party.NormalizeSlug(value)) is { } party)
        {
            return party.Slug;
        }

        errors.Add(field, $"'{value.Trim()}' is not a party of this registry; use one of: {parties.Slugs}.");
        return null;
    }

    /// <summary>As <see cref="Resolve(FieldErrors, string, string?, PartyList)"/>, and a blank value is an error too.</summary>
    public static string? Required(FieldErrors errors, string field, string? value, PartyList parties, string requiredMessage)
    {
        if (string.IsNullOrWhiteSpace(value) || string.Equals(value.Trim(), "unknown", StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(field, $"{requiredMessage} Use one of: {parties.Slugs}.");
            return null;
        }

        return Resolve(errors, field, value, parties);
    }

    /// <summary>The registry's parties, read through <paramref name="context"/>.</summary>
    public static async Task<PartyList> ListAsync(WhereaboutsDbContext context, CancellationToken cancellationToken)
    {
        var parties = await context.Parties.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return new PartyList(parties.Select(PartyView.From));
    }
}
