using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Parties;

/// <summary>
/// Adds, renames and removes the registry's parties (Administrators); every change is attributed to
/// the current actor and audited by the save. The pages' names of the parties in this process
/// (<see cref="PartyNamesCache"/>) are forgotten after each change, so the next page names them anew.
/// </summary>
public sealed class PartyEditor(WhereaboutsDatabase database, ICurrentActor actor, PartyNamesCache? pageNames = null)
{
    /// <summary>Adds a party.</summary>
    /// <exception cref="ValidationFailedException">The slug is malformed or taken, or a name is missing or too long; nothing was saved.</exception>
    public async Task<PartyView> AddAsync(PartyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        string? slug = null;
        if (string.IsNullOrWhiteSpace(input.Slug))
        {
            errors.Add("slug", "Give the party a slug: lowercase Latin letters, digits and hyphens (northland).");
        }
        else if (!Party.IsSlug(input.Slug))
        {
            errors.Add("slug", $"'{input.Slug.Trim()}' is not a slug: use 1 to {Party.SlugLength} lowercase Latin letters, digits and hyphens, not beginning or ending with a hyphen.");
        }
        else
        {
            slug = Party.NormalizeSlug(input.Slug);
            if (await context.Parties.AnyAsync(p => p.Slug == slug, cancellationToken).ConfigureAwait(false))
            {
                errors.Add("slug", $"There is already a party '{slug}'; a slug names one party.");
            }
        }

        var names = Names(input, errors);
        errors.ThrowIfAny();

        var party = new Party(slug!, names!);
        context.Parties.Add(party);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        pageNames?.Forget();
        return PartyView.From(party);
    }

    /// <summary>
    /// Replaces the names of the party <paramref name="slug"/>, provided nobody saved it since
    /// <paramref name="expectedVersion"/>. The slug never changes; a slug in the input is ignored.
    /// </summary>
    /// <returns>The saved party, or null when there is no party <paramref name="slug"/>.</returns>
    /// <exception cref="ValidationFailedException">A name is missing or too long; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The party has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<PartyView?> RenameAsync(string slug, int expectedVersion, PartyInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!Party.IsSlug(slug))
        {
            return null;
        }

        var key = Party.NormalizeSlug(slug);
        await using var context = database.CreateContext(actor.Name);
        var party = await context.Parties.FirstOrDefaultAsync(p => p.Slug == key, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return null;
        }

        RequireVersion(party, expectedVersion);
        var errors = new FieldErrors();
        var names = Names(input, errors);
        errors.ThrowIfAny();

        party.Rename(names!);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        pageNames?.Forget();
        return PartyView.From(party);
    }

    /// <summary>
    /// Removes the party <paramref name="slug"/> when no record refers to it (a party added by
    /// mistake). A party that people, count claims, exchanges or legal cases name stays: removing it would leave
    /// them naming nothing, and their history would lose whose side they were on.
    /// </summary>
    /// <returns>False when there is no party <paramref name="slug"/>.</returns>
    /// <exception cref="ValidationFailedException">Records refer to the party (field "slug"); nothing was removed.</exception>
    /// <exception cref="ConcurrencyConflictException">The party has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<bool> RemoveAsync(string slug, int expectedVersion, CancellationToken cancellationToken = default)
    {
        if (!Party.IsSlug(slug))
        {
            return false;
        }

        var key = Party.NormalizeSlug(slug);
        await using var context = database.CreateContext(actor.Name);
        var party = await context.Parties.FirstOrDefaultAsync(p => p.Slug == key, cancellationToken).ConfigureAwait(false);
        if (party is null)
        {
            return false;
        }

        RequireVersion(party, expectedVersion);
        if ((await PartyReader.InUseAsync(context, cancellationToken).ConfigureAwait(false)).Contains(key))
        {
            throw new ValidationFailedException(
                "slug",
                $"The party '{key}' cannot be removed: people, count claims, exchanges or legal cases refer to it, and they would lose whose side they were on. Rename it instead.");
        }

        context.Parties.Remove(party);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        pageNames?.Forget();
        return true;
    }

    private static void RequireVersion(Party party, int expected)
    {
        if (party.Version != expected)
        {
            throw new ConcurrencyConflictException(
                $"Party {party.Slug} was changed by someone else after you loaded it (you edited version {expected}; it is now at version {party.Version}). Nothing was saved. Reload it and apply your change again.");
        }
    }

    private static PartyNames? Names(PartyInput input, FieldErrors errors)
    {
        var english = errors.Text("nameEn", input.NameEn, Party.NameLength, "Give the party's name in English; it is shown wherever no other name is recorded.");
        var armenian = errors.Text("nameHy", input.NameHy, Party.NameLength);
        var russian = errors.Text("nameRu", input.NameRu, Party.NameLength);
        var azerbaijani = errors.Text("nameAz", input.NameAz, Party.NameLength);
        return english is null ? null : new PartyNames(english, armenian, russian, azerbaijani);
    }
}
