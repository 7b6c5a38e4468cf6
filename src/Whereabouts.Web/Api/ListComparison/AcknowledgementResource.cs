namespace Whereabouts.Web.Api.ListComparison;

/// <summary>A recorded acknowledgement: its id, the newer list and the gone row.</summary>
internal sealed record AcknowledgementResource(Guid Id, Guid ListId, Guid EntryId);
