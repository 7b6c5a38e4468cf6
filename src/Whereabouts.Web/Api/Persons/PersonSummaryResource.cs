using Whereabouts.Application.Persons;
using Whereabouts.Web.Api.Parties;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A person in a list.</summary>
internal sealed record PersonSummaryResource(Guid Id, string DisplayName, string Side, string? Fate, bool Contested, int? BirthYear, bool Invented)
{
    public static PersonSummaryResource From(PersonListItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return new(item.Id, item.DisplayName, SideField.Of(item.Side), item.Fate?.ToString(), item.IsContested, item.BirthYear, item.IsInvented);
    }
}
