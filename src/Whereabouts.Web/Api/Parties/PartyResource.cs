using Whereabouts.Application.Parties;

namespace Whereabouts.Web.Api.Parties;

/// <summary>A party to the conflict: its stable slug (what <c>side</c> fields and parameters hold) and its name in each language.</summary>
internal sealed record PartyResource(string Slug, string NameEn, string? NameHy, string? NameRu, string? NameAz, int Version)
{
    public static PartyResource From(PartyView party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new(party.Slug, party.NameEn, party.NameHy, party.NameRu, party.NameAz, party.Version);
    }
}
