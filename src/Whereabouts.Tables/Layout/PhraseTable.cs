namespace Whereabouts.Tables.Layout;

/// <summary>
/// Phrases a list may write (headers, fate words, sex words), each meaning one value, read from an
/// embedded JSON data file of the shape <c>{"Value": ["phrase", …], …}</c>. A text matches a phrase
/// exactly after <see cref="ListText.Normalize"/>; <see cref="TryFind"/> also accepts a text that
/// contains a phrase of three letters or more as whole words, the phrase with the most words (then
/// the most characters) winning, the leftmost on a tie. A phrase written with a leading "=" matches
/// exactly only: a generic word ("status", "номер") must not claim "Marital status" or "Номер телефона".
/// </summary>
/// <typeparam name="T">What a phrase means.</typeparam>
internal sealed class PhraseTable<T>
    where T : notnull
{
    private readonly Dictionary<string, T> exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, T Value)>> byFirstWord = new(StringComparer.Ordinal);

    private PhraseTable()
    {
    }

    /// <summary>Every normalised phrase with its value (for the data's own tests).</summary>
    public IReadOnlyDictionary<string, T> Phrases => exact;

    /// <summary>Reads the embedded data file <paramref name="resource"/> (e.g. "headers.json"); keys are parsed by <paramref name="parse"/>.</summary>
    /// <exception cref="InvalidOperationException">The data file is missing, malformed, or gives one phrase two meanings: a bug of the build, not of any input.</exception>
    public static PhraseTable<T> Load(string resource, Func<string, T> parse)
    {
        using var document = ListVocabulary.ReadData(resource);
        var table = new PhraseTable<T>();
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            var value = parse(entry.Name);
            foreach (var item in entry.Value.EnumerateArray())
            {
                table.Add(item.GetString() ?? throw new InvalidOperationException($"{resource}: {entry.Name} lists a null"), value, resource);
            }
        }

        return table;
    }

    /// <summary>The value of the phrase <paramref name="normalized"/> (already normalised) matches exactly.</summary>
    public bool TryExact(string normalized, out T value) => exact.TryGetValue(normalized, out value!);

    /// <summary>The value <paramref name="text"/> names: exactly, or by the longest phrase it contains.</summary>
    /// <param name="text">The text as the list wrote it.</param>
    /// <param name="value">The value found.</param>
    /// <param name="extraWords">How many words beyond a contained phrase the text may have; a long text that mentions a phrase in passing (a title) is not named by it.</param>
    public bool TryFind(string text, out T value, int extraWords = int.MaxValue)
    {
        var normalized = ListText.Normalize(text);
        if (normalized.Length == 0)
        {
            value = default!;
            return false;
        }

        if (exact.TryGetValue(normalized, out value!))
        {
            return true;
        }

        var words = normalized.Split(' ');
        var best = 0;
        var bestLength = 0;
        for (var i = 0; i < words.Length; i++)
        {
            if (!byFirstWord.TryGetValue(words[i], out var candidates))
            {
                continue;
            }

            foreach (var (phrase, meaning) in candidates)
            {
                if (i + phrase.Length > words.Length || phrase.Length < best || words.Length - phrase.Length > extraWords || !Matches(words, i, phrase))
                {
                    continue;
                }

                var length = phrase.Sum(w => w.Length);
                if (phrase.Length > best || length > bestLength)
                {
                    best = phrase.Length;
                    bestLength = length;
                    value = meaning;
                }
            }
        }

        return best > 0;
    }

    private static bool Matches(string[] words, int at, string[] phrase)
    {
        for (var k = 1; k < phrase.Length; k++)
        {
            if (!string.Equals(words[at + k], phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private void Add(string phrase, T value, string resource)
    {
        var exactOnly = phrase.StartsWith('=');
        var normalized = ListText.Normalize(exactOnly ? phrase[1..] : phrase);
        if (normalized.Length == 0)
        {
            throw new InvalidOperationException($"{resource}: \"{phrase}\" has no letters");
        }

        if (exact.TryGetValue(normalized, out var earlier))
        {
            if (!EqualityComparer<T>.Default.Equals(earlier, value))
            {
                throw new InvalidOperationException($"{resource}: \"{phrase}\" means both {earlier} and {value}");
            }

            return;
        }

        exact.Add(normalized, value);
        if (!exactOnly && ListText.Letters(normalized) >= 3)
        {
            var words = normalized.Split(' ');
            if (!byFirstWord.TryGetValue(words[0], out var list))
            {
                byFirstWord[words[0]] = list = [];
            }

            list.Add((words, value));
        }
    }
}
