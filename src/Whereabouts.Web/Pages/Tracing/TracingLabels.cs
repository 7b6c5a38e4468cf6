using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.Tracing;

/// <summary>The words the tracing pages use for statuses, channels and uses of a contact (shared resources).</summary>
internal static class TracingLabels
{
    public static string Of(TracingRequestStatus status) => status switch
    {
        TracingRequestStatus.Open => Labels.Text("Open"),
        TracingRequestStatus.Searching => Labels.Text("Searching"),
        TracingRequestStatus.Answered => Labels.Text("Answered"),
        TracingRequestStatus.Closed => Labels.Text("Closed"),
        _ => status.ToString(),
    };

    public static string Of(TracingRequestChannel channel) => channel switch
    {
        TracingRequestChannel.Office => Labels.Text("At the office"),
        TracingRequestChannel.PublicForm => Labels.Text("Public form"),
        _ => channel.ToString(),
    };
}
