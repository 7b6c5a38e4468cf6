namespace Whereabouts.Interchange.Pfif;

/// <summary>Limits and strictness of a <see cref="PfifReader"/>.</summary>
public sealed record PfifReaderOptions
{
    /// <summary>The default limit on a document's size: 50 million characters.</summary>
    public const long DefaultMaxCharactersInDocument = 50_000_000;

    /// <summary>The default limit on one field's text: 100,000 characters.</summary>
    public const int DefaultMaxFieldLength = 100_000;

    /// <summary>
    /// The largest document read, in characters (markup included). A larger document is rejected
    /// as soon as the limit is passed, without reading the rest.
    /// </summary>
    public long MaxCharactersInDocument { get; init; } = DefaultMaxCharactersInDocument;

    /// <summary>The longest text one field may hold. A longer field is reported and its value ignored.</summary>
    public int MaxFieldLength { get; init; } = DefaultMaxFieldLength;

    /// <summary>
    /// True to reject the whole document on any problem, so that only a fully valid document yields
    /// records; false to keep what can be kept and report the rest.
    /// </summary>
    public bool Strict { get; init; }
}
