namespace Whereabouts.Linkage.Names;

/// <summary>
/// One row of a transliteration table: a lower-case source sequence and its Latin reading.
/// In the data a leading <c>^</c> restricts the rule to the start of a word and a trailing
/// <c>$</c> to its end (Armenian <c>^ե</c> is "ye", Cyrillic <c>^е</c> is "ye").
/// </summary>
internal sealed record TransliterationRule(string Source, string Target, bool AtWordStart, bool AtWordEnd)
{
    /// <summary>The rule as written in the table, anchors included; unique within all tables.</summary>
    public string Written => (AtWordStart ? "^" : string.Empty) + Source + (AtWordEnd ? "$" : string.Empty);

    public static TransliterationRule Parse(NameDataFile.Row row)
    {
        var written = row.Cells[0];
        var atStart = written.Length > 1 && written[0] == '^';
        var atEnd = written.Length > 1 && written[^1] == '$';
        var source = written[(atStart ? 1 : 0)..(atEnd ? written.Length - 1 : written.Length)];
        if (source.Length == 0)
        {
            throw NameDataFile.Malformed(row.File, row.Line, "the source sequence is empty");
        }

        return new TransliterationRule(source, row.Cells[1], atStart, atEnd);
    }

    /// <summary>Whether the rule applies at <paramref name="at"/> in case-folded text.</summary>
    public bool Matches(ReadOnlySpan<char> text, int at)
    {
        var end = at + Source.Length;
        if (end > text.Length || !text[at..end].SequenceEqual(Source))
        {
            return false;
        }

        if (AtWordStart && at > 0 && char.IsLetter(text[at - 1]))
        {
            return false;
        }

        return !AtWordEnd || end == text.Length || !char.IsLetter(text[end]);
    }
}
