using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A fate assertion to record, with its evidence.</summary>
/// <param name="Status">What happened: Missing, ReportedCaptured, CaptureConfirmed, Detained, OnTrial, Sentenced, Released, Repatriated, FoundAlive, Deceased, RemainsRecovered or RemainsIdentified.</param>
/// <param name="AsOf">The date it was true: "2020-12-14", "2020-12", "2020", or "~2020-12-12" for "about".</param>
/// <param name="SourceId">The registered source it rests on.</param>
/// <param name="Quote">The source's words (this or a locator is required).</param>
/// <param name="Locator">Where in the source to look: "row 17", "page 3", "00:41".</param>
/// <param name="Credibility">Confirmed, ProbablyTrue, PossiblyTrue, DoubtfullyTrue, Improbable or CannotBeJudged (or the grade, "1" to "6").</param>
/// <param name="IncidentId">The incident it arose in, if any.</param>
/// <param name="PlaceId">Where the person was, if the source says.</param>
/// <param name="Note">A caseworker's remark.</param>
internal sealed record FateRequest(
    string? Status = null,
    string? AsOf = null,
    Guid? SourceId = null,
    string? Quote = null,
    string? Locator = null,
    string? Credibility = null,
    Guid? IncidentId = null,
    Guid? PlaceId = null,
    string? Note = null)
{
    /// <summary>The use case's input; <paramref name="prefix"/> names the fields of a nested assertion ("fate.").</summary>
    public FateInput ToInput(string prefix = "")
    {
        var errors = new ApiFields();
        var input = new FateInput(
            errors.Enum<FateStatus>(prefix + "status", Status),
            AsOf,
            SourceId,
            Quote,
            Locator,
            errors.Enum<Credibility>(prefix + "credibility", Credibility),
            IncidentId,
            PlaceId,
            Note);
        errors.ThrowIfAny();
        return input;
    }
}
