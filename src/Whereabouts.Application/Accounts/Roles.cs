namespace Whereabouts.Application.Accounts;

/// <summary>The roles an account can hold; what each may do is decided by the web app's policies.</summary>
public static class Roles
{
    /// <summary>Manages accounts and may do everything else.</summary>
    public const string Administrator = "Administrator";

    /// <summary>Registers and edits people, their names and fates.</summary>
    public const string Caseworker = "Caseworker";

    /// <summary>Records sources and count claims.</summary>
    public const string Analyst = "Analyst";

    /// <summary>Lawyers: reads dossiers and legal cases.</summary>
    public const string Counsel = "Counsel";

    /// <summary>Reads the registry.</summary>
    public const string Viewer = "Viewer";

    /// <summary>Every role, most powerful first.</summary>
    public static IReadOnlyList<string> All { get; } = [Administrator, Caseworker, Analyst, Counsel, Viewer];

    /// <summary>The role's canonical spelling for any casing of its name, or null for an unknown role.</summary>
    public static string? Find(string? name) =>
        All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}
