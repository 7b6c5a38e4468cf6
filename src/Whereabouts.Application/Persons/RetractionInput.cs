using Whereabouts.Domain;

namespace Whereabouts.Application.Persons;

/// <summary>
/// A correction as a caseworker enters it: why a fate assertion (or a spelling) is wrong and what
/// shows so. For a retraction the reason, the source and a quote or a locator are required, as for
/// an assertion; a spelling may be withdrawn on the reason alone, but a source, when named, needs
/// a quote or a locator too.
/// </summary>
/// <param name="Reason">Why it is wrong, in the caseworker's words.</param>
/// <param name="SourceId">The registered source that shows it.</param>
/// <param name="Quote">The source's words.</param>
/// <param name="Locator">Where in the source to look ("row 17", "page 3").</param>
/// <param name="Credibility">How believable the source's information is; when not given the grade is
/// recorded as 6 (cannot be judged), since nobody judged it.</param>
public sealed record RetractionInput(
    string? Reason,
    Guid? SourceId,
    string? Quote = null,
    string? Locator = null,
    Credibility? Credibility = null);
