using Microsoft.Data.Sqlite;
using Whereabouts.Application.Common;
using Whereabouts.Application.Legal;
using Whereabouts.Application.Tracing;
using Whereabouts.Domain;
using Whereabouts.Storage;
using Whereabouts.Testing;

namespace Whereabouts.Application.Tests.Tracing;

/// <summary>
/// A registry on a real SQLite file (or a PostgreSQL database) with a contact vault over a key folder of its own, and the
/// tracing services acting as one caseworker. The people it adds are invented (family names
/// prefixed "Invented-").
/// </summary>
internal sealed class TracingRegistry : IAsyncDisposable
{
    public const string Phone = "+374 91 555 0142";

    private TracingRegistry(TestDatabase db, string keyFolder)
    {
        Db = db;
        KeyFolder = keyFolder;
        Vault = ContactVault.InFolder(keyFolder);
    }

    public TestDatabase Db { get; }

    public string KeyFolder { get; }

    public ContactVault Vault { get; }

    public static async Task<TracingRegistry> CreateAsync(DatabaseProvider provider = DatabaseProvider.Sqlite)
    {
        var db = await TestDatabase.CreateAsync(provider);
        return new TracingRegistry(db, Path.Combine(Path.GetTempPath(), "whereabouts-contact-keys", Guid.NewGuid().ToString("N")));
    }

    public TracingRequestEditor Editor(string actor = "anna") =>
        new(Db.Database, new TracingRequestIntake(Db.Database, Vault, TimeProvider.System), Notifications(actor), new FixedActor(actor), TimeProvider.System);

    public TracingRequestReader Reader() => new(Db.Database, Notifications("anna"));

    public TracingContacts Contacts(string actor = "anna", ContactVault? vault = null) => new(Db.Database, vault ?? Vault, new FixedActor(actor), TimeProvider.System);

    public FamilyNotifications Notifications(string actor) => new(Db.Database, new FixedActor(actor), TimeProvider.System);

    public static TracingRequestInput Request(string? contact = Phone, Guid? personId = null) => new(
        "Invented-Anahit Petrosyan",
        "mother",
        SoughtName: personId is null ? "Invented-Armen Petrosyan" : null,
        PersonId: personId,
        Contact: contact,
        Language: "hy",
        Consent: new TracingConsentInput(["ICRC"], ContactMayBeShared: false),
        LastSeenPlace: "Invented village",
        LastSeenOn: "2020-11-09",
        LastSeenWith: "his unit",
        ReceivedOn: "2020-12-01");

    /// <summary>Adds an invented person (and the source of its name) and returns its id.</summary>
    public async Task<Guid> PersonAsync(string familyName)
    {
        await using var context = Db.Database.CreateContext("test");
        var source = new Source(Guid.Empty, new SourceDetails(SourceKind.OfficialStatement, "Invented statement"));
        var person = new Person(Guid.Empty, new PersonName("Armen", "Invented-" + familyName, origin: "invented for a test", sourceId: source.Id), isInvented: true);
        context.AddRange(source, person);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        return person.Id;
    }

    /// <summary>Whether <paramref name="text"/> is in any of the database's files (the file, -wal, -shm), in UTF-8 or UTF-16.</summary>
    public bool IsInDatabaseFiles(string text) =>
        DatabaseFiles.Contain(new SqliteConnectionStringBuilder(Db.Location.ConnectionString).DataSource, text);

    public async ValueTask DisposeAsync()
    {
        await Db.DisposeAsync();
        if (Directory.Exists(KeyFolder))
        {
            Directory.Delete(KeyFolder, recursive: true);
        }
    }
}
