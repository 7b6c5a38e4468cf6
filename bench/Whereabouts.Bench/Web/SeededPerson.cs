namespace Whereabouts.Bench.Web;

/// <summary>What the load needs to know of a seeded person: the id for the dossier and the names for searches.</summary>
/// <param name="Id">The person's id.</param>
/// <param name="Side">The party slug: armenian or azerbaijani.</param>
/// <param name="Given">The given name in every spelling.</param>
/// <param name="Family">The family name in every spelling (the feminine form for women).</param>
/// <param name="BirthDate">The date of birth, when the person has one (the list benchmark writes it as a list would).</param>
internal sealed record SeededPerson(Guid Id, string Side, NameSpellings Given, NameSpellings Family, Whereabouts.Domain.PartialDate? BirthDate = null);
