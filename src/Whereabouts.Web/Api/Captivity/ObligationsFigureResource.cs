namespace Whereabouts.Web.Api.Captivity;

/// <summary>One figure of the obligations report and the people behind it (identity ids).</summary>
internal sealed record ObligationsFigureResource(int Count, IReadOnlyList<Guid> PersonIds);
