using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// Withdraws a spelling that was entered wrongly, with the reason and, if there is one, the
/// evidence. The spelling stays in the dossier, struck through, and is no longer searched.
/// </summary>
[Authorize(Policy = Policies.EditPeople)]
internal sealed class WithdrawNameModel(PersonCorrections corrections, PersonDossierQuery dossiers, PersonFormChoicesQuery choices, IStringLocalizer<WithdrawNameModel> localizer)
    : PersonEditPageModel(dossiers, choices)
{
    /// <summary>The spelling's position among all the person's spellings, from the route.</summary>
    [BindProperty(SupportsGet = true)]
    public int Position { get; set; }

    [BindProperty]
    public RetractionForm Withdrawal { get; set; } = new();

    /// <summary>The spelling as the dossier shows it.</summary>
    public DossierName Name { get; private set; } = null!;

    /// <summary>True when the spelling is already withdrawn.</summary>
    public bool IsWithdrawn { get; private set; }

    public Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken) => SaveAsync(
        id,
        () => corrections.WithdrawNameAsync(id, Position, Withdrawal.ToInput(), Version, cancellationToken),
        field => FormErrors.Under(nameof(Withdrawal), field),
        localizer["The spelling is withdrawn."],
        cancellationToken);

    protected override bool Describe(PersonDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var withdrawn = dossier.WithdrawnNames.FirstOrDefault(w => w.Name.Position == Position)?.Name;
        if ((withdrawn ?? dossier.Names.FirstOrDefault(n => n.Position == Position)) is not { } name)
        {
            return false;
        }

        Name = name;
        IsWithdrawn = withdrawn is not null;
        return true;
    }
}
