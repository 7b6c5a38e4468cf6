namespace Whereabouts.Application.Persons;

/// <summary>A source cited in a person's record.</summary>
public sealed record PersonExportSource(Guid Id, string Title);
