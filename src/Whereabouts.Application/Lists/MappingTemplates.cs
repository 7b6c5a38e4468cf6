using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>
/// Named list mappings saved in the web app (the CLI's <c>--map mapping.json</c>, kept in the
/// registry): a list of the same shape as an earlier one is read the same way with one choice.
/// </summary>
public sealed class MappingTemplates(WhereaboutsDatabase database, ICurrentActor actor, TimeProvider clock)
{
    /// <summary>Every template, by name.</summary>
    public async Task<IReadOnlyList<MappingTemplate>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var templates = await context.ListMappingTemplates.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. templates.OrderBy(t => t.Name, StringComparer.CurrentCultureIgnoreCase).Select(View)];
    }

    /// <summary>The template <paramref name="id"/>, or null.</summary>
    public async Task<MappingTemplate?> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var context = database.CreateContext();
        var template = await context.ListMappingTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.Id == id, cancellationToken).ConfigureAwait(false);
        return template is null ? null : View(template);
    }

    /// <summary>Saves <paramref name="mapping"/> as the template <paramref name="name"/>.</summary>
    /// <exception cref="ValidationFailedException">The name is blank, too long or taken (field "templateName"); nothing was saved.</exception>
    public async Task<MappingTemplate> SaveAsync(string? name, ListMapping mapping, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        var errors = new FieldErrors();
        var named = errors.Text("templateName", name, ListMappingTemplate.NameLength, "Give the template a name, e.g. \"Ministry of Defence monthly list\".");
        errors.ThrowIfAny();
        await using var context = database.CreateContext(actor.Name);
        var names = await context.ListMappingTemplates.AsNoTracking().Select(t => t.Name).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (names.Exists(n => string.Equals(n, named, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ValidationFailedException("templateName", $"There is already a template named \"{named}\"; choose another name.");
        }

        var template = new ListMappingTemplate(Guid.NewGuid(), named!, mapping.ToJson(), actor.Name, clock.GetUtcNow());
        context.ListMappingTemplates.Add(template);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return View(template);
    }

    private static MappingTemplate View(ListMappingTemplate template) =>
        new(template.Id, template.Name, ListMapping.Parse(template.MappingJson, template.Name), template.CreatedBy, template.CreatedAt);
}
