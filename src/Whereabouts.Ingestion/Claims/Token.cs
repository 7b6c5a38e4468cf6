namespace Whereabouts.Ingestion.Claims;

/// <summary>What a <see cref="Token"/> is made of.</summary>
internal enum TokenKind
{
    /// <summary>Letters, possibly with digits or an inner apostrophe ("Armenia's", "14th").</summary>
    Word,

    /// <summary>Digits only, with optional thousands commas, spaces between thousands and decimals ("1,200", "2 983", "1.5").</summary>
    Number,

    /// <summary>One character that is neither.</summary>
    Punct,
}

/// <summary>A piece of a sentence with its character offsets (end exclusive).</summary>
internal readonly record struct Token(TokenKind Kind, string Text, int Start, int End)
{
    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);

    public bool IsWord => Kind == TokenKind.Word;

    public bool IsCapitalized => Kind == TokenKind.Word && char.IsUpper(Text[0]);
}
