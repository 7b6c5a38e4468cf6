namespace Whereabouts.Linkage.Comparisons;

/// <summary>
/// A full name split into its parts, each as the name wrote it (not normalised, not
/// transliterated); a part the name does not have is null.
/// </summary>
/// <param name="Family">The family name (surname).</param>
/// <param name="Given">The given name, or several given names joined by a space ("Anna Maria").</param>
/// <param name="Patronymic">
/// The patronymic or the father's name in any of its forms: "Гарикович", "Vüqar oğlu" (with its
/// "son of" word), the Armenian genitive "Գարիկի", an initial "Г.", or a third name standing
/// where a father's name stands ("Arman Garik Harutyunyan").
/// </param>
public sealed record FullNameParts(string? Family, string? Given, string? Patronymic);
