namespace Whereabouts.Web.Api.Tracing;

/// <summary>The registry person a tracing request is about.</summary>
internal sealed record LinkPersonResource(Guid PersonId);
