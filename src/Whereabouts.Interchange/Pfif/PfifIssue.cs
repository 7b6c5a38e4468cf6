namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// One problem found in a PFIF document: where it is, which element or field, and why it is a problem.
/// </summary>
/// <param name="Line">The 1-based line of the element at fault, or 0 when the position is unknown.</param>
/// <param name="Column">The 1-based column of the element at fault, or 0 when unknown.</param>
/// <param name="Field">The PFIF element or field (<c>author_email</c>, <c>note</c>, <c>pfif</c>), as named in PFIF 1.4.</param>
/// <param name="Message">Why it is a problem, as a sentence for the person importing the file.</param>
/// <param name="Effect">What it did to the records read (outside strict mode).</param>
public sealed record PfifIssue(int Line, int Column, string Field, string Message, PfifIssueEffect Effect)
{
    /// <summary><c>LINE: field: message</c>, the form used in command-line output after the file name.</summary>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}: {Field}: {Message}");
}
