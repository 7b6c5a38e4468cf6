namespace Whereabouts.Application.Persons;

/// <summary>The file formats people can be exported in.</summary>
public enum ExportFormat
{
    /// <summary>One row per person, name forms and sources joined in one cell; for spreadsheets.</summary>
    Csv,

    /// <summary>One object per person with every name form and source as arrays; lossless.</summary>
    Json,
}
