namespace Whereabouts.Application.Legal;

/// <summary>A registered source named on a legal record, enough for a link.</summary>
/// <param name="Id">The source.</param>
/// <param name="Title">Its title.</param>
public sealed record DocumentLink(Guid Id, string Title);
