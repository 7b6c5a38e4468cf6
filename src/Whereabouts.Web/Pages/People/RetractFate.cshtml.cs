using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// Retracts a fate assertion that turned out to be wrong, with the reason and the evidence. The
/// assertion stays in the dossier, struck through; the current fate is derived again without it.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class RetractFateModel(PersonCorrections corrections, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<RetractFateModel> localizer)
    : PersonEditPageModel(dossiers, choices)
{
    /// <summary>The assertion to retract, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public Guid AssertionId { get; set; }

    [BindProperty]
    public RetractionForm Retraction { get; set; } = new();

    /// <summary>The assertion as the dossier shows it.</summary>
    public DossierFate Assertion { get; private set; } = null!;

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(
        id,
        () => corrections.RetractFateAsync(id, AssertionId, Retraction.ToInput(), Version, cancellationToken),
        field => FormErrors.Under(nameof(Retraction), field),
        localizer["The assertion is retracted."],
        cancellationToken);

    protected override bool Describe(PersonDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Timeline.FirstOrDefault(f => f.Id == AssertionId) is not { } assertion)
        {
            return false;
        }

        Assertion = assertion;
        return true;
    }
}
