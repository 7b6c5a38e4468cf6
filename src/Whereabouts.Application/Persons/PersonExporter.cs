using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Whereabouts.Application.Common;
using Whereabouts.Storage;

namespace Whereabouts.Application.Persons;

/// <summary>
/// Writes every person in the registry to a stream as CSV or JSON, one person at a time, so that a
/// large registry is exported without holding it all in memory.
/// </summary>
public sealed class PersonExporter(WhereaboutsDatabase database)
{
    /// <summary>The JSON settings of exports: snake_case names, letters of every script written as they are.</summary>
    public static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
    };

    /// <summary>Writes all people in a stable order (by identity) and returns how many were written.</summary>
    public async Task<int> ExportAsync(Stream output, ExportFormat format, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(output);
        await using var context = database.CreateContext();
        var placeNames = (await context.Places.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false))
            .ToDictionary(p => p.Id, p => p.PrimaryName.Text);
        var sourceTitles = await context.Sources.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => s.Title, cancellationToken).ConfigureAwait(false);
        var people = context.People.AsNoTracking().AsSplitQuery().OrderBy(p => p.Id).AsAsyncEnumerable()
            .Select(p => PersonExportRecord.From(p, placeNames, sourceTitles));

        return format switch
        {
            ExportFormat.Json => await WriteJsonAsync(output, people, cancellationToken).ConfigureAwait(false),
            ExportFormat.Csv => await WriteCsvAsync(output, people, cancellationToken).ConfigureAwait(false),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown export format."),
        };
    }

    private static async Task<int> WriteJsonAsync(Stream output, IAsyncEnumerable<PersonExportRecord> people, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JsonOptions.Encoder });
        writer.WriteStartArray();
        await foreach (var person in people.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            JsonSerializer.Serialize(writer, person, JsonOptions);
            count++;
            if (writer.BytesPending > 64 * 1024)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        writer.WriteEndArray();
        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }

    private static async Task<int> WriteCsvAsync(Stream output, IAsyncEnumerable<PersonExportRecord> people, CancellationToken cancellationToken)
    {
        var count = 0;
        await using var text = new StreamWriter(output, new System.Text.UTF8Encoding(false), leaveOpen: true);
        await using var csv = new CsvWriter(text, CsvCell.Configuration());
        foreach (var header in CsvHeader)
        {
            csv.WriteField(header);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        await foreach (var person in people.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var first = person.Names[0];
            string?[] fields =
            [
                person.Id.ToString(),
                person.Invented ? "true" : "false",
                first.Given,
                first.Family,
                first.Patronymic,
                string.Join(" | ", person.Names.Select(DescribeName)),
                person.Sex,
                person.BirthDate,
                person.BirthPlace,
                person.Side,
                person.Role,
                person.Force,
                person.Rank,
                person.Unit,
                person.ServiceNumber,
                person.Fate?.Status,
                person.Fate?.AsOf,
                person.Fate is null ? null : person.Fate.Contested ? "true" : "false",
                string.Join(" | ", person.Sources.Select(s => s.Title)),
                person.IdentityId.ToString(),
            ];
            foreach (var field in fields)
            {
                CsvCell.Write(csv, field);
            }

            await csv.NextRecordAsync().ConfigureAwait(false);
            count++;
        }

        await csv.FlushAsync().ConfigureAwait(false);
        return count;
    }

    private static readonly string[] CsvHeader =
    [
        "id", "invented", "given_name", "family_name", "patronymic", "names", "sex", "birth_date", "birth_place",
        "side", "role", "force", "rank", "unit", "service_number", "fate", "fate_as_of", "fate_contested", "sources",

        // Last, so that readers of the columns before it are unchanged: records judged one person share it.
        "identity_id",
    ];

    private static string DescribeName(PersonExportName name)
    {
        var full = string.Join(' ', new[] { name.Given, name.Patronymic, name.Family }.Where(p => p is not null));
        return name.Origin is null ? $"{full} [{name.Script}]" : $"{full} [{name.Script}; {name.Origin}]";
    }
}
