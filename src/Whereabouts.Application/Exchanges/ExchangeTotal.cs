using Whereabouts.Application.Sources;
using Whereabouts.Domain;

namespace Whereabouts.Application.Exchanges;

/// <summary>
/// For one side of an exchange: the totals announced for the people that side received, against
/// the number of people the registry names.
/// </summary>
/// <param name="Side">The slug of the receiving party (the party whose people an announced figure counts), or null for figures that name no party.</param>
/// <param name="Announced">The count claims of released people of that side on the exchange's incident,
/// denied ones included, by date.</param>
/// <param name="Named">How many named people that side received in the registry.</param>
public sealed record ExchangeTotal(string? Side, IReadOnlyList<ClaimView> Announced, int Named)
{
    /// <summary>The first asserted exact figure, which the named count is compared with; null when none.</summary>
    public int? AnnouncedCount => Announced.FirstOrDefault(c => c.Status == ClaimStatus.Asserted && c.Count is not null)?.Count;

    /// <summary>Announced minus named: how many announced people the registry does not name (negative when it names more).</summary>
    public int? Unnamed => AnnouncedCount - Named;
}
