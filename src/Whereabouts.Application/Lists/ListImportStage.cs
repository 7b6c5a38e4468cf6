namespace Whereabouts.Application.Lists;

/// <summary>The stages of a list's import, in order.</summary>
public enum ListImportStage
{
    /// <summary>Reading the file and its rows.</summary>
    Reading,

    /// <summary>Comparing the rows with the registry's people.</summary>
    Linking,

    /// <summary>Deciding each row: linked, for review, or a new person.</summary>
    Deciding,

    /// <summary>Writing everything in one transaction.</summary>
    Saving,
}
