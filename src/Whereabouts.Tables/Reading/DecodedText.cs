namespace Whereabouts.Tables.Reading;

/// <summary>A text file's bytes as text, and the name of the encoding they were read in.</summary>
/// <param name="Text">The text, without a byte-order mark.</param>
/// <param name="Encoding">The encoding's name, e.g. "windows-1251"; " (BOM)" follows when a byte-order mark named it.</param>
internal sealed record DecodedText(string Text, string Encoding);
