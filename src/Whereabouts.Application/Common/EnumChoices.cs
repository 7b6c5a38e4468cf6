namespace Whereabouts.Application.Common;

/// <summary>
/// The values an enum field may take, as a message names them ("'X' is not one of …"): in English
/// by their names, which is what the API and the command line take; a page shows each by its label
/// in the reader's language.
/// </summary>
public sealed class EnumChoices
{
    private EnumChoices(IReadOnlyList<Enum> values) => Values = values;

    /// <summary>Every value, in declaration order.</summary>
    public IReadOnlyList<Enum> Values { get; }

    /// <summary>The values of <typeparamref name="TEnum"/>.</summary>
    public static EnumChoices Of<TEnum>()
        where TEnum : struct, Enum => new([.. Enum.GetValues<TEnum>().Cast<Enum>()]);

    /// <summary>The names, separated by commas.</summary>
    public override string ToString() => string.Join(", ", Values);
}
