namespace Whereabouts.Application.Accounts;

/// <summary>What an authenticator app needs to produce an account's sign-in codes.</summary>
/// <param name="SharedKey">The shared key in base32, in groups of four for typing by hand.</param>
/// <param name="AuthenticatorUri">The same key as an <c>otpauth://totp/</c> URI, for apps that take a link or a QR code.</param>
public sealed record TwoFactorSetup(string SharedKey, string AuthenticatorUri);
