namespace Whereabouts.Application.Persons;

/// <summary>The outcome of a saved change to a person.</summary>
/// <param name="PersonId">The person.</param>
/// <param name="Version">The person's version after the change; the next edit must name it.</param>
public sealed record PersonSaved(Guid PersonId, int Version);
