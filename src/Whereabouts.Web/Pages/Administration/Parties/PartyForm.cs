using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Parties;

namespace Whereabouts.Web.Pages.Administration.Parties;

/// <summary>The fields of a party: its slug (only when it is added) and its name in each language.</summary>
internal sealed class PartyForm
{
    [Display(Name = "Slug (lowercase Latin letters, digits, hyphens; it never changes)")]
    public string? Slug { get; set; }

    [Display(Name = "Name in English (required)")]
    public string? NameEn { get; set; }

    [Display(Name = "Name in Armenian")]
    public string? NameHy { get; set; }

    [Display(Name = "Name in Russian")]
    public string? NameRu { get; set; }

    [Display(Name = "Name in Azerbaijani")]
    public string? NameAz { get; set; }

    public static PartyForm From(PartyView party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new PartyForm { Slug = party.Slug, NameEn = party.NameEn, NameHy = party.NameHy, NameRu = party.NameRu, NameAz = party.NameAz };
    }

    public PartyInput ToInput() => new(Slug, NameEn, NameHy, NameRu, NameAz);
}
