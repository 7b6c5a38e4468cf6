using System.Globalization;
using Whereabouts.Application.Common;
using Whereabouts.Domain;

namespace Whereabouts.Application.Reports;

/// <summary>The still-held list's two parameters as a query string gives them, checked field by field.</summary>
public static class StillHeldRequest
{
    /// <summary>
    /// Reads <paramref name="side"/> (armenian or azerbaijani, ignoring case; required) and
    /// <paramref name="asOf"/> (yyyy-MM-dd, optional: null means today).
    /// </summary>
    /// <exception cref="ValidationFailedException">The side is missing or not a side of the conflict, or the date is not a calendar day; the messages name "side" and "asOf".</exception>
    public static (Side Side, DateOnly? AsOf) Parse(string? side, string? asOf)
    {
        var errors = new FieldErrors();
        Side? parsed = null;
        var sides = Enum.GetValues<Side>().Where(s => s != Side.Unknown).ToList();
        if (string.IsNullOrWhiteSpace(side))
        {
            errors.Add("side", $"Choose a side: {string.Join(" or ", sides.Select(s => s.ToString().ToLowerInvariant()))}.");
        }
        else
        {
            parsed = sides.Cast<Side?>().FirstOrDefault(s => string.Equals(s.ToString(), side.Trim(), StringComparison.OrdinalIgnoreCase));
            if (parsed is null)
            {
                errors.Add("side", $"'{side.Trim()}' is not a side; choose {string.Join(" or ", sides.Select(s => s.ToString().ToLowerInvariant()))}.");
            }
        }

        DateOnly? day = null;
        if (!string.IsNullOrWhiteSpace(asOf))
        {
            if (DateOnly.TryParseExact(asOf.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            {
                day = value;
            }
            else
            {
                errors.Add("asOf", $"'{asOf.Trim()}' is not a day; write it as yyyy-MM-dd (2020-12-15).");
            }
        }

        errors.ThrowIfAny();
        return (parsed!.Value, day);
    }
}
