using System.ComponentModel.DataAnnotations;
using Whereabouts.Application.Tracing;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The sought person's name as the caseworker splits the family's words, for registering the person.</summary>
internal sealed class SoughtPersonForm
{
    [Display(Name = "Given name")]
    public string? GivenName { get; set; }

    [Display(Name = "Family name")]
    public string? FamilyName { get; set; }

    [Display(Name = "Patronymic")]
    public string? Patronymic { get; set; }

    [Display(Name = "None of the people found is this person")]
    public bool ConfirmedNew { get; set; }

    /// <summary>A first guess at the split, for the caseworker to correct: the first word, the last, and what lies between.</summary>
    public static SoughtPersonForm Guess(string soughtName)
    {
        var words = (soughtName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return words.Length switch
        {
            0 => new SoughtPersonForm(),
            1 => new SoughtPersonForm { FamilyName = words[0] },
            _ => new SoughtPersonForm { GivenName = words[0], FamilyName = words[^1], Patronymic = words.Length > 2 ? string.Join(' ', words[1..^1]) : null },
        };
    }

    public SoughtPersonInput ToInput() => new(GivenName, FamilyName, Patronymic, ConfirmedNew);
}
