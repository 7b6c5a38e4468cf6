using Whereabouts.Tables.Layout;

namespace Whereabouts.Application.Lists;

/// <summary>A saved way of reading lists, by name.</summary>
/// <param name="Id">The template.</param>
/// <param name="Name">Its name.</param>
/// <param name="Mapping">The mapping it applies.</param>
/// <param name="CreatedBy">Who saved it.</param>
/// <param name="CreatedAt">When (UTC).</param>
public sealed record MappingTemplate(Guid Id, string Name, ListMapping Mapping, string CreatedBy, DateTimeOffset CreatedAt);
