namespace Whereabouts.Linkage.Names;

/// <summary>
/// The key stage: transliterated Latin to a coarse phonetic skeleton in which the spellings that
/// real lists use for one name coincide. Steps per word, in order:
/// <list type="number">
/// <item>Family names: the ending is split off and replaced by its class (<see cref="FamilySuffixes"/>).</item>
/// <item>A Russian rendering of the beginning is replaced by the native one (<see cref="NameAliases"/>).</item>
/// <item>Letters become symbols. Voiced and voiceless pairs fold, because Western Armenian swaps
/// them (Kevork, Hagop, Bedros): b p → p, d t → t, g k q gh → k, j ch dzh dj → j, dz ts tz → c;
/// sh, zh keep their own symbols; w → v; ou → u. h, kh and x are dropped: Russian lists drop the
/// Armenian h (Арутюнян), write the Azerbaijani h as х (Махмудов) and the Azerbaijani x as х too,
/// and Turkish writes x as h, so only dropping all three lets the spellings meet.</item>
/// <item>An initial "vo" is "o" (Armenian ո is "vo" at a word start; diaspora writes Oskanian).</item>
/// <item>y and i as glides: y before a vowel, after u, or ending a word after a vowel is dropped,
/// otherwise it is the vowel i (Aydın, Айдын "aydyn"); i before another vowel is dropped
/// (Harutiunian, Mariam, Maryam), and so is an i ending a word after a vowel (Sergei, Nikolai).</item>
/// <item>Doubled symbols collapse (Sarkissian, Mammadov).</item>
/// <item>Armenian family names only: the last vowel of the stem is dropped when it is i, e or u
/// between a consonant and one or two final consonants, which is the vowel Eastern Armenian
/// reduces before -yan and other spellings keep (Sargsyan ~ Sarkissian, Khachatryan ~ Khachaturian,
/// Hovhannisyan ~ Оганесян, Mkrtchyan ~ Mkrtichian).</item>
/// <item>t before the affricate j is dropped (Mkrtchyan, Khatchadourian).</item>
/// <item>e and a fold (Azerbaijani ə is а or е in Russian: Мамедов, Джафаров), and doubles collapse again.</item>
/// </list>
/// The output alphabet is a i o u p t k s z v f m n l r j c, "sh", "zh" and digits, followed for
/// family names by the suffix class. Vowels other than e/a are kept, so Mammadov (mamat) and
/// Mahmudov (mamut), Aliyev and Quliyev stay apart.
/// </summary>
internal static class PhoneticKey
{
    public static string Of(string? text, NameKind kind) => Of(text, kind, withClass: true);

    /// <summary>
    /// The key of <paramref name="text"/>; for family names without the suffix class when
    /// <paramref name="withClass"/> is false (the stem: Abbas, Abbasov and Abbaszadə share it).
    /// </summary>
    public static string Of(string? text, NameKind kind, bool withClass)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var latin = new CharBuffer(stackalloc char[128]);
        var key = new CharBuffer(stackalloc char[64]);
        try
        {
            NameTransliterator.Write(text, ref latin);
            AppendWords(latin.Written, kind, ref key, withClass);
            return key.ToString();
        }
        finally
        {
            latin.Dispose();
            key.Dispose();
        }
    }

    /// <summary>Appends the keys of the space-separated words of transliterated text, space-separated.</summary>
    public static void AppendWords(scoped ReadOnlySpan<char> latin, NameKind kind, ref CharBuffer key, bool withClass = true)
    {
        while (!latin.IsEmpty)
        {
            var space = latin.IndexOf(' ');
            var word = space < 0 ? latin : latin[..space];
            latin = space < 0 ? [] : latin[(space + 1)..];
            if (word.IsEmpty)
            {
                continue;
            }

            var before = key.Length;
            if (before > 0)
            {
                key.Append(' ');
            }

            var start = key.Length;
            AppendWord(word, kind, ref key, withClass);
            if (key.Length == start)
            {
                // A word with nothing left (a lone "h") must not leave a stray separator.
                key.Truncate(before);
            }
        }
    }

    /// <summary>Appends the key of one transliterated word (lower-case ASCII letters and digits).</summary>
    public static void AppendWord(scoped ReadOnlySpan<char> word, NameKind kind, ref CharBuffer key, bool withClass = true)
    {
        var suffixClass = string.Empty;
        var stem = kind == NameKind.Family ? FamilySuffixes.Default.Split(word, out suffixClass) : word;

        var spelled = new CharBuffer(stackalloc char[64]);
        var symbols = new CharBuffer(stackalloc char[64]);
        try
        {
            if (NameAliases.Default.TryMatch(stem, out var prefixLength, out var replacement))
            {
                spelled.Append(replacement);
                spelled.Append(stem[prefixLength..]);
            }
            else
            {
                spelled.Append(stem);
            }

            AppendSymbols(spelled.Written, ref symbols);
            var s = symbols.Written;
            var n = DropInitialV(s);
            n = ResolveY(s[..n]);
            n = ResolveGlidesAndDoubles(s[..n]);
            if (kind == NameKind.Family && suffixClass == FamilySuffixes.ArmenianClass)
            {
                n = ReduceLastVowel(s[..n]);
            }

            n = DropTBeforeAffricate(s[..n]);
            n = FoldEToAAndCollapse(s[..n]);
            Emit(s[..n], ref key);
            if (withClass)
            {
                key.Append(suffixClass);
            }
        }
        finally
        {
            spelled.Dispose();
            symbols.Dispose();
        }
    }

    private static bool IsVowel(char symbol) => symbol is 'a' or 'e' or 'i' or 'o' or 'u';

    private static void AppendSymbols(ReadOnlySpan<char> w, ref CharBuffer symbols)
    {
        var i = 0;
        while (i < w.Length)
        {
            var c = w[i];
            var next = i + 1 < w.Length ? w[i + 1] : '\0';
            var afterNext = i + 2 < w.Length ? w[i + 2] : '\0';
            var symbol = '\0';
            var consumed = 1;
            switch (c)
            {
                case 'a' or 'e' or 'i' or 'u':
                    symbol = c;
                    break;
                case 'o':
                    (symbol, consumed) = next == 'u' ? ('u', 2) : ('o', 1);
                    break;
                case 'y':
                    symbol = 'Y';
                    break;
                case 'b' or 'p':
                    symbol = 'p';
                    break;
                case 'd':
                    (symbol, consumed) = (next, afterNext) switch
                    {
                        ('z', 'h') => ('j', 3),
                        ('z', _) => ('c', 2),
                        ('j', _) => ('j', 2),
                        _ => ('t', 1),
                    };
                    break;
                case 't':
                    (symbol, consumed) = next is 's' or 'z' ? ('c', 2) : ('t', 1);
                    break;
                case 'k':
                    // kh is dropped with h: see the summary.
                    (symbol, consumed) = next == 'h' ? ('\0', 2) : ('k', 1);
                    break;
                case 'g':
                    (symbol, consumed) = next == 'h' ? ('k', 2) : ('k', 1);
                    break;
                case 'q':
                    symbol = 'k';
                    break;
                case 's':
                    (symbol, consumed) = next == 'h' ? ('S', 2) : ('s', 1);
                    break;
                case 'z':
                    (symbol, consumed) = next == 'h' ? ('Z', 2) : ('z', 1);
                    break;
                case 'c':
                    (symbol, consumed) = next == 'h' ? ('j', 2) : ('c', 1);
                    break;
                case 'j':
                    symbol = 'j';
                    break;
                case 'v' or 'w':
                    symbol = 'v';
                    break;
                case 'f' or 'm' or 'n' or 'l' or 'r':
                    symbol = c;
                    break;
                case >= '0' and <= '9':
                    symbol = c;
                    break;
                default:
                    // h and x: dropped; see the summary.
                    break;
            }

            if (symbol != '\0')
            {
                symbols.Append(symbol);
            }

            i += consumed;
        }
    }

    private static int DropInitialV(Span<char> s)
    {
        if (s.Length >= 2 && s[0] == 'v' && s[1] == 'o')
        {
            s[1..].CopyTo(s);
            return s.Length - 1;
        }

        return s.Length;
    }

    private static int ResolveY(Span<char> s)
    {
        var m = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == 'Y')
            {
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                var previous = m > 0 ? s[m - 1] : '\0';
                if (IsVowel(next) || previous == 'u' || (IsVowel(previous) && next == '\0'))
                {
                    continue;
                }

                c = 'i';
            }

            s[m++] = c;
        }

        return m;
    }

    private static int ResolveGlidesAndDoubles(Span<char> s)
    {
        var m = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var previous = m > 0 ? s[m - 1] : '\0';
            if (c == 'i')
            {
                var next = i + 1 < s.Length ? s[i + 1] : '\0';
                if ((IsVowel(next) && next != 'i') || (next == '\0' && IsVowel(previous)))
                {
                    continue;
                }
            }

            if (c == previous)
            {
                continue;
            }

            s[m++] = c;
        }

        return m;
    }

    private static int ReduceLastVowel(Span<char> s)
    {
        var last = s.Length - 1;
        while (last >= 0 && !IsVowel(s[last]))
        {
            last--;
        }

        var trailingConsonants = s.Length - last - 1;
        if (last <= 0 || s[last] is not ('i' or 'e' or 'u') || IsVowel(s[last - 1]) || trailingConsonants is < 1 or > 2)
        {
            return s.Length;
        }

        s[(last + 1)..].CopyTo(s[last..]);
        var n = s.Length - 1;
        if (s[last - 1] == s[last])
        {
            // Movsis, Movses → movs: the consonants that met are one.
            s[(last + 1)..n].CopyTo(s[last..]);
            n--;
        }

        return n;
    }

    private static int DropTBeforeAffricate(Span<char> s)
    {
        var m = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == 't' && i + 1 < s.Length && s[i + 1] == 'j')
            {
                continue;
            }

            s[m++] = s[i];
        }

        return m;
    }

    private static int FoldEToAAndCollapse(Span<char> s)
    {
        var m = 0;
        foreach (var symbol in s)
        {
            var c = symbol == 'e' ? 'a' : symbol;
            if (m > 0 && s[m - 1] == c)
            {
                continue;
            }

            s[m++] = c;
        }

        return m;
    }

    private static void Emit(scoped ReadOnlySpan<char> s, ref CharBuffer key)
    {
        foreach (var symbol in s)
        {
            switch (symbol)
            {
                case 'S':
                    key.Append("sh");
                    break;
                case 'Z':
                    key.Append("zh");
                    break;
                default:
                    key.Append(symbol);
                    break;
            }
        }
    }
}
