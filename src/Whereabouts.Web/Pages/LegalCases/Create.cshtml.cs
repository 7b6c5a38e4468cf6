using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Persons;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.LegalCases;

/// <summary>Opens a legal case; on success, redirects to it (post/redirect/get). Opened from a dossier, it names that person.</summary>
[Authorize(Policy = Policies.EditLegalCases)]
internal sealed class CreateModel(LegalCaseEditor editor, PersonFormChoicesQuery choices, PersonLineResolver resolver, IStringLocalizer<CreateModel> localizer) : PageModel
{
    [BindProperty]
    public LegalCaseForm Form { get; set; } = new();

    public IReadOnlyList<SourceChoice> Sources { get; private set; } = [];

    public async Task OnGetAsync(Guid? person, CancellationToken cancellationToken)
    {
        if (person is { } id)
        {
            var line = (await resolver.ResolveAsync(id.ToString(), cancellationToken))[0];
            Form.PersonIds = line.Person is { } found ? PersonLineResolver.Describe(found) : line.Text;
        }

        Sources = (await choices.RunAsync(cancellationToken)).Sources;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var (people, shown) = await PeopleBox.ResolveAsync(resolver, ModelState, FormErrors.Under(nameof(Form), nameof(LegalCaseForm.PersonIds)), Form.PersonIds, cancellationToken);
        Form.PersonIds = shown;
        if (ModelState.IsValid)
        {
            try
            {
                var saved = await editor.CreateAsync(Form.ToInput(people), cancellationToken);
                TempData["Saved"] = localizer["The legal case was opened."].Value;
                return RedirectToPage("/LegalCases/Details", new { id = saved.Id });
            }
            catch (ValidationFailedException e)
            {
                FormErrors.Add(ModelState, e, nameof(Form));
            }
        }

        Sources = (await choices.RunAsync(cancellationToken)).Sources;
        return Page();
    }
}
