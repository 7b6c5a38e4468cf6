using System.Globalization;

namespace Whereabouts.Linkage;

/// <summary>
/// One part of a blocking rule: a field, optionally narrowed (<c>birth_date:year</c>) or cut to a
/// prefix (<c>surname:prefix3</c>).
/// </summary>
internal sealed record BlockingKeyPart(string Field, BlockingKeyPart.Modifier Kind, int Length)
{
    /// <summary>How the field's key is used.</summary>
    internal enum Modifier
    {
        /// <summary>The whole key.</summary>
        Whole,

        /// <summary>The year of a date.</summary>
        Year,

        /// <summary>The first <see cref="Length"/> characters of the key.</summary>
        Prefix,

        /// <summary>A person name's family stem.</summary>
        Family,

        /// <summary>A person name's given-name key.</summary>
        Given,

        /// <summary>A person name's initials (sorted first letters of given and family name).</summary>
        Initials,
    }

    public static BlockingKeyPart Parse(string text, string sourceName = "settings")
    {
        var parts = text.Split(':', 2);
        if (parts.Length == 1)
        {
            return new BlockingKeyPart(parts[0], Modifier.Whole, 0);
        }

        if (string.Equals(parts[1], "year", StringComparison.Ordinal))
        {
            return new BlockingKeyPart(parts[0], Modifier.Year, 0);
        }

        switch (parts[1])
        {
            case "family":
                return new BlockingKeyPart(parts[0], Modifier.Family, 0);
            case "given":
                return new BlockingKeyPart(parts[0], Modifier.Given, 0);
            case "initials":
                return new BlockingKeyPart(parts[0], Modifier.Initials, 0);
        }

        if (parts[1].StartsWith("prefix", StringComparison.Ordinal)
            && int.TryParse(parts[1].AsSpan(6), NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length > 0)
        {
            return new BlockingKeyPart(parts[0], Modifier.Prefix, length);
        }

        throw new LinkageInputException(sourceName, 0, $"'{text}' is not a blocking key: use FIELD, FIELD:year, FIELD:prefixN, or for a person name NAME:family, NAME:given or NAME:initials");
    }
}
