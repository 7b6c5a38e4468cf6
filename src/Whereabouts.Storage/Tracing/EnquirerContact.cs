namespace Whereabouts.Storage.Tracing;

/// <summary>
/// The contact details of a tracing request's enquirer, encrypted by the application with a key
/// kept outside the database (docs/adr/0025). One row per request that has a contact on file.
/// </summary>
/// <remarks>
/// The row is deliberately outside the audit log: the log is kept forever and copied into
/// backups, and a family's telephone number must be erasable. What is done with the contact
/// (recorded, shown, replaced, erased) is recorded on the request as a
/// <see cref="Domain.ContactEvent"/>, which is audited. Erasing removes the row; it is the one
/// kind of registry row that may be deleted.
/// </remarks>
public sealed class EnquirerContact
{
    /// <summary>Creates the row for a request.</summary>
    public EnquirerContact(Guid tracingRequestId, string protectedText)
    {
        TracingRequestId = tracingRequestId;
        ProtectedText = protectedText;
    }

    /// <summary>The request whose enquirer this is.</summary>
    public Guid TracingRequestId { get; private init; }

    /// <summary>The contact details, encrypted (the output of an <c>IDataProtector</c>); never the text itself.</summary>
    public string ProtectedText { get; private set; }

    /// <summary>Replaces the encrypted contact details.</summary>
    public void Replace(string protectedText) => ProtectedText = protectedText;
}
