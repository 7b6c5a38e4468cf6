using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tracing;
using Whereabouts.Storage;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>Corrects what the family told (a misheard name, a consent withdrawn); the contact has its own buttons.</summary>
[Authorize(Policy = Policies.EditTracingRequests)]
internal sealed class EditModel(TracingRequestReader reader, TracingRequestEditor editor, IConfiguration configuration) : PageModel
{
    [BindProperty]
    public TracingRequestForm Form { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    public string Reference { get; private set; } = string.Empty;

    public IReadOnlyList<string> Organisations => TracingOrganisations.From(configuration);

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Reference = found.Reference;
        Version = found.Version;
        Form = TracingRequestForm.From(found, Organisations);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await reader.FindAsync(id, cancellationToken);
        if (found is null)
        {
            return NotFound();
        }

        Reference = found.Reference;
        try
        {
            await editor.EditAsync(id, Version, Form.ToInput() with { Contact = null }, cancellationToken);
            return RedirectToPage("/Tracing/Details", new { id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, TracingRequestForm.KeyOf);
        }
        catch (ConcurrencyConflictException)
        {
            ModelState.AddModelError(string.Empty, Display.Labels.Text("This record was changed by someone else after you loaded it; nothing was saved. Reload it and make your change again."));
        }

        return Page();
    }
}
