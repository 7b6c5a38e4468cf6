using System.Text;
using System.Text.RegularExpressions;

namespace Whereabouts.Web.Tests.Support;

/// <summary>
/// Reads C# sources for the message templates they raise, as a <c>SentenceHandler</c> would make
/// them at run time: the message argument of <c>errors.Add</c> (or <c>Add</c> inside <c>FieldErrors</c>), <c>errors.Text</c>/<c>Date</c>
/// (their required message), <c>RequiredChoice</c>, <c>new ValidationFailedException</c>,
/// <c>new DomainRuleException</c>, <c>Sentence.Of</c> and the engines' <c>EngineText.Of</c>, when it is a string literal, an
/// interpolated string (each hole becomes <c>{n}</c>, its alignment and format kept), a chain of
/// them joined by <c>+</c>, or a string constant of the same file. Anything else (a variable, a
/// call) is a message made elsewhere and is not a template here.
/// </summary>
/// <remarks>A lexer rather than Roslyn, like <c>LocalizerKeyTests</c>' regular expressions: enough
/// for the forms the project writes, and no package for it.</remarks>
internal static partial class SentenceTemplates
{
    private static readonly (Regex Call, int Count, int Message)[] Calls =
    [
        (ValidationFailed(), 2, 1),
        (DomainRule(), 2, 1),
        (ErrorsAdd(), 2, 1),
        (ErrorsTextOrDate(), 4, 3),
        (RequiredChoice(), 4, 3),
        (SentenceOf(), 1, 0),
        (EngineTextOf(), 1, 0),
    ];

    /// <summary>The templates of every <c>.cs</c> file below <paramref name="folder"/>, each with where it is written.</summary>
    /// <param name="folder">A source folder.</param>
    /// <param name="problems">Message arguments that mix plain and interpolated parts, which the handler cannot see as one template.</param>
    public static List<(string Template, string Place)> In(string folder, List<string> problems)
    {
        var found = new List<(string, string)>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            found.AddRange(InSource(File.ReadAllText(file), Path.GetFileName(file), problems));
        }

        return found;
    }

    /// <summary>The templates of one source text (see <see cref="In"/>).</summary>
    public static List<(string Template, string Place)> InSource(string source, string name, List<string> problems)
    {
        var constants = Constants(source);
        var found = new List<(string, string)>();
        foreach (var (call, count, message) in Calls)
        {
            foreach (Match match in call.Matches(source))
            {
                var arguments = Arguments(source, match.Index + match.Length - 1);
                if (arguments.Count != count)
                {
                    continue;
                }

                var (start, end) = arguments[message];
                var text = source[start..end].Trim();
                var place = $"{name}:{source.AsSpan(0, match.Index).Count('\n') + 1}";
                string? template;
                if (text.Length > 0 && text[0] is '"' or '$' or '@')
                {
                    template = Chain(source, start, end, out var mixed);
                    if (mixed)
                    {
                        problems.Add($"{place}: write every part of the message as $\"…\", or none, so that it is one template");
                        continue;
                    }
                }
                else
                {
                    template = constants.GetValueOrDefault(text);
                }

                if (template is not null)
                {
                    found.Add((template, place));
                }
            }
        }

        return found;
    }

    private static Dictionary<string, string> Constants(string source)
    {
        var constants = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match match in Constant().Matches(source))
        {
            var end = source.IndexOf(';', match.Index + match.Length);
            if (end > 0 && Chain(source, match.Index + match.Length, end, out _) is { Length: > 0 } text)
            {
                constants[match.Groups["name"].Value] = text;
            }
        }

        return constants;
    }

    /// <summary>A <c>+</c> chain of string tokens between <paramref name="start"/> and <paramref name="end"/>: its template; null when it is not one; empty when it mixes plain and interpolated parts.</summary>
    private static string? Chain(string source, int start, int end, out bool mixed)
    {
        var template = new StringBuilder();
        var holes = 0;
        var kinds = new HashSet<bool>();
        var at = start;
        while (true)
        {
            at = SkipSpace(source, at, end);
            if (at >= end || source[at] is not ('"' or '$' or '@'))
            {
                mixed = false;
                return null;
            }

            at = ReadString(source, at, template, ref holes, out var interpolated);
            kinds.Add(interpolated);
            at = SkipSpace(source, at, end);
            if (at >= end)
            {
                break;
            }

            if (source[at] != '+')
            {
                mixed = false;
                return null;
            }

            at++;
        }

        mixed = kinds.Count > 1;
        if (mixed)
        {
            return string.Empty;
        }

        // Without holes the handler is not used: the text is the plain string, braces single.
        var text = template.ToString();
        return kinds.Contains(true) && holes == 0 ? text.Replace("{{", "{", StringComparison.Ordinal).Replace("}}", "}", StringComparison.Ordinal) : text;
    }

    private static int SkipSpace(string source, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(source[at]))
        {
            at++;
        }

        return at;
    }

    /// <summary>Reads the string token at <paramref name="at"/> into <paramref name="template"/>; returns the index after it.</summary>
    private static int ReadString(string source, int at, StringBuilder template, ref int holes, out bool interpolated)
    {
        interpolated = false;
        var verbatim = false;
        while (source[at] is '$' or '@')
        {
            interpolated |= source[at] == '$';
            verbatim |= source[at] == '@';
            at++;
        }

        at++; // the opening quote
        while (true)
        {
            var c = source[at];
            if (verbatim && c == '"' && source[at + 1] == '"')
            {
                template.Append('"');
                at += 2;
            }
            else if (c == '"')
            {
                return at + 1;
            }
            else if (!verbatim && c == '\\')
            {
                template.Append(Unescape(source[at + 1]));
                at += 2;
            }
            else if (interpolated && c == '{' && source[at + 1] == '{')
            {
                template.Append("{{");
                at += 2;
            }
            else if (interpolated && c == '}' && source[at + 1] == '}')
            {
                template.Append("}}");
                at += 2;
            }
            else if (interpolated && c == '{')
            {
                at = ReadHole(source, at + 1, template, holes++);
            }
            else
            {
                template.Append(c);
                at++;
            }
        }
    }

    /// <summary>Reads a hole's expression, alignment and format; writes <c>{n,alignment:format}</c>; returns the index after its closing brace.</summary>
    private static int ReadHole(string source, int at, StringBuilder template, int number)
    {
        var start = at;
        var depth = 0;
        int? alignment = null;
        int? format = null;
        var ignored = new StringBuilder();
        var unused = 0;
        while (true)
        {
            var c = source[at];
            if (format is null && (c == '"' || (c is '$' or '@' && source[at + 1] is '"' or '$' or '@')))
            {
                at = ReadString(source, at, ignored, ref unused, out _);
                continue;
            }

            if (format is null && c == '\'')
            {
                at = SkipChar(source, at);
                continue;
            }

            if (format is null && c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (format is null && c is ')' or ']')
            {
                depth--;
            }
            else if (c == '}' && (format is not null || depth == 0))
            {
                break;
            }
            else if (c == '}')
            {
                depth--;
            }
            else if (depth == 0 && format is null && c == ':' && !source.AsSpan(start, at - start).Contains('?'))
            {
                format = at;
            }
            else if (depth == 0 && format is null && alignment is null && c == ',')
            {
                alignment = at;
            }

            at++;
        }

        template.Append('{').Append(number.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (alignment is { } comma)
        {
            template.Append(source.AsSpan(comma, (format ?? at) - comma).ToString().Replace(" ", string.Empty, StringComparison.Ordinal));
        }

        if (format is { } colon)
        {
            template.Append(source.AsSpan(colon, at - colon));
        }

        template.Append('}');
        return at + 1;
    }

    private static int SkipChar(string source, int at)
    {
        at++;
        while (source[at] != '\'')
        {
            at += source[at] == '\\' ? 2 : 1;
        }

        return at + 1;
    }

    private static char Unescape(char escaped) => escaped switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        '0' => '\0',
        _ => escaped,
    };

    /// <summary>The top-level arguments of the call whose opening parenthesis is at <paramref name="open"/>, as ranges.</summary>
    private static List<(int Start, int End)> Arguments(string source, int open)
    {
        var arguments = new List<(int, int)>();
        var ignored = new StringBuilder();
        var unused = 0;
        var depth = 0;
        var start = open + 1;
        var at = start;
        while (at < source.Length)
        {
            var c = source[at];
            if (c == '"' || (c is '$' or '@' && source[at + 1] is '"' or '$' or '@'))
            {
                at = ReadString(source, at, ignored, ref unused, out _);
                continue;
            }

            if (c == '\'')
            {
                at = SkipChar(source, at);
                continue;
            }

            if (c == '/' && source[at + 1] == '/')
            {
                at = source.IndexOf('\n', at);
                continue;
            }

            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}' && depth == 0)
            {
                arguments.Add((start, at));
                return arguments;
            }
            else if (c is ')' or ']' or '}')
            {
                depth--;
            }
            else if (c == ',' && depth == 0)
            {
                arguments.Add((start, at));
                start = at + 1;
            }

            at++;
        }

        return arguments;
    }

    [GeneratedRegex(@"\bnew\s+ValidationFailedException\s*\(", RegexOptions.None, 5000)]
    private static partial Regex ValidationFailed();

    [GeneratedRegex(@"\bnew\s+DomainRuleException\s*\(", RegexOptions.None, 5000)]
    private static partial Regex DomainRule();

    [GeneratedRegex(@"(?:\berrors\.|(?<![\w.]))Add\s*\(", RegexOptions.None, 5000)]
    private static partial Regex ErrorsAdd();

    [GeneratedRegex(@"\berrors\.(?:Text|Date)\s*\(", RegexOptions.None, 5000)]
    private static partial Regex ErrorsTextOrDate();

    [GeneratedRegex(@"\bRequiredChoice<[^>]*>\s*\(", RegexOptions.None, 5000)]
    private static partial Regex RequiredChoice();

    [GeneratedRegex(@"\bSentence\.Of\s*\(", RegexOptions.None, 5000)]
    private static partial Regex SentenceOf();

    // The engines' messages (src/Shared/EngineText.cs), which the app translates like its own.
    [GeneratedRegex(@"\bEngineText\.Of\s*\(", RegexOptions.None, 5000)]
    private static partial Regex EngineTextOf();

    [GeneratedRegex(@"(?:const|static\s+readonly)\s+string\s+(?<name>\w+)\s*=\s*", RegexOptions.None, 5000)]
    private static partial Regex Constant();
}
