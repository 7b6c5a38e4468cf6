using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>
/// One tracing request: the story, the consent, the steps, the answers; the contact only behind a
/// "Show contact" button whose use is recorded before the contact is shown, once, in that answer.
/// </summary>
[Authorize(Policy = Policies.TracingRequests)]
internal sealed class DetailsModel(
    TracingRequestReader reader,
    TracingRequestEditor editor,
    TracingContacts contacts,
    IAuthorizationService authorization,
    IStringLocalizer<DetailsModel> localizer) : PageModel
{
    public TracingRequestView View { get; private set; } = null!;

    public ContactReveal? Revealed { get; private set; }

    public bool CanEdit { get; private set; }

    public bool CanSeeContact { get; private set; }

    /// <summary>Only for the validation message's place on the page.</summary>
    public string? Reason { get; set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostRevealAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.FamilyContacts)).Succeeded)
        {
            return Forbid();
        }

        Revealed = await contacts.RevealAsync(id, cancellationToken);
        if (Revealed is null)
        {
            return NotFound();
        }

        // Shown once, in this answer only: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return await ShowAsync(id, cancellationToken);
    }

    public async Task<IActionResult> OnPostEraseAsync(Guid id, string? reason, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.FamilyContacts)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            if (!await contacts.EraseAsync(id, reason, cancellationToken))
            {
                return NotFound();
            }

            TempData[TracingNotice.Key] = localizer["The contact is erased; the erasure and its reason are recorded."].Value;
            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field == "reason" ? nameof(Reason) : string.Empty);
            return await ShowAsync(id, cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, string? status, string? reason, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, Policies.EditTracingRequests)).Succeeded)
        {
            return Forbid();
        }

        try
        {
            if (await editor.MoveAsync(id, status, reason, cancellationToken) is null)
            {
                return NotFound();
            }

            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, field => field == "reason" ? nameof(Reason) : string.Empty);
            return await ShowAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        View = found;
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.EditTracingRequests)).Succeeded;
        CanSeeContact = (await authorization.AuthorizeAsync(User, Policies.FamilyContacts)).Succeeded;
        return Page();
    }
}
