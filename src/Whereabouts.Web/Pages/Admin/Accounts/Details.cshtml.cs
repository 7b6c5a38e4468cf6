using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Common;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Admin.Accounts;

/// <summary>
/// One account: reset its password, disable or enable it, grant and remove roles, issue and
/// revoke API keys. Each button is its own form with its own handler; a new password or key is
/// shown on that answer only.
/// </summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class DetailsModel(AccountDirectory directory, AccountAdministration administration, AccountService accounts) : PageModel
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
            SecretLabel = "New password";
            Message = $"The password of {name} was reset, and any sign-in pause lifted.";
        }, cancellationToken);

    public Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.DisableAsync(name, cancellationToken);
            Message = $"{name} is disabled: it cannot sign in, and its API keys no longer work.";
        }, cancellationToken);

    public Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.EnableAsync(name, cancellationToken);
            Message = $"{name} is enabled again.";
        }, cancellationToken);

    public Task<IActionResult> OnPostAddRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.AddRoleAsync(name, Role ?? string.Empty, cancellationToken);
            Message = $"{name} now holds the role {Roles.Find(Role)}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostRemoveRoleAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            await administration.RemoveRoleAsync(name, Role ?? string.Empty, cancellationToken);
            Message = $"{name} no longer holds the role {Roles.Find(Role)}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostIssueKeyAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            // The key works through the whole of its last day, wherever its user is.
            DateTimeOffset? until = Expires is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
            Secret = await accounts.CreateApiKeyAsync(name, until, cancellationToken);
            SecretLabel = "New API key";
            Message = until is null ? $"A key for {name} was issued." : $"A key for {name} was issued; it works until {AccountText.Time(until)}.";
        }, cancellationToken);

    public Task<IActionResult> OnPostRevokeKeyAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(id, async name =>
        {
            var revoked = await administration.RevokeApiKeyAsync(KeyId.ToString(), cancellationToken);
            Message = $"The key {revoked.Prefix}… of {name} is revoked; it no longer works.";
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
            FormErrors.Add(ModelState, e, field => field switch
            {
                "role" => nameof(Role),
                "expires" => nameof(Expires),
                _ => string.Empty,
            });
        }

        return await LoadAsync(id, cancellationToken);
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Account = await directory.FindAsync(id.ToString(), cancellationToken);
        return Account is null ? NotFound() : Page();
    }
}
