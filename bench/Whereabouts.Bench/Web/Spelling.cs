namespace Whereabouts.Bench.Web;

/// <summary>Which of a name's <see cref="NameSpellings"/> a name form is written in.</summary>
internal enum Spelling
{
    Latin,
    Variant,
    Cyrillic,
    Armenian,
}
