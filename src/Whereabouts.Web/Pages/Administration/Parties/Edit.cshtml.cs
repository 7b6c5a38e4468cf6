using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Parties;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Administration.Parties;

/// <summary>
/// Renames a party in each language (Administrators), or removes one that no record refers to. The
/// slug never changes. A save from a stale page is refused with the reason, never merged silently.
/// </summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class EditModel(PartyReader reader, PartyEditor editor, IStringLocalizer<EditModel> localizer) : PageModel
{
    public PartyView Party { get; private set; } = null!;

    public bool InUse { get; private set; }

    [BindProperty]
    public PartyForm Form { get; set; } = new();

    /// <summary>The version of the party the form was filled from.</summary>
    [BindProperty]
    public int Version { get; set; }

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        Form = PartyForm.From(Party);
        Version = Party.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            if (await editor.RenameAsync(Party.Slug, Version, Form.ToInput(), cancellationToken) is null)
            {
                return NotFound();
            }

            TempData["Saved"] = localizer["The party {0} was renamed.", Party.Slug].Value;
            return RedirectToPage("/Administration/Parties/Index");
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, nameof(Form));
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Display.Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
        }

        Form.Slug = Party.Slug;
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string slug, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(slug, cancellationToken))
        {
            return NotFound();
        }

        try
        {
            await editor.RemoveAsync(Party.Slug, Version, cancellationToken);
            TempData["Saved"] = localizer["The party {0} was removed.", Party.Slug].Value;
            return RedirectToPage("/Administration/Parties/Index");
        }
        catch (ValidationFailedException)
        {
            ModelState.AddModelError(string.Empty, localizer["This party cannot be removed: people, count claims, exchanges or legal cases refer to it, and they would lose whose side they were on. Rename it instead."]);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Display.Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
        }

        Form = PartyForm.From(Party);
        return Page();
    }

    private async Task<bool> LoadAsync(string slug, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(slug, cancellationToken) is not { } party)
        {
            return false;
        }

        Party = party;
        InUse = (await reader.InUseAsync(cancellationToken)).Contains(party.Slug);
        return true;
    }
}
