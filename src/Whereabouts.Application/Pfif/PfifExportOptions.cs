namespace Whereabouts.Application.Pfif;

/// <summary>Which people a PFIF export writes, and under which domain.</summary>
/// <param name="Domain">The domain of the record ids of this registry's own records (<c>DOMAIN/person.GUID</c>).</param>
/// <param name="PersonIds">Only these people; null for everyone.</param>
/// <param name="ExcludeInvented">True to leave out the invented people of the demo data.</param>
public sealed record PfifExportOptions(
    string Domain = PfifRecordIds.DefaultDomain,
    IReadOnlyCollection<Guid>? PersonIds = null,
    bool ExcludeInvented = false);
