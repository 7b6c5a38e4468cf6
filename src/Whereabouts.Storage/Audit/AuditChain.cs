using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Whereabouts.Storage.Audit;

/// <summary>How the audit log's hashes are computed; shared by the writer and the verifier.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the first entry.</summary>
    public static readonly string Genesis = new('0', 64);

    /// <summary>
    /// The hash of an entry given its fields and its predecessor's hash. The fields are written as
    /// a JSON array, so no choice of text in one field can imitate a boundary between two. The
    /// state hash is the array's last item when there is one: entries written before states were
    /// hashed have none and keep the hash they were written with.
    /// </summary>
    public static string ComputeHash(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        string?[] fields =
        [
            entry.Sequence.ToString(CultureInfo.InvariantCulture),
            ToMicroseconds(entry.RecordedAt).ToString(CultureInfo.InvariantCulture),
            entry.Actor,
            entry.Action,
            entry.EntityType,
            entry.EntityId,
            entry.SubjectId,
            entry.Changes,
            entry.PreviousHash,
        ];
        if (entry.StateHash is not null)
        {
            fields = [.. fields, entry.StateHash];
        }

        var bytes = JsonSerializer.SerializeToUtf8Bytes(fields);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>A timestamp rounded down to a whole microsecond in UTC, the precision both databases keep.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static long ToMicroseconds(DateTimeOffset time) => time.UtcTicks / 10;

    internal static string Describe(IReadOnlyDictionary<string, object?> changes)
    {
        return JsonSerializer.Serialize(changes, SerializerOptions);
    }

    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    internal static string Text(CultureInfo culture, object? value) => value switch
    {
        null => string.Empty,
        DateTimeOffset d => d.ToString("O", culture),
        DateTime d => d.ToString("O", culture),
        IFormattable f => f.ToString(null, culture),
        _ => value.ToString() ?? string.Empty,
    };
}
