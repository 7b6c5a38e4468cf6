using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>Adds a spelling of a person's name, from a list or a source that writes it differently.</summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class AddNameModel(PersonCommands commands, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<AddNameModel> localizer)
    : PersonEditPageModel(dossiers, choices)
{
    [BindProperty]
    public NameForm Name { get; set; } = new();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(
        id,
        () => commands.AddNameAsync(id, Name.ToInput(), Version, cancellationToken),
        field => FormErrors.Under(nameof(Name), field),
        localizer["The spelling is added."],
        cancellationToken);
}
