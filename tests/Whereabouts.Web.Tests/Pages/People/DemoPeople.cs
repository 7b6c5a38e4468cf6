using Whereabouts.Application.Demo;
using Whereabouts.Domain;

namespace Whereabouts.Web.Tests.Pages.People;

/// <summary>Demo people the people tests look for, picked from the demo catalogue the app loads.</summary>
internal static class DemoPeople
{
    private static readonly Lazy<IReadOnlyList<Person>> All = new(() => DemoCatalog.Build().People);

    /// <summary>A demo Harutyunyan whose names are written in the Latin, Cyrillic and Armenian scripts.</summary>
    public static Person Harutyunyan => All.Value.First(p =>
        p.Names.Any(n => n.FamilyName == "Harutyunyan")
        && p.Names.Any(n => n.FamilyName == "Арутюнян")
        && p.Names.Any(n => n.FamilyName == "Հարությունյան"));

    /// <summary>A demo person whose credible sources disagree (killed on the 12th, a captive on the 15th).</summary>
    public static Person Contested => All.Value.First(p => p.Id == DemoIds.For("person/hin-tagher/58"));

    /// <summary>A demo person whose fate is settled, to add to without making them contested.</summary>
    public static Person Repatriated => All.Value.First(p => p.Id == DemoIds.For("person/war-captive/1"));
}
