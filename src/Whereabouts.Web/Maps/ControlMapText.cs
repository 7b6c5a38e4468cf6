using System.Globalization;

namespace Whereabouts.Web.Maps;

/// <summary>The words of the map's control legend, in the reader's language (the page's resources give them).</summary>
/// <param name="Heading">The legend's heading, with the day written in.</param>
/// <param name="Controlled">"Controlled by {0}": {0} is the party's or holder's name.</param>
/// <param name="Patrolled">"Patrolled by {0}".</param>
/// <param name="Contested">"Contested".</param>
/// <param name="Disputed">"Sources disagree".</param>
/// <param name="Culture">The reader's culture, for the parties' names.</param>
internal sealed record ControlMapText(string Heading, string Controlled, string Patrolled, string Contested, string Disputed, CultureInfo Culture)
{
    /// <summary>English, for tests and for a caller without resources.</summary>
    public static ControlMapText English { get; } = new("Who held the places", "Controlled by {0}", "Patrolled by {0}", "Contested", "Sources disagree", CultureInfo.InvariantCulture);
}
