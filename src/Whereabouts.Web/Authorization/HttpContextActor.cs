using Whereabouts.Application.Common;

namespace Whereabouts.Web.Authorization;

/// <summary>The signed-in account of the current request, as the audit log names it.</summary>
internal sealed class HttpContextActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public string Name => accessor.HttpContext?.User.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name }
        ? name
        : "anonymous";
}
