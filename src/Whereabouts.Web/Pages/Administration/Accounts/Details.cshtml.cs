using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Administration.Accounts;

/// <summary>
/// One account: reset its password, disable or enable it, grant and remove roles, issue and
/// revoke API keys. Each button is its own form with its own handler; a new password or key is
/// shown on that answer only.
/// </summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class DetailsModel(AccountDirectory directory, AccountAdministration administration, AccountService accounts, IStringLocalizer<DetailsModel> localizer) : PageModel
{
    public AccountSummary? Account { get; private set; }

    /// <summary>What the last act did, for the notice at the top.</summary>
    public string? Message { get; private set; }

    /// <summary>A secret just made (a password or a key), shown once.</summary>
    public string? Secret { get; private set; }

    public string? SecretLabel { get; private set; }

    [BindProperty]
    public string? Role { get; set; }

    /// <summary>The last day the new key works (to the end of that day, UTC); empty for a key without expiry.</summary>
    [BindProperty]
    public DateOnly? Expires { get; set; }

    [BindProperty]
    public Guid KeyId { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostResetPasswordAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            Secret = await administration.ResetPasswordAsync(name, cancellationToken);
            SecretLabel = localizer["New password"];
            Message = localizer["The password of {0} was reset, and any sign-in pause lifted.", name];
        }, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.DisableAsync(name, cancellationToken);
            Message = localizer["{0} is disabled: it cannot sign in, and its API keys no longer work.", name];
        }, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.EnableAsync(name, cancellationToken);
            Message = localizer["{0} is enabled again.", name];
        }, cancellationToken);

    public Task<IActionResult> OnPostAddRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.AddRoleAsync(name, Role ?? string.Empty, cancellationToken);
            Message = localizer["{0} now holds the role {1}.", name, AccountText.Role(Roles.Find(Role) ?? string.Empty)];
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.RemoveRoleAsync(name, Role ?? string.Empty, cancellationToken);
            Message = localizer["{0} no longer holds the role {1}.", name, AccountText.Role(Roles.Find(Role) ?? string.Empty)];
        }, cancellationToken);

    public Task<IActionResult> OnPostIssueKeyAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            // The key works through the whole of its last day, wherever its user is.
            DateTimeOffset? until = Expires is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            Secret = await accounts.CreateApiKeyAsync(name, until, cancellationToken);
            SecretLabel = localizer["New API key"];
            Message = until is null
                ? localizer["A key for {0} was issued.", name]
                : localizer["A key for {0} was issued; it works until {1}.", name, AccountText.Time(until)];
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeKeyAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            var revoked = await administration.RevokeApiKeyAsync(KeyId.ToString(), cancellationToken);
            Message = localizer["The key {0}… of {1} is revoked; it no longer works.", revoked.Prefix, name];
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(Guid id, Func<string, Task> act, CancellationToken cancellationToken)
    {
        var account = await directory.FindAsync(id.ToString(), cancellationToken);
        if (account is null)
        {
            return NotFound();
        }

        try
        {
            await act(account.UserName);
        }
        catch (ValidationFailedException e)
        {
            // One summary at the top for every form on the page; each message names what it is about.
            FormErrors.Add(ModelState, e, _ => string.Empty);
        }

        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Account = await directory.FindAsync(id.ToString(), cancellationToken);
        return Account is null ? NotFound() : Page();
    }
}
