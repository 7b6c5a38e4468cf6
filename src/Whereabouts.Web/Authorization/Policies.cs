using Microsoft.AspNetCore.Authorization;
using Whereabouts.Application.Accounts;

namespace Whereabouts.Web.Authorization;

/// <summary>
/// What each role may do. Every page and endpoint names one of these policies, or is explicitly
/// anonymous; anything that names neither falls back to <see cref="Read"/>, so a forgotten
/// attribute can never expose data to anonymous visitors.
/// </summary>
internal static class Policies
{
    /// <summary>Read the registry: any account with a role.</summary>
    public const string Read = "Read";

    /// <summary>Register and edit people, their names and fates: caseworkers.</summary>
    public const string EditPeople = "EditPeople";

    /// <summary>Record sources and count claims: analysts.</summary>
    public const string EditSources = "EditSources";

    /// <summary>Attach evidence files to sources and detach them: caseworkers and analysts, who both receive evidence.</summary>
    public const string EditFiles = "EditFiles";

    /// <summary>Record places and incidents: caseworkers and analysts.</summary>
    public const string EditGazetteer = "EditGazetteer";

    /// <summary>Open, correct and add proceedings to legal cases: counsel and caseworkers.</summary>
    public const string EditLegalCases = "EditLegalCases";

    /// <summary>
    /// Read and record what families were told: caseworkers and counsel only, since these records
    /// concern families (docs/adr/0011); viewers and analysts do not see them.
    /// </summary>
    public const string FamilyNotifications = "FamilyNotifications";

    /// <summary>
    /// Read tracing requests (never their contacts): caseworkers and counsel, who work with the
    /// families, as for <see cref="FamilyNotifications"/>; viewers and analysts do not see them.
    /// </summary>
    public const string TracingRequests = "TracingRequests";

    /// <summary>Register, correct, link, move and answer tracing requests: caseworkers.</summary>
    public const string EditTracingRequests = "EditTracingRequests";

    /// <summary>
    /// See, replace and erase a family's contact (each showing recorded, docs/adr/0025): caseworkers
    /// only, who reach families; counsel read requests but not how to reach the family.
    /// </summary>
    public const string FamilyContacts = "FamilyContacts";

    /// <summary>
    /// Record the steps of checking a source or a file (docs/adr/0029): analysts, who weigh sources,
    /// and caseworkers, who know the people a video shows.
    /// </summary>
    public const string VerifyEvidence = "VerifyEvidence";

    /// <summary>Manage accounts: administrators.</summary>
    public const string Administer = "Administer";

    /// <summary>The roles each policy admits (administrators are admitted everywhere).</summary>
    public static IReadOnlyDictionary<string, string[]> RolesByPolicy { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Read] = [.. Roles.All],
        [EditPeople] = [Roles.Administrator, Roles.Caseworker],
        [EditSources] = [Roles.Administrator, Roles.Analyst],
        [EditFiles] = [Roles.Administrator, Roles.Caseworker, Roles.Analyst],
        [EditGazetteer] = [Roles.Administrator, Roles.Caseworker, Roles.Analyst],
        [EditLegalCases] = [Roles.Administrator, Roles.Caseworker, Roles.Counsel],
        [FamilyNotifications] = [Roles.Administrator, Roles.Caseworker, Roles.Counsel],
        [TracingRequests] = [Roles.Administrator, Roles.Caseworker, Roles.Counsel],
        [EditTracingRequests] = [Roles.Administrator, Roles.Caseworker],
        [FamilyContacts] = [Roles.Administrator, Roles.Caseworker],
        [VerifyEvidence] = [Roles.Administrator, Roles.Caseworker, Roles.Analyst],
        [Administer] = [Roles.Administrator],
    };

    public static void Configure(AuthorizationOptions options)
    {
        foreach (var (policy, roles) in RolesByPolicy)
        {
            options.AddPolicy(policy, p => p.RequireAuthenticatedUser().RequireRole(roles));
        }

        options.FallbackPolicy = options.GetPolicy(Read);
    }
}
