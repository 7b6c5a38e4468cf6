using Whereabouts.Domain;

namespace Whereabouts.Application.Verification;

/// <summary>The methods of verification one by one, as forms, the API and the exports name them.</summary>
public static class VerificationNames
{
    /// <summary>Every single method, in the enum's order (without <see cref="VerificationMethods.None"/>).</summary>
    public static IReadOnlyList<VerificationMethods> Methods { get; } =
        [.. Enum.GetValues<VerificationMethods>().Where(m => m != VerificationMethods.None)];

    /// <summary>The single methods in <paramref name="methods"/>, in the enum's order.</summary>
    public static IReadOnlyList<VerificationMethods> Split(VerificationMethods methods) =>
        [.. Methods.Where(m => methods.HasFlag(m))];
}
