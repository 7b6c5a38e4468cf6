namespace Whereabouts.Domain.Tests;

/// <summary>Builds invented people: by default a Latin name form and no birth date.</summary>
internal sealed class PersonBuilder
{
    private PersonName _name = Names.LatinArmenian;
    private PartialDate? _birthDate;
    private readonly List<FateAssertion> _fates = [];

    public static PersonBuilder APerson() => new();

    public PersonBuilder Named(PersonName name)
    {
        _name = name;
        return this;
    }

    /// <summary>Born on the partial date written as <paramref name="birthDate"/> (e.g. "2001", "2001-05-10").</summary>
    public PersonBuilder BornOn(string birthDate)
    {
        _birthDate = PartialDate.Parse(birthDate);
        return this;
    }

    /// <summary>With an assertion already in the fate history.</summary>
    public PersonBuilder WithFate(FateStatus status, string asOf, Credibility credibility = Credibility.ProbablyTrue)
    {
        _fates.Add(Fates.Assertion(status, asOf, credibility));
        return this;
    }

    public Person Build()
    {
        var person = new Person(Guid.NewGuid(), _name, new PersonDetails(BirthDate: _birthDate), isInvented: true);
        foreach (var fate in _fates)
        {
            person.AssertFate(fate);
        }

        return person;
    }
}
