namespace Whereabouts.Application.Sources;

/// <summary>Everything the registry holds on and from one source.</summary>
/// <param name="Source">The source's fields.</param>
/// <param name="Claims">The count claims read from it.</param>
/// <param name="CitingPeopleCount">How many people have a fate assertion whose evidence is this source.</param>
/// <param name="CitingPeople">The first of them in name order (at most <see cref="SourceReader.CitingPeopleShown"/>).</param>
public sealed record SourceDossier(
    SourceView Source,
    IReadOnlyList<ClaimView> Claims,
    int CitingPeopleCount,
    IReadOnlyList<PersonLink> CitingPeople);
