using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Whereabouts.Storage;
using Whereabouts.Storage.Writes;
using Whereabouts.Web.Errors;

namespace Whereabouts.Web.Tests.Errors;

public sealed class ErrorStatusTests
{
    [Theory]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(261)] // SQLITE_BUSY_RECOVERY: an extended code of BUSY
    public void Of_SqliteBusyOrLockedInsideASave_Is503(int code)
    {
        var failure = new DbUpdateException("save failed", new SqliteException("database is locked", code));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, ErrorStatus.Of(failure));
    }

    [Fact]
    public void Of_OtherSqliteError_Is500()
    {
        Assert.Equal(StatusCodes.Status500InternalServerError, ErrorStatus.Of(new SqliteException("constraint failed", 19)));
    }

    [Theory]
    [InlineData("53300")] // too many connections
    [InlineData("55P03")] // lock not available
    [InlineData("57014")] // statement timeout
    [InlineData("40P01")] // deadlock
    [InlineData("40001")] // serialization failure
    public void Of_PostgresBusyState_Is503(string state)
    {
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, ErrorStatus.Of(new PostgresException("busy", "ERROR", "ERROR", state)));
    }

    [Fact]
    public void Of_PostgresConstraintViolation_Is500()
    {
        Assert.Equal(StatusCodes.Status500InternalServerError, ErrorStatus.Of(new PostgresException("duplicate key", "ERROR", "ERROR", "23505")));
    }

    [Fact]
    public void Of_NpgsqlPoolExhausted_Is503()
    {
        var failure = new InvalidOperationException("outer", new NpgsqlException("The connection pool has been exhausted", new TimeoutException()));

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, ErrorStatus.Of(failure));
    }

    [Fact]
    public void Of_WriteHeldByAnImportPastTheWait_Is503()
    {
        var failure = new WritesHeldException(TimeSpan.FromMinutes(5), new TimeoutException());

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, ErrorStatus.Of(failure));
    }

    [Fact]
    public void Of_ConcurrencyConflict_Is409()
    {
        Assert.Equal(StatusCodes.Status409Conflict, ErrorStatus.Of(new ConcurrencyConflictException("changed by someone else")));
    }

    [Fact]
    public void Of_BodyTooLarge_Is413()
    {
        Assert.Equal(StatusCodes.Status413PayloadTooLarge, ErrorStatus.Of(new BadHttpRequestException("too large", StatusCodes.Status413PayloadTooLarge)));
    }

    [Fact]
    public void Of_Bug_Is500()
    {
        Assert.Equal(StatusCodes.Status500InternalServerError, ErrorStatus.Of(new InvalidOperationException("a bug")));
    }
}
