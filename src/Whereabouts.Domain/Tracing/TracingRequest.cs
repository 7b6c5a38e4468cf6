using System.Globalization;

namespace Whereabouts.Domain;

/// <summary>
/// A family's request to know what became of a relative: who asks and how they are related, what
/// they consent to, whom they seek and what they told of the last sighting, and where the office's
/// work on it stands. A tracing office counts its work in requests and in families answered.
/// </summary>
/// <remarks>
/// <para>The enquirer's contact details are not part of the request: they are kept encrypted
/// apart from it (docs/adr/0025), so that they never reach the audit log, an export or a page by
/// accident, and can be erased while the request stays. The request records that they exist
/// (<see cref="HasContact"/>) and every time they were recorded, shown or erased
/// (<see cref="ContactEvents"/>).</para>
/// <para>The status only moves by recorded <see cref="Steps"/>; the steps are never changed.</para>
/// </remarks>
public sealed class TracingRequest
{
    /// <summary>The longest a name, relationship or place may be.</summary>
    public const int ShortTextLength = 200;

    /// <summary>The longest the circumstances may be.</summary>
    public const int LongTextLength = 4000;

    /// <summary>The most organisations a consent may name.</summary>
    public const int MaxShareWith = 20;

    private readonly List<TracingRequestStep> _steps = [];
    private readonly List<ContactEvent> _contactEvents = [];
    private readonly List<string> _shareWith = [];

    /// <summary>Registers a request; it starts <see cref="TracingRequestStatus.Open"/>.</summary>
    /// <param name="id">The identity, or <see cref="Guid.Empty"/> for a new one.</param>
    /// <param name="reference">The office's reference, <c>T-YYYY-NNNN</c> (<see cref="FormatReference"/>).</param>
    /// <param name="receivedOn">When the family asked (it may have been before it was entered).</param>
    /// <param name="channel">How the request arrived.</param>
    /// <param name="details">What the family told.</param>
    /// <param name="recordedBy">The account that registered it.</param>
    /// <param name="recordedAt">When it was registered.</param>
    /// <exception cref="DomainRuleException">A malformed reference, a date after the day it is recorded, or invalid details.</exception>
    public TracingRequest(
        Guid id,
        string reference,
        PartialDate receivedOn,
        TracingRequestChannel channel,
        TracingRequestDetails details,
        string recordedBy,
        DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(details);
        if (!IsReference(reference))
        {
            throw new DomainRuleException("tracing.reference", $"\"{reference}\" is not a request reference such as T-2021-0042.");
        }

        if (!Enum.IsDefined(channel))
        {
            throw new DomainRuleException("tracing.channel", $"{(int)channel} is not a channel.");
        }

        Id = id == Guid.Empty ? Guid.NewGuid() : id;
        Reference = reference;
        Channel = channel;
        RecordedAt = recordedAt.ToUniversalTime();
        ReceivedOn = receivedOn ?? throw new DomainRuleException("tracing.received-required", "A request needs the date the family asked.");
        if (DateOnly.FromDateTime(RecordedAt.UtcDateTime.AddHours(14)) < receivedOn.Earliest)
        {
            throw new DomainRuleException(
                "tracing.received-in-future",
                $"A request recorded on {RecordedAt:yyyy-MM-dd} cannot have been received on {receivedOn}.");
        }

        RecordedBy = TextValue.OrNull(recordedBy) ?? throw new DomainRuleException("tracing.actor-required", "A request must say who registered it.");
        EnquirerName = null!;
        Relationship = null!;
        SoughtName = null!;
        Apply(details);
        _steps.Add(new TracingRequestStep(Guid.NewGuid(), TracingRequestStatus.Open, RecordedBy, RecordedAt, null));
    }

    // For the storage layer.
    private TracingRequest()
    {
        Reference = null!;
        ReceivedOn = null!;
        EnquirerName = null!;
        Relationship = null!;
        SoughtName = null!;
        RecordedBy = null!;
    }

    /// <summary>The request's identity.</summary>
    public Guid Id { get; private init; }

    /// <summary>The office's reference, <c>T-YYYY-NNNN</c>, given to the family as the receipt.</summary>
    public string Reference { get; private init; }

    /// <summary>When the family asked.</summary>
    public PartialDate ReceivedOn { get; private init; }

    /// <summary>How the request arrived.</summary>
    public TracingRequestChannel Channel { get; private init; }

    /// <summary>The name of the person asking.</summary>
    public string EnquirerName { get; private set; }

    /// <summary>How the enquirer is related to the person sought.</summary>
    public string Relationship { get; private set; }

    /// <summary>The language the enquirer speaks (a language tag), or null.</summary>
    public string? Language { get; private set; }

    /// <summary>The organisations the family consents to the request being shared with.</summary>
    public IReadOnlyList<string> ShareWith => _shareWith;

    /// <summary>Whether the family consents to its contact details being passed on to those organisations.</summary>
    public bool ContactMayBeShared { get; private set; }

    /// <summary>The name of the person sought, as the family gave it.</summary>
    public string SoughtName { get; private set; }

    /// <summary>The sought person's birth date as the family gave it, or null.</summary>
    public PartialDate? SoughtBirthDate { get; private set; }

    /// <summary>Where the family last knew the person to be, or null.</summary>
    public string? LastSeenPlace { get; private set; }

    /// <summary>When, or null.</summary>
    public PartialDate? LastSeenOn { get; private set; }

    /// <summary>With whom, or null.</summary>
    public string? LastSeenWith { get; private set; }

    /// <summary>Anything else the family told, or null.</summary>
    public string? Circumstances { get; private set; }

    /// <summary>The registry person the request is about, once linked (or registered from it); null before.</summary>
    public Guid? PersonId { get; private set; }

    /// <summary>The source registered from the request (the family's report, the family as its author), or null.</summary>
    public Guid? SourceId { get; private set; }

    /// <summary>Where the request stands: the status of the latest step.</summary>
    public TracingRequestStatus Status { get; private set; }

    /// <summary>Whether contact details of the enquirer are on file (they are kept apart, encrypted).</summary>
    public bool HasContact { get; private set; }

    /// <summary>The status changes, earliest first; the first is the registration.</summary>
    public IReadOnlyList<TracingRequestStep> Steps => _steps;

    /// <summary>Every recording, showing, replacement and erasure of the contact details, earliest first.</summary>
    public IReadOnlyList<ContactEvent> ContactEvents => _contactEvents;

    /// <summary>The account that registered the request.</summary>
    public string RecordedBy { get; private init; }

    /// <summary>When it was registered, in UTC.</summary>
    public DateTimeOffset RecordedAt { get; private init; }

    /// <summary>The number of saved edits; used to detect conflicting edits.</summary>
    public int Version { get; private set; }

    /// <summary>What the family told, as one value.</summary>
    public TracingRequestDetails Details => new(
        EnquirerName, Relationship, Language, [.. _shareWith], ContactMayBeShared, SoughtName, SoughtBirthDate, LastSeenPlace, LastSeenOn, LastSeenWith, Circumstances);

    /// <summary>The reference of the <paramref name="number"/>th request received in <paramref name="year"/>: <c>T-2021-0042</c>.</summary>
    public static string FormatReference(int year, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"T-{year:D4}-{number:D4}");

    /// <summary>Whether <paramref name="text"/> has the form of a reference (<c>T-</c>, a four-digit year, <c>-</c>, four or more digits).</summary>
    public static bool IsReference(string? text) =>
        text is { Length: >= 11 and <= 16 }
        && text.StartsWith("T-", StringComparison.Ordinal)
        && text[6] == '-'
        && text.AsSpan(2, 4).IndexOfAnyExceptInRange('0', '9') < 0
        && text.AsSpan(7).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>Corrects what the family told (a misheard name, a consent withdrawn).</summary>
    /// <exception cref="DomainRuleException">Invalid details.</exception>
    public void Edit(TracingRequestDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        Apply(details);
    }

    /// <summary>Links the request to the registry person it is about, with the source registered from it, if any.</summary>
    /// <exception cref="DomainRuleException">No person.</exception>
    public void LinkTo(Guid personId, Guid? sourceId)
    {
        if (personId == Guid.Empty)
        {
            throw new DomainRuleException("tracing.person-required", "Choose the registry person the request is about.");
        }

        PersonId = personId;
        if (sourceId is { } source && source != Guid.Empty)
        {
            SourceId = source;
        }
    }

    /// <summary>Moves the request to <paramref name="status"/>.</summary>
    /// <exception cref="DomainRuleException">
    /// The move is not allowed from the current status (see <see cref="CanMove"/>), or closing or
    /// reopening without a reason.
    /// </exception>
    public TracingRequestStep MoveTo(TracingRequestStatus status, string by, DateTimeOffset at, string? reason)
    {
        if (!CanMove(Status, status))
        {
            throw new DomainRuleException("tracing.transition", $"A request that is {Status} cannot move to {status}.");
        }

        if ((status == TracingRequestStatus.Closed || Status == TracingRequestStatus.Closed) && TextValue.OrNull(reason) is null)
        {
            throw new DomainRuleException("tracing.reason-required", "Say why the request is closed or reopened.");
        }

        var step = new TracingRequestStep(Guid.NewGuid(), status, by, at, reason);
        _steps.Add(step);
        Status = status;
        return step;
    }

    /// <summary>
    /// Whether a request may move from <paramref name="from"/> to <paramref name="to"/>: open to
    /// searching, answered or closed; searching to answered or closed; answered to searching (the
    /// evidence changed), answered again, or closed; closed only back to open.
    /// </summary>
    public static bool CanMove(TracingRequestStatus from, TracingRequestStatus to) => (from, to) switch
    {
        (TracingRequestStatus.Open, TracingRequestStatus.Searching or TracingRequestStatus.Answered or TracingRequestStatus.Closed) => true,
        (TracingRequestStatus.Searching, TracingRequestStatus.Answered or TracingRequestStatus.Closed) => true,
        (TracingRequestStatus.Answered, TracingRequestStatus.Searching or TracingRequestStatus.Answered or TracingRequestStatus.Closed) => true,
        (TracingRequestStatus.Closed, TracingRequestStatus.Open) => true,
        _ => false,
    };

    /// <summary>Records what was done with the contact details; keeps <see cref="HasContact"/> in step.</summary>
    /// <exception cref="DomainRuleException">Showing or erasing a contact that is not on file, or an invalid event.</exception>
    public ContactEvent RecordContactEvent(ContactEventKind kind, string by, DateTimeOffset at, string? reason)
    {
        if (kind is ContactEventKind.Viewed or ContactEventKind.Erased && !HasContact)
        {
            throw new DomainRuleException("tracing.no-contact", "No contact details are on file for this request.");
        }

        var contactEvent = new ContactEvent(Guid.NewGuid(), kind, by, at, reason);
        _contactEvents.Add(contactEvent);
        HasContact = kind switch
        {
            ContactEventKind.Recorded or ContactEventKind.Replaced => true,
            ContactEventKind.Erased => false,
            _ => HasContact,
        };
        return contactEvent;
    }

    private void Apply(TracingRequestDetails details)
    {
        var enquirer = Required(details.EnquirerName, "tracing.enquirer-required", "Enter the name of the person asking.");
        var relationship = Required(details.Relationship, "tracing.relationship-required", "Say how the person asking is related to the person sought (mother, brother, wife).");
        var sought = Required(details.SoughtName, "tracing.sought-required", "Enter the name of the person sought, as the family gave it.");
        var language = TextValue.OrNull(details.Language);
        if (language is not null && !IsLanguageTag(language))
        {
            throw new DomainRuleException("tracing.language", $"\"{language}\" is not a language tag such as hy, ru, az or en.");
        }

        var shareWith = (details.ShareWith ?? []).Select(TextValue.OrNull).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (shareWith.Count > MaxShareWith || shareWith.Any(s => s.Length > ShortTextLength))
        {
            throw new DomainRuleException("tracing.share-with", $"Name at most {MaxShareWith} organisations, each in at most {ShortTextLength} characters.");
        }

        var place = Short(details.LastSeenPlace);
        var with = Short(details.LastSeenWith);
        var circumstances = TextValue.OrNull(details.Circumstances);
        if (circumstances is { Length: > LongTextLength })
        {
            throw new DomainRuleException("tracing.circumstances-length", $"The circumstances may be at most {LongTextLength} characters.");
        }

        EnquirerName = enquirer;
        Relationship = relationship;
        Language = language;
        _shareWith.Clear();
        _shareWith.AddRange(shareWith);
        ContactMayBeShared = details.ContactMayBeShared;
        SoughtName = sought;
        SoughtBirthDate = details.SoughtBirthDate;
        LastSeenPlace = place;
        LastSeenOn = details.LastSeenOn;
        LastSeenWith = with;
        Circumstances = circumstances;
    }

    private static string Required(string? value, string rule, string message)
    {
        var text = TextValue.OrNull(value) ?? throw new DomainRuleException(rule, message);
        return text.Length <= ShortTextLength
            ? text
            : throw new DomainRuleException(rule + "-length", $"At most {ShortTextLength} characters.");
    }

    private static string? Short(string? value)
    {
        var text = TextValue.OrNull(value);
        return text is { Length: > ShortTextLength }
            ? throw new DomainRuleException("tracing.text-length", $"At most {ShortTextLength} characters.")
            : text;
    }

    // A language tag as the app uses them: two or three letters, optionally a region ("hy", "ru-RU").
    private static bool IsLanguageTag(string text)
    {
        var main = text.Split('-')[0];
        return main.Length is 2 or 3 && main.All(char.IsAsciiLetterLower) && text.Length <= 10;
    }
}
