using System.Text.Json;

namespace Whereabouts.Tables.Layout;

/// <summary>
/// The words the list reader knows, read once from the embedded data files: headers
/// (<c>Data/headers.json</c>), fates (<c>fates.json</c>), sexes (<c>sexes.json</c>) and the words
/// written after a year (<c>year-words.json</c>). Adding a language or a variant is adding a line
/// there, never code.
/// </summary>
internal static class ListVocabulary
{
    private static readonly Lazy<PhraseTable<ListField>> HeaderTable = new(() => PhraseTable<ListField>.Load("headers.json", Enum.Parse<ListField>));
    private static readonly Lazy<PhraseTable<string>> FateTable = new(() => PhraseTable<string>.Load("fates.json", FateName));
    private static readonly Lazy<PhraseTable<ListSex>> SexTable = new(() => PhraseTable<ListSex>.Load("sexes.json", Enum.Parse<ListSex>));
    private static readonly Lazy<HashSet<string>> YearWordSet = new(LoadYearWords);

    /// <summary>The registry's fate statuses, by name: the values fates.json may use (the engine knows no domain types).</summary>
    public static readonly IReadOnlyList<string> FateStatuses =
    [
        "Missing", "ReportedCaptured", "CaptureConfirmed", "Detained", "OnTrial", "Sentenced", "Released", "Repatriated",
        "FoundAlive", "Deceased", "RemainsRecovered", "RemainsIdentified",
    ];

    /// <summary>Header words, by field.</summary>
    public static PhraseTable<ListField> Headers => HeaderTable.Value;

    /// <summary>Fate words, by fate status name.</summary>
    public static PhraseTable<string> Fates => FateTable.Value;

    /// <summary>Sex words (matched exactly only).</summary>
    public static PhraseTable<ListSex> Sexes => SexTable.Value;

    /// <summary>Normalised words that may follow a year ("г.", "թ.", "ci il").</summary>
    public static IReadOnlySet<string> YearWords => YearWordSet.Value;

    private static string FateName(string name) =>
        FateStatuses.Contains(name, StringComparer.Ordinal) ? name : throw new InvalidOperationException($"fates.json: \"{name}\" is not a fate status");

    /// <summary>An embedded data file (e.g. "headers.json"), whose comments are skipped.</summary>
    /// <exception cref="InvalidOperationException">The file is not embedded: a bug of the build.</exception>
    public static JsonDocument ReadData(string resource)
    {
        using var stream = typeof(ListVocabulary).Assembly.GetManifestResourceStream("Whereabouts.Tables.Data." + resource)
            ?? throw new InvalidOperationException($"the data file {resource} is not embedded");
        return JsonDocument.Parse(stream, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
    }

    private static HashSet<string> LoadYearWords()
    {
        using var document = ReadData("year-words.json");
        return document.RootElement.EnumerateArray().Select(e => ListText.Normalize(e.GetString() ?? string.Empty)).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
    }
}
