namespace Whereabouts.Web.Enquiry;

/// <summary>
/// The public enquiry form's settings: whether it is open (<c>Whereabouts:Tracing:PublicForm:Enabled</c>),
/// how many requests one address may send in a window (<c>PermitLimit</c>, <c>WindowMinutes</c>), and the
/// organisations a family may consent to its request being shared with (<c>Whereabouts:Tracing:Organisations</c>).
/// </summary>
/// <remarks>
/// The form is open by default only in the Development environment (<c>dotnet run</c> and the demo);
/// elsewhere a registry opens it by setting <c>Enabled</c>: a public door that writes to the registry
/// is a choice a real deployment makes knowingly, with its volume of spam and its staff to answer.
/// </remarks>
internal sealed record PublicEnquiryOptions(bool Enabled, int PermitLimit, TimeSpan Window, IReadOnlyList<string> Organisations)
{
    /// <summary>The configuration section of the form.</summary>
    public const string Section = "Whereabouts:Tracing:PublicForm";

    /// <summary>The requests one address may send per window when none is configured.</summary>
    public const int DefaultPermitLimit = 5;

    /// <summary>The window when none is configured.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromHours(1);

    /// <summary>Reads the settings; a limit or window below one stops the start, naming the setting.</summary>
    public static PublicEnquiryOptions Read(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var section = configuration.GetSection(Section);
        var limit = section.GetValue<int?>("PermitLimit") ?? DefaultPermitLimit;
        var minutes = section.GetValue<double?>("WindowMinutes") ?? DefaultWindow.TotalMinutes;
        if (limit < 1 || minutes < 1)
        {
            throw new InvalidOperationException($"{Section}: PermitLimit and WindowMinutes must be at least 1.");
        }

        return new PublicEnquiryOptions(
            section.GetValue<bool?>("Enabled") ?? environment.IsDevelopment(),
            limit,
            TimeSpan.FromMinutes(minutes),
            Pages.Tracing.TracingOrganisations.From(configuration));
    }
}
