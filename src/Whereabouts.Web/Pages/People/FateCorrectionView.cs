using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Pages.People;

/// <summary>What the dossier's timeline shows under an assertion about its correction: the retraction, or the way to retract it.</summary>
/// <param name="PersonId">The person whose history holds the assertion.</param>
/// <param name="Fate">The assertion.</param>
/// <param name="CanRetract">True when the reader may retract assertions (caseworkers, administrators).</param>
internal sealed record FateCorrectionView(Guid PersonId, DossierFate Fate, bool CanRetract);
