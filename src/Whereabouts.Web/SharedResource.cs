namespace Whereabouts.Web;

/// <summary>
/// Names the resources every page shares (the domain's values, navigation, common buttons):
/// <c>Resources/SharedResource.resx</c> and its translations. Use it through
/// <c>IStringLocalizer&lt;SharedResource&gt;</c>, or <see cref="Display.Labels"/> for enum values.
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
