namespace Whereabouts.Web.Pages.People;

/// <summary>What the people forms share.</summary>
internal static class PersonForms
{
    /// <summary>The view-data key under which a form page hands the select lists to its field partials.</summary>
    public const string ChoicesKey = "PersonFormChoices";

    /// <summary>The temp-data key of the message the dossier shows after a saved change.</summary>
    public const string NoticeKey = "PeopleNotice";

    /// <summary>What a caseworker is told when someone else saved first.</summary>
    public const string ConflictMessage =
        "Someone else changed this person while you were editing; nothing was saved. Check the dossier for what changed, then submit again.";
}
