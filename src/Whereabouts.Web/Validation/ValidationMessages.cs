namespace Whereabouts.Web.Validation;

/// <summary>
/// Names the resource of the use cases' messages: <c>Resources/Validation/ValidationMessages.resx</c>
/// and its translations, keyed by each <see cref="Domain.Sentence"/>'s English template (ADR 0027).
/// Read through <see cref="Display.SentenceText"/>, or <c>IStringLocalizer&lt;ValidationMessages&gt;</c>.
/// </summary>
public sealed class ValidationMessages
{
    private ValidationMessages()
    {
    }
}
