using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Web.Enquiry;
using Whereabouts.Web.Localization;

namespace Whereabouts.Web.Pages.Enquiry;

/// <summary>
/// The family's own enquiry: a page anyone may open, in any of the app's languages, to ask the
/// office to trace a relative. What it accepts is saved as a tracing request from the public form
/// (status open, waiting for a caseworker) with the contact encrypted, and answered with a
/// reference. It never looks the person up: its answer is the same whether the registry holds them
/// or not, so that it cannot be used to learn who is held (docs/adr/0025).
/// </summary>
[AllowAnonymous]
[EnableRateLimiting(PublicEnquiry.RateLimitPolicy)]
[RequestSizeLimit(MaxBodyBytes)]
[RequestFormLimits(ValueLengthLimit = MaxBodyBytes, ValueCountLimit = 64, KeyLengthLimit = 64)]
internal sealed class IndexModel(
    TracingRequestIntake intake,
    PublicEnquiryOptions options,
    TimeProvider clock,
    IStringLocalizer<IndexModel> localizer) : PageModel
{
    /// <summary>Who every request from the form is attributed to.</summary>
    public const string Actor = "public-form";

    // Every field at its longest, in four-byte letters, fits well within this.
    private const int MaxBodyBytes = 64 * 1024;

    [BindProperty]
    public EnquiryForm Form { get; set; } = new();

    /// <summary>The organisations the family may consent to share with.</summary>
    public IReadOnlyList<string> Organisations => options.Organisations;

    /// <summary>After a request is saved, its reference (the receipt); null while the form is shown.</summary>
    public string? Reference { get; private set; }

    public IActionResult OnGet()
    {
        if (!options.Enabled)
        {
            return NotFound();
        }

        Form.Language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!options.Enabled)
        {
            return NotFound();
        }

        // Model binding's own messages (a value it could not read) are English and name no field
        // the family knows; the checks below say what is wrong in the reader's language.
        ModelState.Clear();
        if (!string.IsNullOrEmpty(Form.Website))
        {
            ModelState.AddModelError(string.Empty, localizer["The request could not be sent. Please try again."]);
            return Page();
        }

        var details = Check();
        if (details is null || !ModelState.IsValid)
        {
            return Page();
        }

        var now = clock.GetUtcNow();
        try
        {
            var saved = await intake.SaveAsync(
                Actor,
                reference => new TracingRequest(Guid.Empty, reference, PartialDate.OfDay(DateOnly.FromDateTime(now.UtcDateTime)), TracingRequestChannel.PublicForm, details, Actor, now),
                Form.Contact,
                cancellationToken);
            Reference = saved.Reference;
            Form = new EnquiryForm();
        }
        catch (DomainRuleException)
        {
            // Every field was checked above; a rule met here is one this form does not know.
            ModelState.AddModelError(string.Empty, localizer["The request could not be sent. Please try again."]);
        }

        return Page();
    }

    private TracingRequestDetails? Check()
    {
        var name = Required(nameof(EnquiryForm.EnquirerName), Form.EnquirerName, TracingRequest.ShortTextLength, localizer["Enter your name."]);
        var relationship = Required(nameof(EnquiryForm.Relationship), Form.Relationship, TracingRequest.ShortTextLength, localizer["Say how you are related to the person you are looking for (mother, brother, wife)."]);
        var contact = Required(nameof(EnquiryForm.Contact), TracingRequestIntake.CleanContact(Form.Contact), TracingRequestIntake.ContactLength, localizer["Say how the office can reach you: a telephone number, an e-mail or a postal address."]);
        var sought = Required(nameof(EnquiryForm.SoughtName), Form.SoughtName, TracingRequest.ShortTextLength, localizer["Enter the name of the person you are looking for."]);
        // Not chosen: the language the page is read in.
        var language = string.IsNullOrWhiteSpace(Form.Language) ? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName
            : Languages.All.FirstOrDefault(l => string.Equals(l.Code, Form.Language.Trim(), StringComparison.OrdinalIgnoreCase))?.Code;
        if (language is null)
        {
            Error(nameof(EnquiryForm.Language), localizer["Choose one of the languages listed."]);
        }

        var birth = Date(nameof(EnquiryForm.SoughtBirth), Form.SoughtBirth);
        var lastSeenOn = Date(nameof(EnquiryForm.LastSeenOn), Form.LastSeenOn);
        var place = Optional(nameof(EnquiryForm.LastSeenPlace), Form.LastSeenPlace, TracingRequest.ShortTextLength);
        var with = Optional(nameof(EnquiryForm.LastSeenWith), Form.LastSeenWith, TracingRequest.ShortTextLength);
        var circumstances = Optional(nameof(EnquiryForm.Circumstances), Form.Circumstances, TracingRequest.LongTextLength);
        var shareWith = Form.ShareWith.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal).ToList();
        if (shareWith.Any(s => !options.Organisations.Contains(s, StringComparer.Ordinal)))
        {
            Error(nameof(EnquiryForm.ShareWith), localizer["Choose among the organisations listed."]);
        }

        if (!ModelState.IsValid || name is null || relationship is null || contact is null || sought is null)
        {
            return null;
        }

        return new TracingRequestDetails(name, relationship, language, shareWith, Form.ContactMayBeShared, sought, birth, place, lastSeenOn, with, circumstances);
    }

    private string? Required(string field, string? value, int length, string missing)
    {
        var text = Clean(value);
        if (text is null)
        {
            Error(field, missing);
            return null;
        }

        return TooLong(field, text, length) ? null : text;
    }

    private string? Optional(string field, string? value, int length)
    {
        var text = Clean(value);
        return text is not null && TooLong(field, text, length) ? null : text;
    }

    private bool TooLong(string field, string text, int length)
    {
        if (text.Length <= length)
        {
            return false;
        }

        Error(field, localizer["At most {0} characters, please.", length]);
        return true;
    }

    // A date as the family knows it: a day, a month or a year, not after today.
    private PartialDate? Date(string field, string? value)
    {
        var text = Clean(value);
        if (text is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (text.Length > 10 || !PartialDate.TryParse(text, out var date, out _) || date.Earliest > today)
        {
            Error(field, localizer["Write a date such as 1999-04-12, a month such as 1999-04, or a year such as 1999."]);
            return null;
        }

        return date;
    }

    private static string? Clean(string? value) => FreeText.Clean(value)?.Trim() is { Length: > 0 } text ? text : null;

    private void Error(string field, string message) => ModelState.AddModelError($"{nameof(Form)}.{field}", message);
}
