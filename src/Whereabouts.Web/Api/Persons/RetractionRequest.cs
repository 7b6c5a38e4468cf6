using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Persons;

/// <summary>Why a fate assertion (or a spelling) is wrong, and the evidence that shows it.</summary>
/// <param name="Reason">Why it is wrong, in the caseworker's words (required).</param>
/// <param name="SourceId">The registered source that shows it (required for a retraction, optional for a withdrawn spelling).</param>
/// <param name="Locator">Where in the source to look: "row 17", "page 3" (this or a quote is required with a source).</param>
/// <param name="Quote">The source's words.</param>
/// <param name="Credibility">How believable the source's information is: Confirmed … CannotBeJudged (or "1" to "6"); CannotBeJudged when not given.</param>
internal sealed record RetractionRequest(
    string? Reason = null,
    Guid? SourceId = null,
    string? Locator = null,
    string? Quote = null,
    string? Credibility = null)
{
    /// <summary>The use case's input.</summary>
    public RetractionInput ToInput()
    {
        var errors = new ApiFields();
        var input = new RetractionInput(Reason, SourceId, Quote, Locator, errors.Enum<Credibility>("credibility", Credibility));
        errors.ThrowIfAny();
        return input;
    }
}
