using Whereabouts.Application.Verification;

namespace Whereabouts.Web.Pages;

/// <summary>The verification panel's form, as posted: the next state, the methods ticked, the note, and the state the reviewer saw.</summary>
internal sealed class VerificationForm
{
    public string? State { get; set; }

    public List<string> Methods { get; set; } = [];

    public string? Note { get; set; }

    public string? ExpectedState { get; set; }

    public VerificationInput ToInput() => new(State, Methods, Note, ExpectedState);
}
