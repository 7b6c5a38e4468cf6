using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Tracing;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The office's form for a tracing request taken in person, by telephone or by letter.</summary>
[Authorize(Policy = Policies.EditTracingRequests)]
internal sealed class CreateModel(TracingRequestEditor editor, IConfiguration configuration, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public TracingRequestForm Form { get; set; } = new();

    public IReadOnlyList<string> Organisations => TracingOrganisations.From(configuration);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var saved = await editor.RegisterAsync(Form.ToInput(), cancellationToken);
            TempData[TracingNotice.Key] = localizer["Request {0} is registered.", saved.Reference].Value;
            return RedirectToPage("/Tracing/Details", new { id = saved.Id });
        }
        catch (ValidationFailedException e)
        {
            FormErrors.Add(ModelState, e, TracingRequestForm.KeyOf);
            return Page();
        }
    }
}
