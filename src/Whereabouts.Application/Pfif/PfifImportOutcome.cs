namespace Whereabouts.Application.Pfif;

/// <summary>What an import of a PFIF document did to the registry.</summary>
public enum PfifImportOutcome
{
    /// <summary>New people and fate assertions were saved, with the document as their source.</summary>
    Imported,

    /// <summary>This very file (same SHA-256) was imported before; nothing changed.</summary>
    AlreadyImported,

    /// <summary>Every record in the document is already in the registry or adds nothing to it; nothing changed.</summary>
    NothingNew,

    /// <summary>The document was refused (unsafe, malformed, too large, or faulty in strict mode); nothing changed.</summary>
    Rejected,
}
