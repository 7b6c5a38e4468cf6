using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Whereabouts.Application.Accounts;
using Whereabouts.Web.Authorization;

namespace Whereabouts.Web.Pages.Administration.Accounts;

/// <summary>Administration → Accounts: every account with its roles, state and API keys.</summary>
[Authorize(Policy = Policies.Administer)]
internal sealed class IndexModel(AccountDirectory directory) : PageModel
{
    public IReadOnlyList<AccountSummary> Accounts { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Accounts = await directory.ListAsync(cancellationToken);
}
