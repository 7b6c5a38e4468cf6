using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>Records what a source says happened to a person, with the evidence.</summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class AddFateModel(PersonCommands commands, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<AddFateModel> localizer)
    : PersonEditPageModel(dossiers, choices)
{
    [BindProperty]
    public FateForm Fate { get; set; } = new();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(
        id,
        () => commands.AssertFateAsync(id, Fate.ToInput(), Version, cancellationToken),
        field => FormErrors.Under(nameof(Fate), field),
        localizer["The fate is recorded."],
        cancellationToken);
}
