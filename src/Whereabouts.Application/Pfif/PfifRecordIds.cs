using System.Security.Cryptography;
using System.Text;
using Whereabouts.Domain;

namespace Whereabouts.Application.Pfif;

/// <summary>
/// How PFIF record ids and registry identities correspond, so that importing the same records
/// twice finds them the second time, and exporting a record that came from PFIF gives back its
/// original id.
/// </summary>
/// <remarks>
/// <para>A person or fate assertion imported from PFIF gets an identity derived from its record id
/// (the first 16 bytes of the SHA-256 of <c>whereabouts-pfif:person:</c> or <c>whereabouts-pfif:note:</c>
/// and the id, as an RFC 9562 version 8 UUID). The record id itself stays readable in the registry:
/// in the origin of the person's name forms (<c>PFIF example.org/person.17</c>) and in the locator of
/// the assertion's evidence (<c>PFIF note example.org/note.3</c>).</para>
/// <para>Records this registry exported are named <c>DOMAIN/person.GUID</c> and
/// <c>DOMAIN/note.GUID</c> with the registry's own identities; importing them under the same
/// domain maps them straight back to those identities.</para>
/// </remarks>
public static class PfifRecordIds
{
    /// <summary>The domain of exported record ids when none is configured.</summary>
    public const string DefaultDomain = "whereabouts.example";

    /// <summary>The start of a name form's origin that holds a PFIF person record id.</summary>
    public const string NameOriginPrefix = "PFIF ";

    /// <summary>The start of an evidence locator that holds a PFIF note record id.</summary>
    public const string NoteLocatorPrefix = "PFIF note ";

    /// <summary>The longest record id kept (it is stored in name origins and evidence locators).</summary>
    public const int MaxRecordIdLength = 200;

    private const string PersonPart = "/person.";
    private const string NotePart = "/note.";

    /// <summary>The registry identity of the person a PFIF person record id stands for.</summary>
    public static Guid PersonId(string personRecordId, string ownDomain) => IdFor(personRecordId, ownDomain, PersonPart, "person");

    /// <summary>The registry identity of the fate assertion a PFIF note record id stands for.</summary>
    public static Guid NoteId(string noteRecordId, string ownDomain) => IdFor(noteRecordId, ownDomain, NotePart, "note");

    /// <summary>The record id to export a person under: its original PFIF id when it came from PFIF, else <c>DOMAIN/person.GUID</c>.</summary>
    public static string PersonRecordId(Person person, string domain)
    {
        ArgumentNullException.ThrowIfNull(person);
        foreach (var name in person.Names)
        {
            if (name.Origin is { } origin && origin.StartsWith(NameOriginPrefix, StringComparison.Ordinal))
            {
                var original = origin[NameOriginPrefix.Length..];
                if (PersonId(original, domain) == person.Id)
                {
                    return original;
                }
            }
        }

        return domain + PersonPart + person.Id.ToString("D");
    }

    /// <summary>The record id to export a fate assertion under: its original note id when it came from PFIF, else <c>DOMAIN/note.GUID</c>.</summary>
    public static string NoteRecordId(FateAssertion assertion, string domain)
    {
        ArgumentNullException.ThrowIfNull(assertion);
        if (assertion.Evidence.Locator is { } locator && locator.StartsWith(NoteLocatorPrefix, StringComparison.Ordinal))
        {
            var original = locator[NoteLocatorPrefix.Length..];
            if (NoteId(original, domain) == assertion.Id)
            {
                return original;
            }
        }

        return domain + NotePart + assertion.Id.ToString("D");
    }

    /// <summary>Checks that <paramref name="domain"/> can start a record id: not empty, no slash, no white space.</summary>
    /// <exception cref="ArgumentException">It cannot.</exception>
    public static string CheckDomain(string? domain)
    {
        if (string.IsNullOrWhiteSpace(domain) || domain.Contains('/', StringComparison.Ordinal) || domain.Any(char.IsWhiteSpace))
        {
            throw new ArgumentException($"'{domain}' is not a domain for PFIF record ids (such as registry.example.org: no slash, no spaces).", nameof(domain));
        }

        return domain;
    }

    private static Guid IdFor(string recordId, string ownDomain, string part, string kind)
    {
        ArgumentException.ThrowIfNullOrEmpty(recordId);
        ArgumentException.ThrowIfNullOrEmpty(ownDomain);
        var own = ownDomain + part;
        if (recordId.StartsWith(own, StringComparison.Ordinal)
            && Guid.TryParseExact(recordId.AsSpan(own.Length), "D", out var registryId))
        {
            return registryId;
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes($"whereabouts-pfif:{kind}:{recordId}"), hash);
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x80);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
