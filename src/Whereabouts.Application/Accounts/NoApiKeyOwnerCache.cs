namespace Whereabouts.Application.Accounts;

/// <summary>For hosts that remember no key owners (the CLI): there is nothing to forget.</summary>
internal sealed class NoApiKeyOwnerCache : IApiKeyOwnerCache
{
    public void Forget(IEnumerable<string> keyHashes)
    {
    }
}
