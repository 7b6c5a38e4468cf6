namespace Whereabouts.Web.Api.ListComparison;

/// <summary>One field said differently: its name, the earlier version's value and the newer one's (null: blank).</summary>
internal sealed record ListFieldChangeResource(string Field, string? Earlier, string? Newer);
