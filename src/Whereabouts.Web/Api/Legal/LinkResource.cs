using Whereabouts.Application.Legal;

namespace Whereabouts.Web.Api.Legal;

/// <summary>A person or a source named on a legal record: its id and its name or title.</summary>
internal sealed record LinkResource(Guid Id, string Name)
{
    public static LinkResource From(DocumentLink document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Id, document.Title);
    }
}
