namespace Whereabouts.Domain;

/// <summary>Where a list's import through the web app stands.</summary>
public enum ListImportState
{
    /// <summary>Uploaded: the file is kept, its reading can be previewed and its mapping corrected; nothing is in the registry.</summary>
    Uploaded,

    /// <summary>Asked to be imported, waiting for its turn.</summary>
    Queued,

    /// <summary>Being imported.</summary>
    Running,

    /// <summary>Imported: the list is a source and its rows are linked, for review or new people.</summary>
    Succeeded,

    /// <summary>Refused or failed: the problems say why; nothing of it is in the registry.</summary>
    Failed,

    /// <summary>Cancelled by a person before it finished: nothing of it is in the registry.</summary>
    Cancelled,
}
