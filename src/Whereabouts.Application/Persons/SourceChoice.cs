using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>A source as a select list offers it.</summary>
/// <param name="Id">The source.</param>
/// <param name="Title">Its title.</param>
/// <param name="Reliability">Its reliability, A to F.</param>
public sealed record SourceChoice(Guid Id, string Title, Reliability Reliability);
