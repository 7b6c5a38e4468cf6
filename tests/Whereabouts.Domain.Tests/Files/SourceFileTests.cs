namespace Whereabouts.Domain.Tests.Files;

public sealed class SourceFileTests
{
    private static readonly string Sha = new('b', 64);

    [Theory]
    [InlineData("C:\\Users\\anna\\video.mp4", "video.mp4")]
    [InlineData("../../etc/video.mp4", "video.mp4")]
    [InlineData("vi\u202Edeo\u0007.mp4", "video.mp4")]
    [InlineData("  տեսանյութ.mp4 ", "տեսանյութ.mp4")]
    public void Constructor_AFileName_KeepsItsLastPartWithoutControlOrDirectionCharacters(string given, string kept)
    {
        var attachment = new SourceFile(Guid.Empty, Guid.NewGuid(), Sha, given, null, "anna", DateTimeOffset.UnixEpoch);

        Assert.Equal(kept, attachment.FileName);
        Assert.NotEqual(Guid.Empty, attachment.Id);
        Assert.True(attachment.IsAttached);
    }

    [Theory]
    [InlineData("")]
    [InlineData("folder/")]
    [InlineData("..")]
    public void Constructor_NoName_IsRefused(string given) =>
        Assert.Equal("file.name-required", Assert.Throws<DomainRuleException>(() => new SourceFile(Guid.Empty, Guid.NewGuid(), Sha, given, null, "anna", DateTimeOffset.UnixEpoch)).Rule);

    [Fact]
    public void Detach_Once_RecordsWhoWhenAndWhyAndRefusesASecondTime()
    {
        var attachment = new SourceFile(Guid.Empty, Guid.NewGuid(), Sha, "video.mp4", null, "anna", DateTimeOffset.UnixEpoch);
        var at = new DateTimeOffset(2021, 1, 5, 12, 0, 0, TimeSpan.Zero);

        attachment.Detach("karen", at, "  Attached to the wrong source ");
        var again = Assert.Throws<DomainRuleException>(() => attachment.Detach("karen", at, "Again"));

        Assert.False(attachment.IsAttached);
        Assert.Equal(("karen", at, "Attached to the wrong source"), (attachment.DetachedBy, attachment.DetachedAt!.Value, attachment.DetachReason));
        Assert.Equal("file.already-detached", again.Rule);
    }

    [Fact]
    public void Detach_WithoutAReason_IsRefusedAndLeavesItAttached()
    {
        var attachment = new SourceFile(Guid.Empty, Guid.NewGuid(), Sha, "video.mp4", null, "anna", DateTimeOffset.UnixEpoch);

        var error = Assert.Throws<DomainRuleException>(() => attachment.Detach("karen", DateTimeOffset.UnixEpoch, " "));

        Assert.Equal("file.reason-required", error.Rule);
        Assert.True(attachment.IsAttached);
    }
}
