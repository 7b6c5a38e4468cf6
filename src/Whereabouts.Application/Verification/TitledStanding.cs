using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>A source's title and reliability with where its evidence stands, read together for a dossier.</summary>
/// <param name="Title">The source's title.</param>
/// <param name="Reliability">The source's reliability grade.</param>
/// <param name="Standing">Where the source's evidence stands (docs/adr/0029).</param>
internal sealed record TitledStanding(string Title, Reliability Reliability, EvidenceStanding Standing);
