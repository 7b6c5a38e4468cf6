namespace Whereabouts.Application.Lists;

/// <summary>One field a row says differently in the newer version of a list: what the earlier version wrote, and what the newer one writes (null: left blank).</summary>
/// <param name="Field">The field.</param>
/// <param name="Earlier">The earlier version's value as text (a fate by its status name, dates as YYYY[-MM[-DD]]).</param>
/// <param name="Newer">The newer version's value, in the same form.</param>
public sealed record ListFieldChange(ListChangeField Field, string? Earlier, string? Newer);
