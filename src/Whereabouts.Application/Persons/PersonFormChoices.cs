namespace Whereabouts.Application.Persons;

/// <summary>What the people forms and filters offer to choose from.</summary>
/// <param name="Sources">Every source, by title.</param>
/// <param name="Incidents">Every incident, earliest first.</param>
/// <param name="Places">Every place of the gazetteer, by name.</param>
public sealed record PersonFormChoices(IReadOnlyList<SourceChoice> Sources, IReadOnlyList<NamedChoice> Incidents, IReadOnlyList<NamedChoice> Places);
