using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Whereabouts.Web.Localization;

/// <summary>
/// ASP.NET Core Identity's messages (password rules, taken names, roles) in the reader's language.
/// Identity writes them in English; the web app's account pages show them next to their fields,
/// so they go through localization like every other string. The codes stay Identity's.
/// </summary>
internal sealed class LocalizedIdentityErrors(IStringLocalizer<LocalizedIdentityErrors> localizer) : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), localizer["Something went wrong; nothing was changed."]);

    public override IdentityError ConcurrencyFailure() =>
        Error(nameof(ConcurrencyFailure), localizer["Someone else changed this account at the same time; nothing was changed. Try again."]);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), localizer["The password is not correct."]);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), localizer["The code or link is not valid, or has expired."]);

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), localizer["That recovery code is not valid or has been used."]);

    public override IdentityError LoginAlreadyAssociated() =>
        Error(nameof(LoginAlreadyAssociated), localizer["Another account already uses this sign-in."]);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), localizer["The name “{0}” cannot be used: use letters, digits and - . _ @ + only.", userName ?? string.Empty]);

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), localizer["“{0}” is not an e-mail address.", email ?? string.Empty]);

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), localizer["There is already an account named “{0}”.", userName]);

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), localizer["Another account already uses the e-mail address “{0}”.", email]);

    public override IdentityError InvalidRoleName(string? role) =>
        Error(nameof(InvalidRoleName), localizer["“{0}” is not a role.", role ?? string.Empty]);

    public override IdentityError DuplicateRoleName(string role) =>
        Error(nameof(DuplicateRoleName), localizer["The role “{0}” already exists.", role]);

    public override IdentityError UserAlreadyHasPassword() =>
        Error(nameof(UserAlreadyHasPassword), localizer["The account already has a password."]);

    public override IdentityError UserLockoutNotEnabled() =>
        Error(nameof(UserLockoutNotEnabled), localizer["Sign-in cannot be locked for this account."]);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), localizer["The account already has the role {0}.", role]);

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), localizer["The account does not have the role {0}.", role]);

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), localizer["The password must have at least {0} characters.", length.ToString(CultureInfo.CurrentCulture)]);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), localizer["The password must use at least {0} different characters.", uniqueChars.ToString(CultureInfo.CurrentCulture)]);

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), localizer["The password must contain a character that is neither a letter nor a digit."]);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), localizer["The password must contain a digit (0–9)."]);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), localizer["The password must contain a lowercase letter."]);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), localizer["The password must contain an uppercase letter."]);

    private static IdentityError Error(string code, LocalizedString description) => new() { Code = code, Description = description.Value };
}
