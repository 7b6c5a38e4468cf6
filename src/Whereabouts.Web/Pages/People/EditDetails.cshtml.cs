using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>Corrects a person's descriptive details (not the names or the fate, which have histories).</summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class EditDetailsModel(PersonCommands commands, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<EditDetailsModel> localizer)
    : PersonEditPageModel(dossiers, choices)
{
    [BindProperty]
    public DetailsForm Details { get; set; } = new();

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(
        id,
        () => commands.UpdateDetailsAsync(id, Details.ToInput(), Version, cancellationToken),
        field => FormErrors.Under(nameof(Details), field),
        localizer["The details are saved."],
        cancellationToken);

    protected override void Fill(PersonDossier dossier) => Details = DetailsForm.From(dossier.Details);
}
