namespace Whereabouts.Web.Pages.Tracing;

/// <summary>
/// The organisations a family may consent to a request being shared with, offered as checkboxes
/// on the office's form and the public enquiry form: <c>Whereabouts:Tracing:Organisations</c>, or the ICRC and the ombudsman.
/// </summary>
internal static class TracingOrganisations
{
    public const string Setting = "Whereabouts:Tracing:Organisations";

    private static readonly string[] Defaults = ["ICRC", "Ombudsman"];

    public static IReadOnlyList<string> From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var configured = configuration.GetSection(Setting).Get<string[]>()?
            .Select(o => o.Trim()).Where(o => o.Length is > 0 and <= Domain.TracingRequest.ShortTextLength).Distinct(StringComparer.Ordinal).ToList();
        return configured is { Count: > 0 } ? configured : Defaults;
    }
}
