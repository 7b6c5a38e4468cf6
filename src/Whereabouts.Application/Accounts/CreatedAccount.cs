namespace Whereabouts.Application.Accounts;

/// <summary>A new account with its secrets, shown once and never stored in clear.</summary>
/// <param name="UserName">The login name.</param>
/// <param name="Role">The role granted.</param>
/// <param name="Password">The generated password.</param>
/// <param name="ApiKey">The API key, if one was asked for.</param>
public sealed record CreatedAccount(string UserName, string Role, string Password, string? ApiKey);
