namespace Whereabouts.Application.Common;

/// <summary>
/// Who is acting: the name every change is attributed to in the audit log. The web app reads it
/// from the signed-in account; the CLI from the operating-system user.
/// </summary>
public interface ICurrentActor
{
    /// <summary>The account or process name, never empty.</summary>
    string Name { get; }
}
