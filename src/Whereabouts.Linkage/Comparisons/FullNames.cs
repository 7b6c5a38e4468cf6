namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// Splits names written whole in one cell ("Арутюнян Арман Гарикович", "Arman Harutyunyan") into
/// family, given and patronymic, with the name knowledge the linkage uses: a patronymic is found by
/// its form wherever it stands (-ович/-овна, -oviç, "X oğlu", "X qızı", an Armenian genitive in
/// -ի/-i, a trailing initial "Г."), the family name by its suffix (-yan, -ov, -li, -zadə, -oğlu in
/// any script), and where no suffix tells, by the order the whole list follows.
/// </summary>
public static class FullNames
{
    /// <summary>
    /// Whether a list writes its full names family first, told by the names whose family-name suffix
    /// shows where the family name stands: true when at least as many put it first as last, false
    /// when more put it last, null when no name tells (no suffixes, single words, no names).
    /// </summary>
    /// <param name="fullNames">The list's full names (null and blank ones are passed over); a sample of a few thousand is plenty.</param>
    public static bool? DetectFamilyFirst(IEnumerable<string?> fullNames)
    {
        ArgumentNullException.ThrowIfNull(fullNames);
        int first = 0, last = 0;
        foreach (var full in fullNames)
        {
            if (string.IsNullOrWhiteSpace(full))
            {
                continue;
            }

            var place = PersonNameReader.FamilyPlace(full);
            first += place > 0 ? 1 : 0;
            last += place < 0 ? 1 : 0;
        }

        return first + last == 0 ? null : first >= last;
    }

    /// <summary>
    /// Splits one full name. A word with a family-name suffix is the family name wherever it stands;
    /// otherwise the first word is when <paramref name="familyFirst"/>, the last when not. The words
    /// that are neither family name nor patronymic are the given name(s).
    /// </summary>
    /// <param name="fullName">The name as written; words are separated by spaces or commas, and "А.Г." is read as two initials.</param>
    /// <param name="familyFirst">The order the name's list uses (see <see cref="DetectFamilyFirst"/>).</param>
    /// <returns>The parts as written; all null for a blank name. A single word is taken as the family name.</returns>
    public static FullNameParts Split(string fullName, bool familyFirst) =>
        string.IsNullOrWhiteSpace(fullName) ? new FullNameParts(null, null, null) : PersonNameReader.Parts(fullName, familyFirst);
}
