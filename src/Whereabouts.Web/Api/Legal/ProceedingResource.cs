using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>A step of a legal case: when, what kind, what happened, the document that shows it.</summary>
internal sealed record ProceedingResource(Guid Id, string On, string Kind, string Description, LinkResource? Source, string RecordedBy, DateTimeOffset RecordedAt)
{
    public static ProceedingResource From(ProceedingView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return new(view.Id, view.On.ToString(), view.Kind.ToString(), view.Description,
            view.Source is null ? null : LinkResource.From(view.Source), view.RecordedBy, view.RecordedAt);
    }
}
