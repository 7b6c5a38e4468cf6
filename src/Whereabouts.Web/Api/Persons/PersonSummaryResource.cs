using Whereabouts.Application.Persons;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Persons;

/// <summary>
/// A person in a list. <see cref="NearSpellingOf"/> names the searched words that found the person
/// only through a spelling one letter off (absent when every word matched as spelled).
/// </summary>
internal sealed record PersonSummaryResource(Guid Id, string DisplayName, string Side, string? Fate, bool Contested, int? BirthYear, bool Invented, IReadOnlyList<string>? NearSpellingOf = null)
{
    public static PersonSummaryResource From(PersonListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.DisplayName, SideField.Of(item.Side), item.Fate?.ToString(), item.IsContested, item.BirthYear, item.IsInvented, item.IsNearMatch ? item.NearSpellingOf : null);
    }
}
