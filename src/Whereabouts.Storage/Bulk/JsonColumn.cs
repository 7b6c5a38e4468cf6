using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage.Json;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Whereabouts.Storage.Bulk;

/// <summary>
/// Writes an owned navigation mapped to a JSON column (a person's name forms, a match's
/// judgements) as EF writes it: the model's JSON property names, each value through the
/// property's own JSON reader-writer, nulls written out, the owned collection's ordinal key left
/// out. The bulk tests compare the column's text with a normal save's, character for character.
/// </summary>
internal static class JsonColumn
{
    /// <summary>The JSON text of <paramref name="value"/>, the records of an owned <paramref name="navigation"/>, or null when there are none.</summary>
    public static string? Write(DbContext context, INavigation navigation, object? value)
    {
        if (value is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteValue(writer, context, navigation, value);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteValue(Utf8JsonWriter writer, DbContext context, INavigation navigation, object value)
    {
        if (navigation.IsCollection)
        {
            writer.WriteStartArray();
            foreach (var item in (System.Collections.IEnumerable)value)
            {
                WriteObject(writer, context, navigation.TargetEntityType, item);
            }

            writer.WriteEndArray();
        }
        else
        {
            WriteObject(writer, context, navigation.TargetEntityType, value);
        }
    }

    private static void WriteObject(Utf8JsonWriter writer, DbContext context, IEntityType type, object record)
    {
        writer.WriteStartObject();
        foreach (var field in Fields.GetOrAdd(type, Plan))
        {
            var value = field.Property.IsShadowProperty() ? context.Entry(record).Property(field.Property).CurrentValue : field.Property.GetGetter().GetClrValue(record);
            if (value is null)
            {
                writer.WriteNull(field.Name);
                continue;
            }

            writer.WritePropertyName(field.Name);

            // A reader-writer of the provider's type (an enum stored as its number) takes the
            // converted value; one of the model's type converts by itself.
            if (field.Converter is not null && field.Json.ValueType != value.GetType())
            {
                value = field.Converter.ConvertToProvider(value)!;
            }

            field.Json.ToJson(writer, value);
        }

        foreach (var navigation in type.GetNavigations().Where(n => n.ForeignKey.IsOwnership && !n.IsOnDependent))
        {
            var name = navigation.TargetEntityType.GetJsonPropertyName() ?? navigation.Name;
            var value = navigation.GetGetter().GetClrValue(record);
            if (value is null)
            {
                writer.WriteNull(name);
                continue;
            }

            writer.WritePropertyName(name);
            WriteValue(writer, context, navigation, value);
        }

        writer.WriteEndObject();
    }

    // The model's annotations are looked up once per kind of owned record, not once per value.
    private static readonly ConcurrentDictionary<IEntityType, IReadOnlyList<JsonField>> Fields = new();

    private static List<JsonField> Plan(IEntityType type)
    {
        var fields = new List<JsonField>();
        foreach (var property in type.GetProperties())
        {
            if (property.GetJsonPropertyName() is { } name)
            {
                var json = property.GetJsonValueReaderWriter() ?? property.GetTypeMapping().JsonValueReaderWriter
                    ?? throw new InvalidOperationException($"{type.DisplayName()}.{property.Name} has no JSON writer.");
                fields.Add(new JsonField(property, JsonEncodedText.Encode(name), json, property.GetTypeMapping().Converter));
            }
        }

        return fields;
    }

    private sealed record JsonField(IProperty Property, JsonEncodedText Name, JsonValueReaderWriter Json, ValueConverter? Converter);
}
