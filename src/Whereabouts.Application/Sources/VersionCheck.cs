using System.Globalization;
using Whereabouts.Storage;

namespace Whereabouts.Application.Sources;

/// <summary>Refuses an edit made to a copy older than the record, before anything is changed.</summary>
internal static class VersionCheck
{
    /// <exception cref="ConcurrencyConflictException">The record's version is not <paramref name="expected"/>.</exception>
    public static void Require(string what, Guid id, int current, int expected)
    {
        if (current != expected)
        {
            throw new ConcurrencyConflictException(string.Create(
                CultureInfo.InvariantCulture,
                $"{what} {id} was changed by someone else after you loaded it (you edited version {expected}; it is now at version {current}). Nothing was saved. Reload it and apply your change again."));
        }
    }
}
