namespace Whereabouts.Domain.Tests;

public sealed class FamilyNotificationTests
{
    private static readonly DateTimeOffset Now = new(2026, 1, 15, 0, 0, 0, TimeSpan.Zero);

    private static FamilyNotification Told(
        string recipient = "mother", FateStatus? status = FateStatus.CaptureConfirmed, string? message = null, string on = "2020-12-28", Guid? corrects = null, Guid? id = null) =>
        new(id ?? Guid.NewGuid(), Guid.NewGuid(), PartialDate.Parse(on), status, message, "ICRC delegation", recipient, [Guid.Empty], "alice", Now, corrects);

    [Fact]
    public void Constructor_StatusOnly_IsKeptWithoutEvidenceGaps()
    {
        var notification = Told(recipient: " mother ");

        Assert.Equal("mother", notification.Recipient);
        Assert.Equal(FateStatus.CaptureConfirmed, notification.ConveyedStatus);
        Assert.Empty(notification.SourceIds);
    }

    [Fact]
    public void Constructor_NeitherStatusNorMessage_IsRefused()
    {
        DomainAssert.Refuses("notification.content-required", () => Told(status: null, message: " "));
    }

    [Theory]
    [InlineData("mother +374 91 555 123")]
    [InlineData("brother, brother@example.org")]
    [InlineData("wife https://example.org/profile")]
    [InlineData("father, 12 Main Street 0010")]
    public void Constructor_RecipientWithAContactDetail_IsRefused(string recipient)
    {
        DomainAssert.Refuses("notification.recipient-contact", () => Told(recipient: recipient));
    }

    [Theory]
    [InlineData("mother")]
    [InlineData("2nd cousin")]
    [InlineData("մայր")]
    public void Constructor_Relationship_IsAccepted(string recipient)
    {
        Assert.Equal(recipient, Told(recipient: recipient).Recipient);
    }

    [Fact]
    public void Constructor_TellingInTheFuture_IsRefused()
    {
        DomainAssert.Refuses("notification.in-future", () => Told(on: "2026-03"));
    }

    [Fact]
    public void Constructor_CorrectingItself_IsRefused()
    {
        var id = Guid.NewGuid();

        DomainAssert.Refuses("notification.corrects-itself", () => Told(id: id, corrects: id));
    }
}
