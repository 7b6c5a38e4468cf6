namespace Whereabouts.Application.Persons;

/// <summary>A record as a select list offers it: its id and the name shown.</summary>
/// <param name="Id">The record.</param>
/// <param name="Name">The name shown.</param>
public sealed record NamedChoice(Guid Id, string Name);
