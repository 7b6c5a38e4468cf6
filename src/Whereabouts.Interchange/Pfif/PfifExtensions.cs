namespace Whereabouts.Interchange.Pfif;

/// <summary>
/// The fields a PFIF record carries beyond PFIF 1.4's own: elements of one further namespace,
/// written after a record's PFIF fields with the prefix <see cref="Prefix"/>, and read back by their
/// local names into <see cref="PfifPerson.Extensions"/> and <see cref="PfifNote.Extensions"/>.
/// </summary>
/// <remarks>
/// The engine carries them as text and gives them no meaning; the registry decides what they say
/// (docs/adr/0008). Other people finders skip elements of a namespace they do not know, so a
/// document with them is still a valid PFIF 1.4 document.
/// </remarks>
public static class PfifExtensions
{
    /// <summary>The namespace of the extension fields.</summary>
    public const string Namespace = "https://whereabouts.example/pfif-extension/1";

    /// <summary>The prefix the writer gives the namespace.</summary>
    public const string Prefix = "wa";

    /// <summary>The most extension fields one record may carry; more are reported and ignored.</summary>
    public const int MaxFieldsPerRecord = 32;
}
