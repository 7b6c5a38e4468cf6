using Whereabouts.Application.Common;
using Whereabouts.Domain;
using Whereabouts.Storage;

namespace Whereabouts.Web.Api;

/// <summary>
/// Turns the use cases' refusals into ProblemDetails answers: invalid input 400 with a message
/// per field, a broken domain rule 422 with its rule code, an edit of a stale copy 412.
/// </summary>
internal sealed class ApiErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        try
        {
            return await next(context);
        }
        catch (ValidationFailedException e)
        {
            return TypedResults.ValidationProblem(e.Errors.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
        }
        catch (DomainRuleException e)
        {
            return TypedResults.Problem(
                detail: e.Message,
                statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The change breaks a rule of the registry",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["rule"] = e.Rule });
        }
        catch (ConcurrencyConflictException e)
        {
            return TypedResults.Problem(detail: e.Message, statusCode: StatusCodes.Status412PreconditionFailed, title: "The record was changed by someone else");
        }
    }
}
