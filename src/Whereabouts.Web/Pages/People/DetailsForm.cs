using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;

namespace Whereabouts.Web.Pages.People;

/// <summary>The fields of a person's descriptive details.</summary>
internal sealed class DetailsForm
{
    [Display(Name = "Sex")]
    public Sex Sex { get; set; }

    [Display(Name = "Birth date")]
    public string? BirthDate { get; set; }

    [Display(Name = "Birth place")]
    public Guid? BirthPlaceId { get; set; }

    [Display(Name = "Side")]
    public string? Side { get; set; }

    [Display(Name = "Soldier or civilian")]
    public ServiceRole Role { get; set; }

    [Display(Name = "Armed force")]
    public string? Force { get; set; }

    [Display(Name = "Rank")]
    public string? Rank { get; set; }

    [Display(Name = "Unit")]
    public string? Unit { get; set; }

    [Display(Name = "Service number")]
    public string? ServiceNumber { get; set; }

    public static DetailsForm From(PersonDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        return new DetailsForm
        {
            Sex = details.Sex,
            BirthDate = details.BirthDate?.ToString(),
            BirthPlaceId = details.BirthPlaceId,
            Side = details.Side,
            Role = details.Role,
            Force = details.Force,
            Rank = details.Rank,
            Unit = details.Unit,
            ServiceNumber = details.ServiceNumber,
        };
    }

    public DetailsInput ToInput() => new(Sex, BirthDate, BirthPlaceId, Side, Role, Force, Rank, Unit, ServiceNumber);
}
