namespace Whereabouts.Application.Accounts;

/// <summary>The account an API key acts as.</summary>
/// <param name="UserId">The account's identity.</param>
/// <param name="UserName">The login name.</param>
/// <param name="Roles">The roles it holds.</param>
public sealed record ApiKeyOwner(string UserId, string UserName, IReadOnlyList<string> Roles);
