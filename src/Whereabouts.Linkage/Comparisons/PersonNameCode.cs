namespace Whereabouts.Linkage.Comparisons;

/// <summary>A record's given and family name as <see cref="NameUnitCode"/>s, for the fast path of <see cref="PersonNameComparison"/>.</summary>
internal readonly struct PersonNameCode
{
    private PersonNameCode(PersonName name)
    {
        Given = NameUnitCode.Of(name.Given);
        Family = NameUnitCode.Of(name.Family);
        NeedsSlowPath = Given.IsInitial || Given.HasOtherReadings || Family.IsInitial || Family.HasOtherReadings;
    }

    public NameUnitCode Given { get; }

    public NameUnitCode Family { get; }

    /// <summary>True when the record has a given or a family name.</summary>
    public bool HasName => Given.IsPresent || Family.IsPresent;

    /// <summary>An initial or a reading in another romanisation: compare this record through its objects.</summary>
    public bool NeedsSlowPath { get; }

    public static PersonNameCode Of(PersonName? name) => name is null ? default : new PersonNameCode(name);
}
