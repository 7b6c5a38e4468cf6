namespace Whereabouts.Application.Persons;

/// <summary>One name form as exported.</summary>
public sealed record PersonExportName(string? Given, string? Family, string? Patronymic, string Script, string? Origin);
