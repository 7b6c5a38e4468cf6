using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// Signs a request in as the account behind <c>Authorization: Bearer &lt;key&gt;</c>. The API
/// takes only this scheme, so a browser's cookie can never be used to call it from another site.
/// </summary>
internal sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    AccountService accounts,
    ApiKeyOwnerCache cache)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";

    private const string BearerPrefix = "Bearer ";

    /// <summary>Whether a request carries a bearer token (and so is for this scheme).</summary>
    public static bool HasBearer(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = header[BearerPrefix.Length..].Trim();
        var owner = await cache.FindAsync(presented, key => accounts.FindByApiKeyAsync(key, Context.RequestAborted));
        if (owner is null)
        {
            return AuthenticateResult.Fail("The API key is unknown, revoked or expired, or its account is disabled.");
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, owner.UserId), new(ClaimTypes.Name, owner.UserName) };
        claims.AddRange(owner.Roles.Select(r => new Claim(ClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer";
        return Task.CompletedTask;
    }
}
