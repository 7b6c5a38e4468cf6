using Whereabouts.Domain;

namespace Whereabouts.Application.Lists;

/// <summary>
/// The facts on which a list row and a registry person must not disagree for the row to be linked
/// without review. The engine weighs names and dates; it does not know that a list of one side's
/// captives never names the other side's soldiers, so these are checked beside it.
/// </summary>
internal static class LinkCautions
{
    // Conscripts' birth years are often guessed or mistyped by a year or two; more than that is
    // another man.
    private const int BirthYearTolerance = 2;

    /// <summary>Everything the row (its side, its birth date as written) and the person disagree on; empty when nothing does.</summary>
    public static IReadOnlyList<LinkCaution> Between(string? listSide, string? listBirthDate, string? personSide, PartialDate? personBirthDate)
    {
        var cautions = new List<LinkCaution>();
        if (listSide is not null && personSide is not null && !string.Equals(listSide, personSide, StringComparison.OrdinalIgnoreCase))
        {
            cautions.Add(new LinkCaution(LinkCautionKind.Side, listSide, personSide));
        }

        if (listBirthDate is not null && personBirthDate is not null && EntryPeople.ParseDate(listBirthDate) is { } listBirth
            && YearsApart(listBirth, personBirthDate) > BirthYearTolerance)
        {
            cautions.Add(new LinkCaution(LinkCautionKind.BirthYear, listBirthDate, personBirthDate.ToString()));
        }

        return cautions;
    }

    // The gap between the two dates' year ranges: 0 when they overlap ("~2001" and "2002").
    private static int YearsApart(PartialDate a, PartialDate b) =>
        Math.Max(0, Math.Max(a.Earliest.Year, b.Earliest.Year) - Math.Min(a.Latest.Year, b.Latest.Year));
}
