namespace Whereabouts.Web.Pages.Review;

/// <summary>What the acknowledgement form of one departure needs: the newer list, the gone row, and where to return.</summary>
/// <param name="ListId">The newer version of the list.</param>
/// <param name="EntryId">The gone row of the earlier version.</param>
/// <param name="Back"><see cref="DeparturesModel.BackToChanges"/> to return to the list's changes page; empty for the departures page.</param>
internal sealed record DepartureForm(Guid ListId, Guid EntryId, string Back);
