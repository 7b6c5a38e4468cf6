using Whereabouts.Application.Persons;

namespace Whereabouts.Web.Api.Persons;

/// <summary>A spelling withdrawn as entered wrongly, with who withdrew it, when, why and on what evidence.</summary>
internal sealed record WithdrawalResource(
    NameResource Name, string Reason, Guid? SourceId, string? Source, string? Quote, string? Locator, string WithdrawnBy, DateTimeOffset WithdrawnAt)
{
    public static WithdrawalResource From(DossierWithdrawal withdrawal)
    {
        ArgumentNullException.ThrowIfNull(withdrawal);
        return new(
            NameResource.From(withdrawal.Name),
            withdrawal.Reason,
            withdrawal.SourceId,
            withdrawal.SourceTitle,
            withdrawal.Quote,
            withdrawal.Locator,
            withdrawal.WithdrawnBy,
            withdrawal.WithdrawnAt);
    }
}
