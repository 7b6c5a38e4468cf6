namespace Whereabouts.Application.Pfif;

/// <summary>What a PFIF export wrote.</summary>
/// <param name="Persons">Person records written.</param>
/// <param name="Notes">Note records written (one per fate assertion).</param>
/// <param name="Invented">Of the persons, how many are invented demo people (marked as such in the file).</param>
public sealed record PfifExportResult(int Persons, int Notes, int Invented);
