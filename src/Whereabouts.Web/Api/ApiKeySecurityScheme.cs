using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Whereabouts.Web.Api;

/// <summary>
/// Declares in the OpenAPI document how the API is called: <c>Authorization: Bearer wbk_…</c> with
/// an API key from <c>whereabouts users add NAME --role ROLE --api-key</c>, on every operation.
/// </summary>
internal sealed class ApiKeySecurityScheme : IOpenApiDocumentTransformer
{
    private const string SchemeId = "apiKey";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>(StringComparer.Ordinal);
        document.Components.SecuritySchemes[SchemeId] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "wbk_ API key",
            Description = "An API key created with `whereabouts users add NAME --role ROLE --api-key` (or `users add-key`), sent as `Authorization: Bearer wbk_…`. What a key may do is its account's role.",
        };
        document.Security ??= [];
        document.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeId, document)] = [] });
        return Task.CompletedTask;
    }
}
