using Microsoft.AspNetCore.Html;
using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.People;

/// <summary>One change to a person, told as a sentence in the reader's language, with the audit entries it tells.</summary>
/// <param name="Text">The sentence as plain text: who did what, and on which day.</param>
/// <param name="Html">The same sentence as markup, the registry's own data in it (names, titles, reasons, accounts) marked <c>translate="no"</c>.</param>
/// <param name="Entries">The audit log's entries behind the sentence (a fate and its evidence are two), for the technical record.</param>
internal sealed record HistorySentence(string Text, IHtmlContent Html, IReadOnlyList<DossierChange> Entries);
