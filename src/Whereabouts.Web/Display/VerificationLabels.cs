using Whereabouts.Application.Verification;
using Whereabouts.Domain;

namespace Whereabouts.Web.Display;

/// <summary>The words the pages use for the verification of evidence: states, methods and the cautions an assertion's evidence calls for.</summary>
internal static class VerificationLabels
{
    public static string Of(VerificationState state) => state switch
    {
        VerificationState.Unverified => Labels.Text("Unverified"),
        VerificationState.UnderReview => Labels.Text("Under review"),
        VerificationState.Verified => Labels.Text("Verified"),
        VerificationState.Disputed => Labels.Text("Disputed"),
        VerificationState.ShownFalse => Labels.Text("Shown false"),
        _ => state.ToString(),
    };

    public static string Of(VerificationMethods method) => method switch
    {
        VerificationMethods.Geolocation => Labels.Text("Geolocation"),
        VerificationMethods.Chronolocation => Labels.Text("Chronolocation"),
        VerificationMethods.IdentityOfPeople => Labels.Text("Identity of the people shown"),
        VerificationMethods.SourceContact => Labels.Text("Contact with the source"),
        VerificationMethods.Metadata => Labels.Text("Metadata"),
        _ => method.ToString(),
    };

    /// <summary>The short badge beside an assertion whose evidence calls for care.</summary>
    public static string Of(EvidenceCaution caution) => caution switch
    {
        EvidenceCaution.UnverifiedVideo => Labels.Text("Unverified video"),
        EvidenceCaution.UnverifiedFile => Labels.Text("Unverified file"),
        EvidenceCaution.Disputed => Labels.Text("Disputed"),
        EvidenceCaution.ShownFalse => Labels.Text("Shown false"),
        _ => caution.ToString(),
    };

    /// <summary>The methods one by one, joined for a table cell.</summary>
    public static string Of(IEnumerable<VerificationMethods> methods) => string.Join(", ", methods.Select(Of));

    /// <summary>The class of a state's badge, for its colour.</summary>
    public static string BadgeClass(VerificationState state) => state switch
    {
        VerificationState.Verified => "badge verified",
        VerificationState.Disputed or VerificationState.ShownFalse => "badge contested",
        _ => "badge",
    };
}
