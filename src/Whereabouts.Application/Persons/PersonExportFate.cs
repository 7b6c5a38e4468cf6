namespace Whereabouts.Application.Persons;

/// <summary>The current fate as exported, with the evidence it rests on.</summary>
public sealed record PersonExportFate(
    string Status,
    string AsOf,
    bool Contested,
    bool Credible,
    Guid SourceId,
    string? Quote,
    string? Locator,
    int Credibility);
