using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Whereabouts.Application.Claims;
using Whereabouts.Application.Sources;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Claims;

/// <summary>The claim correction form's fields, as typed.</summary>
internal sealed class ClaimForm
{
    [Display(Name = "Count")]
    public string? Count { get; set; }

    [Display(Name = "Upper end of a range")]
    public string? CountMax { get; set; }

    [Display(Name = "How the number is meant")]
    public string? Qualifier { get; set; }

    [Display(Name = "What happened to them")]
    public string? Category { get; set; }

    [Display(Name = "Whose people")]
    public string? Side { get; set; }

    [Display(Name = "Incident counted over")]
    public Guid? IncidentId { get; set; }

    [Display(Name = "Or place counted over")]
    public Guid? PlaceId { get; set; }

    [Display(Name = "As of")]
    public string? AsOf { get; set; }

    [Display(Name = "Status")]
    public string? Status { get; set; }

    [Display(Name = "Claimed by")]
    public string? ClaimedBy { get; set; }

    [Display(Name = "The sentence")]
    public string? Quote { get; set; }

    public int Version { get; set; }

    public static ClaimForm From(ClaimView claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        return new ClaimForm
        {
            Count = claim.Count?.ToString(CultureInfo.InvariantCulture),
            CountMax = claim.CountMax?.ToString(CultureInfo.InvariantCulture),
            Qualifier = claim.Qualifier.ToString(),
            Category = claim.Category.ToString(),
            Side = claim.Side?.ToString(),
            IncidentId = claim.IncidentId,
            PlaceId = claim.PlaceId,
            AsOf = claim.AsOf?.ToString(),
            Status = claim.Status.ToString(),
            ClaimedBy = claim.ClaimedBy,
            Quote = claim.Quote,
            Version = claim.Version,
        };
    }

    /// <summary>The input for the use case; a count that is not a whole number is a form error.</summary>
    public ClaimInput ToInput(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        return new ClaimInput(
            Number(modelState, prefix + "." + nameof(Count), Count),
            Number(modelState, prefix + "." + nameof(CountMax), CountMax),
            Qualifier,
            Category,
            Side,
            IncidentId,
            PlaceId,
            AsOf,
            Status,
            ClaimedBy,
            Quote);
    }

    private static int? Number(ModelStateDictionary modelState, string key, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        modelState.AddModelError(key, Labels.Format("“{0}” is not a whole number; write the number in digits.", text.Trim()));
        return null;
    }
}
