using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.EntityFrameworkCore;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// The head of the audit log written down elsewhere (<c>SEQ:HASH</c>): a log cut short after it,
/// or rewritten up to it, no longer reaches it. Each entry's hash covers all before it, so one
/// anchor protects the whole log up to its sequence.
/// </summary>
/// <param name="Sequence">The sequence of the entry.</param>
/// <param name="Hash">That entry's hash (64 lower-case hex digits).</param>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    /// <summary>Reads <c>SEQ:HASH</c>; anything after the first space (a date, a note) is ignored.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out AuditAnchor? anchor)
    {
        anchor = null;
        var token = text?.Trim().Split(' ', 2)[0] ?? string.Empty;
        var colon = token.IndexOf(':', StringComparison.Ordinal);
        if (colon < 1
            || !long.TryParse(token.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            || sequence < 1)
        {
            return false;
        }

        var hash = token[(colon + 1)..];
        if (hash.Length != 64 || !hash.All(char.IsAsciiHexDigit))
        {
            return false;
        }

        anchor = new AuditAnchor(sequence, hash.ToLowerInvariant());
        return true;
    }

    /// <summary>The latest entry of the log as an anchor, or null when the log is empty.</summary>
    public static async Task<AuditAnchor?> ReadHeadAsync(WhereaboutsDbContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var head = await context.AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        return head is null ? null : new AuditAnchor(head.Sequence, head.Hash);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Sequence}:{Hash}");
}
