using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Whereabouts.Storage.Audit;

/// <summary>
/// A record's persisted state in one canonical, culture-invariant form, and its SHA-256: what an
/// audit entry's <see cref="AuditEntry.StateHash"/> holds and what <c>audit verify</c> recomputes
/// from the row (docs/adr/0022).
/// </summary>
/// <remarks>
/// The state is a JSON object of every stored property's value as text, keyed by its path:
/// <c>Status</c>, <c>Evidence.Credibility</c> for an owned record kept in the owner's row,
/// <c>Names[0].GivenName</c> for an owned list kept in a JSON column. Owned records are part of
/// their owner's state, since they are stored in its row. Values are taken as the model stores
/// them (after the model's own converters, never the provider's), so both databases give the same
/// hash: enums as numbers, times in whole microseconds since year 1 in UTC (PostgreSQL keeps no
/// finer), byte arrays as their SHA-256, fixed-length text without its padding. Secrets are
/// hashed like any value: the state proves them without the log showing them. Left out: null
/// values (so that a nullable column added later leaves every existing state as it was), the
/// keys of owned records (their owner's key and a position), and the concurrency tokens, which
/// change on every save and say nothing about the record.
/// </remarks>
internal static class AuditState
{
    /// <summary>The properties left out of states and of the log's changes: bookkeeping for concurrency.</summary>
    public static readonly IReadOnlySet<string> Bookkeeping = new HashSet<string>(StringComparer.Ordinal)
    {
        "Version", "ConcurrencyStamp",
    };

    /// <summary>The SHA-256 (lower-case hex) of the state of <paramref name="root"/> with the records it owns.</summary>
    public static string Hash(EntityEntry root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var fields = new List<KeyValuePair<string, string>>();
        Collect(root.Context, root, root.Entity, root.Metadata, string.Empty, fields);
        fields.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (key, value) in fields)
            {
                writer.WriteString(key, value);
            }

            writer.WriteEndObject();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    private static void Collect(DbContext context, EntityEntry? entry, object record, IEntityType type, string prefix, List<KeyValuePair<string, string>> fields)
    {
        var plan = Plans.GetOrAdd(type, Plan);
        foreach (var field in plan.Fields)
        {
            // Shadow properties (a foreign key the class does not carry) are read through the tracker.
            var value = field.Getter is null
                ? (entry ?? context.Entry(record)).Property(field.Property).CurrentValue
                : field.Getter.GetClrValue(record);
            if (value is not null && field.Converter is not null)
            {
                value = field.Converter.ConvertToProvider(value);
            }

            if (value is not null)
            {
                fields.Add(new(prefix.Length == 0 ? field.Property.Name : prefix + field.Property.Name, Scalar(value, field.FixedLength)));
            }
        }

        foreach (var navigation in plan.Owned)
        {
            var value = navigation.GetGetter().GetClrValue(record);
            if (value is null)
            {
                continue;
            }

            if (navigation.IsCollection)
            {
                var index = 0;
                foreach (var item in (IEnumerable)value)
                {
                    Collect(context, null, item, navigation.TargetEntityType, string.Create(CultureInfo.InvariantCulture, $"{prefix}{navigation.Name}[{index}]."), fields);
                    index++;
                }
            }
            else
            {
                Collect(context, null, value, navigation.TargetEntityType, prefix + navigation.Name + ".", fields);
            }
        }
    }

    // What a state reads of each kind of record, looked up in the model once per kind: a list's
    // import hashes the states of hundreds of thousands of records.
    private static readonly ConcurrentDictionary<IEntityType, StatePlan> Plans = new();

    private static StatePlan Plan(IEntityType type) => new(
        [.. type.GetProperties()
            .Where(p => !Bookkeeping.Contains(p.Name) && !(type.IsOwned() && p.IsPrimaryKey()))
            .Select(p => new StateField(p, p.IsShadowProperty() ? null : p.GetGetter(), p.GetValueConverter(), p.IsFixedLength() == true))],
        [.. type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent)]);

    private sealed record StatePlan(IReadOnlyList<StateField> Fields, IReadOnlyList<INavigation> Owned);

    private sealed record StateField(IProperty Property, IClrPropertyGetter? Getter, ValueConverter? Converter, bool FixedLength);

    private static string Scalar(object value, bool fixedLength) => value switch
    {
        string s => fixedLength ? s.TrimEnd(' ') : s,
        byte[] bytes => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes)),
        bool b => b ? "true" : "false",
        DateTimeOffset d => (d.UtcTicks / 10).ToString(CultureInfo.InvariantCulture),
        DateTime d => (d.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        TimeSpan t => (t.Ticks / 10).ToString(CultureInfo.InvariantCulture),
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        Guid g => g.ToString("D"),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),

        // A primitive collection stored as a JSON array: its items in order.
        IEnumerable items => JsonSerializer.Serialize(items.Cast<object?>().Select(i => i is null ? null : Scalar(i, fixedLength: false))),
        _ => value.ToString() ?? string.Empty,
    };
}
