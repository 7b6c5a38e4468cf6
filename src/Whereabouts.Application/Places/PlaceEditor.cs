using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Application.Sources;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Application.Places;

/// <summary>Adds places to the gazetteer and corrects them; every change is attributed to the current actor.</summary>
public sealed class PlaceEditor(WhereaboutsDatabase database, ICurrentActor actor)
{
    private const int NameLength = 200;

    /// <summary>Adds a place.</summary>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    public async Task<PlaceView> CreateAsync(PlaceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var errors = new FieldErrors();
        var (kind, names, coordinates) = Validate(input, errors, namesRequired: true);
        var parent = await ParentAsync(context, input.ParentId, null, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        var place = new Place(Guid.NewGuid(), kind, names!, coordinates, parent?.Id);
        context.Places.Add(place);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlaceView.From(place, parent);
    }

    /// <summary>
    /// Changes a place's kind, position and parent and adds the names it does not have yet, provided
    /// nobody saved it since <paramref name="expectedVersion"/>. Names are never removed (a name
    /// once used by a source stays searchable), so the names given must include every current one;
    /// null names leave them as they are.
    /// </summary>
    /// <returns>The saved place, or null when no place has <paramref name="id"/>.</returns>
    /// <exception cref="ValidationFailedException">A field is wrong; nothing was saved.</exception>
    /// <exception cref="ConcurrencyConflictException">The place has moved on from <paramref name="expectedVersion"/>.</exception>
    public async Task<PlaceView?> ReviseAsync(Guid id, int expectedVersion, PlaceInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await using var context = database.CreateContext(actor.Name);
        var place = await context.Places.FirstOrDefaultAsync(p => p.Id == id, cancellationToken).ConfigureAwait(false);
        if (place is null)
        {
            return null;
        }

        VersionCheck.Require("Place", id, place.Version, expectedVersion);
        var errors = new FieldErrors();
        var (kind, names, coordinates) = Validate(input, errors, namesRequired: false);
        if (names is not null)
        {
            var dropped = place.Names.Where(n => !names.Contains(n)).Select(n => n.Text).ToList();
            if (dropped.Count > 0)
            {
                errors.Add("names", $"A place's names are never removed; keep {string.Join(", ", dropped)} in the list.");
            }
        }

        var parent = await ParentAsync(context, input.ParentId, id, errors, cancellationToken).ConfigureAwait(false);
        errors.ThrowIfAny();

        foreach (var name in names ?? [])
        {
            place.AddName(name);
        }

        place.Relocate(kind, coordinates, parent?.Id);

        // Names and the position are owned by the place but tracked as entries of their own, so a
        // change to them alone leaves the place's row unchanged and its version where it was. Mark
        // the version changed, so the save bumps it and a concurrent edit of the names is refused.
        context.ChangeTracker.DetectChanges();
        if (context.ChangeTracker.HasChanges())
        {
            context.Entry(place).Property(p => p.Version).IsModified = true;
        }

        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return PlaceView.From(place, parent);
    }

    private static (PlaceKind Kind, List<PlaceName>? Names, Coordinates? Coordinates) Validate(PlaceInput input, FieldErrors errors, bool namesRequired)
    {
        var kind = errors.Choice("kind", input.Kind, PlaceKind.Other);
        List<PlaceName>? names = null;
        if (input.Names is { Count: > 0 } given)
        {
            names = [];
            foreach (var (name, index) in given.Select((n, i) => (n, i + 1)))
            {
                if (Name(name, index, errors) is { } valid)
                {
                    names.Add(valid);
                }
            }
        }
        else if (namesRequired)
        {
            errors.Add("names", "Enter at least one name.");
        }

        return (kind, names, Coordinates(input.Latitude, input.Longitude, errors));
    }

    private static PlaceName? Name(PlaceNameInput? input, int index, FieldErrors errors)
    {
        var text = input?.Text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            errors.Add("names", $"Name {index} is empty.");
            return null;
        }

        if (text.Length > NameLength)
        {
            errors.Add("names", $"Name {index} is longer than {NameLength} characters.");
            return null;
        }

        var language = string.IsNullOrWhiteSpace(input!.Language) ? null : input.Language.Trim();
        if (language is not null && (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetter)))
        {
            errors.Add("names", $"'{language}' (the language of {text}) is not a language code such as hy, az, ru or en.");
            return null;
        }

        try
        {
            return new PlaceName(text, language);
        }
        catch (DomainRuleException e)
        {
            errors.Add("names", e.Sentence);
            return null;
        }
    }

    private static Coordinates? Coordinates(double? latitude, double? longitude, FieldErrors errors)
    {
        if (latitude is null && longitude is null)
        {
            return null;
        }

        if (latitude is null)
        {
            errors.Add("latitude", "Give the latitude too, or neither.");
            return null;
        }

        if (longitude is null)
        {
            errors.Add("longitude", "Give the longitude too, or neither.");
            return null;
        }

        var valid = true;
        if (!double.IsFinite(latitude.Value) || latitude.Value is < -90 or > 90)
        {
            errors.Add("latitude", "Latitude is in degrees from -90 (south) to 90 (north).");
            valid = false;
        }

        if (!double.IsFinite(longitude.Value) || longitude.Value is < -180 or > 180)
        {
            errors.Add("longitude", "Longitude is in degrees from -180 (west) to 180 (east).");
            valid = false;
        }

        return valid ? new Coordinates(latitude.Value, longitude.Value) : null;
    }

    // The parent must exist, and must not lie within the place itself: a cycle would make "what
    // lies in what" loop for ever.
    private static async Task<Place?> ParentAsync(WhereaboutsDbContext context, Guid? parentId, Guid? placeId, FieldErrors errors, CancellationToken cancellationToken)
    {
        if (parentId is not { } wanted || wanted == Guid.Empty)
        {
            return null;
        }

        var all = await context.Places.AsNoTracking().ToDictionaryAsync(p => p.Id, cancellationToken).ConfigureAwait(false);
        if (!all.TryGetValue(wanted, out var parent))
        {
            errors.Add("parentId", $"No place has the id {wanted}.");
            return null;
        }

        var seen = new HashSet<Guid>();
        for (Guid? up = wanted; up is { } current && seen.Add(current); up = all.GetValueOrDefault(current)?.ParentId)
        {
            if (current == placeId)
            {
                errors.Add("parentId", "A place cannot lie within itself or within a place that lies in it.");
                return null;
            }
        }

        return parent;
    }
}
