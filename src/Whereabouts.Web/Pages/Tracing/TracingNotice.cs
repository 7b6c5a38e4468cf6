namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The TempData key of the sentence a tracing page shows after a change ("Request T-2021-0042 is registered.").</summary>
internal static class TracingNotice
{
    public const string Key = "TracingNotice";
}
