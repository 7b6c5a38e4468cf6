namespace Whereabouts.Storage.Search;

/// <summary>One name key row read by a search, in name order (<see cref="PersonSearchSql.FirstRowsAsync"/>).</summary>
/// <param name="Stream">Which of the ordered ranges asked for the row came from (its position in the request).</param>
/// <param name="SortName">The sort name of the row's identity.</param>
/// <param name="IdentityId">The identity whose record carries the key.</param>
public readonly record struct KeyRowFound(int Stream, string SortName, Guid IdentityId);
