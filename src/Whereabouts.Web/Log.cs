using Whereabouts.Storage;

namespace Whereabouts.Web;

/// <summary>The web app's log messages. None carries personal data: counts and the database location only.</summary>
internal static partial class Log
{
    [LoggerMessage(Level = LogLevel.Information, Message = "The registry was empty: loaded the demo data ({People} invented people, {Sources} sources).")]
    public static partial void DemoLoaded(ILogger logger, int people, int sources);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The registry holds real people: the demo administrator was disabled, with its sessions and API keys (docs/adr/0023).")]
    public static partial void DemoAdministratorRetired(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Registry: {Database}")]
    public static partial void UsingDatabase(ILogger logger, DatabaseLocation database);
}
