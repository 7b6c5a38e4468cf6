using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage;

/// <summary>
/// Thrown when a save would overwrite a change someone else saved after this copy was loaded.
/// Nothing of the failed save is written; reload the record and apply the change again.
/// </summary>
public sealed class ConcurrencyConflictException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    public ConcurrencyConflictException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }

    internal static ConcurrencyConflictException From(DbUpdateConcurrencyException e)
    {
        var records = e.Entries
            .Select(entry => $"{entry.Metadata.ClrType.Name} {entry.Properties.FirstOrDefault(p => p.Metadata.IsPrimaryKey())?.CurrentValue}")
            .ToList();
        var what = records.Count == 0 ? "A record" : string.Join(", ", records);
        return new ConcurrencyConflictException(
            $"{what} was changed by someone else after it was loaded; nothing was saved. Reload it and apply the change again.",
            e);
    }
}
