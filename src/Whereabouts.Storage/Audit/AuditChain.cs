using System.Buffers;
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

        // Written as JsonSerializer writes the array of texts (the same default escaping, byte for
        // byte: every hash already in a log depends on it), without building the array.
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            Span<char> number = stackalloc char[20];
            writer.WriteStringValue(number[..Format(entry.Sequence, number)]);
            writer.WriteStringValue(number[..Format(ToMicroseconds(entry.RecordedAt), number)]);
            WriteText(writer, entry.Actor);
            WriteText(writer, entry.Action);
            WriteText(writer, entry.EntityType);
            WriteText(writer, entry.EntityId);
            WriteText(writer, entry.SubjectId);
            WriteText(writer, entry.Changes);
            WriteText(writer, entry.PreviousHash);
            if (entry.StateHash is not null)
            {
                writer.WriteStringValue(entry.StateHash);
            }

            writer.WriteEndArray();
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(buffer.WrittenSpan, hash);
        return Convert.ToHexStringLower(hash);
    }

    private static int Format(long value, Span<char> destination) =>
        value.TryFormat(destination, out var written, default, CultureInfo.InvariantCulture) ? written : throw new InvalidOperationException("A long has at most 20 characters.");

    private static void WriteText(Utf8JsonWriter writer, string? text)
    {
        if (text is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            writer.WriteStringValue(text);
        }
    }

    /// <summary>A timestamp rounded down to a whole microsecond in UTC, the precision both databases keep.</summary>
    public static DateTimeOffset Truncate(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % 10), TimeSpan.Zero);
    }

    private static long ToMicroseconds(DateTimeOffset time) => time.UtcTicks / 10;

    /// <summary>
    /// The log's text of a record's changed fields: a JSON object of the fields in ordinal order,
    /// each a text, null, or [before, after]; written as <c>JsonSerializer</c> wrote the sorted
    /// dictionary it replaces (the same escaping), character for character, without its per-value
    /// type lookups: a list's import describes hundreds of thousands of records.
    /// </summary>
    internal static string Describe(List<KeyValuePair<string, object?>> changes)
    {
        changes.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in changes)
            {
                writer.WritePropertyName(name);
                switch (value)
                {
                    case null:
                        writer.WriteNullValue();
                        break;
                    case string text:
                        writer.WriteStringValue(text);
                        break;
                    case string?[] pair:
                        writer.WriteStartArray();
                        foreach (var item in pair)
                        {
                            if (item is null)
                            {
                                writer.WriteNullValue();
                            }
                            else
                            {
                                writer.WriteStringValue(item);
                            }
                        }

                        writer.WriteEndArray();
                        break;
                    default:
                        throw new ArgumentException($"A change is a text, null or a pair of texts, not {value.GetType().Name}.", nameof(changes));
                }
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static readonly JsonWriterOptions WriterOptions = new()
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
