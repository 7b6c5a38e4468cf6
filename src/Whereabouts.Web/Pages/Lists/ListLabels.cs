using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Mvc.Rendering;
using Whereabouts.Application.Lists;
using Whereabouts.Domain;
using Whereabouts.Tables.Layout;
using Whereabouts.Tables.Reading;

namespace Whereabouts.Web.Pages.Lists;

/// <summary>The words of the Lists pages for the tables engine's values: what a column holds, name orders, formats, an import's states and stages.</summary>
internal static class ListLabels
{
    // Static like Labels: the words are needed in views and helpers alike, in the request's UI culture.
    private static readonly ResourceManager Resources = new(
        "Whereabouts.Web.Resources.Pages.Lists.ListLabels", typeof(SharedResource).Assembly);

    public static string Of(ListField field) => field switch
    {
        ListField.Extra => Text("Other (kept as written)"),
        ListField.Id => Text("Number in the list"),
        ListField.FullName => Text("Full name"),
        ListField.FamilyName => Text("Family name"),
        ListField.GivenName => Text("Given name"),
        ListField.Patronymic => Text("Patronymic"),
        ListField.BirthDate => Text("Date of birth"),
        ListField.BirthPlace => Text("Place of birth"),
        ListField.Sex => Text("Sex"),
        ListField.Side => Text("Side"),
        ListField.Rank => Text("Rank"),
        ListField.Unit => Text("Military unit"),
        ListField.ServiceNumber => Text("Service number"),
        ListField.Fate => Text("Fate"),
        ListField.FateDate => Text("Date of the fate"),
        ListField.Notes => Text("Notes"),
        _ => field.ToString(),
    };

    public static string Of(NameOrder order) => order switch
    {
        NameOrder.Detect => Text("Detect from the names"),
        NameOrder.FamilyFirst => Text("Family name first (Family Given Patronymic)"),
        NameOrder.FamilyLast => Text("Family name last (Given Family)"),
        _ => order.ToString(),
    };

    public static string Of(TableFormat format) => format switch
    {
        TableFormat.Delimited => Text("Delimited text"),
        TableFormat.Xlsx => Text("Excel workbook (.xlsx)"),
        TableFormat.Xls => Text("Excel 97–2003 workbook (.xls)"),
        _ => format.ToString(),
    };

    public static string Of(ListImportState state) => state switch
    {
        ListImportState.Uploaded => Text("Uploaded"),
        ListImportState.Queued => Text("Queued"),
        ListImportState.Running => Text("Running"),
        ListImportState.Succeeded => Text("Imported"),
        ListImportState.Failed => Text("Failed"),
        ListImportState.Cancelled => Text("Cancelled"),
        _ => state.ToString(),
    };

    public static string Of(ListImportStage stage) => stage switch
    {
        ListImportStage.Reading => Text("Reading the file"),
        ListImportStage.Linking => Text("Comparing with the registry"),
        ListImportStage.Deciding => Text("Deciding each row"),
        ListImportStage.Saving => Text("Saving"),
        _ => stage.ToString(),
    };

    public static string Of(ListSex? sex) => sex switch
    {
        ListSex.Male => Text("Male"),
        ListSex.Female => Text("Female"),
        _ => string.Empty,
    };

    /// <summary>The fields as the choices of a column's select.</summary>
    public static IEnumerable<SelectListItem> Fields(ListField selected) =>
        Enum.GetValues<ListField>().Select(f => new SelectListItem(Of(f), f.ToString(), f == selected));

    /// <summary>The name orders as choices.</summary>
    public static IEnumerable<SelectListItem> NameOrders(NameOrder selected) =>
        Enum.GetValues<NameOrder>().Select(o => new SelectListItem(Of(o), o.ToString(), o == selected));

    /// <summary>The fate statuses as choices, with "none" first.</summary>
    public static IEnumerable<SelectListItem> Fates(string? selected) =>
        new[] { new SelectListItem(Text("The list states no fate"), string.Empty, string.IsNullOrEmpty(selected)) }
            .Concat(Enum.GetValues<FateStatus>().Select(f => new SelectListItem(Display.Labels.Of(f), f.ToString(), string.Equals(selected, f.ToString(), StringComparison.Ordinal))));

    /// <summary>The reliability grades as choices.</summary>
    public static IEnumerable<SelectListItem> Grades(string? selected) =>
        Enum.GetValues<Reliability>().Select(r => new SelectListItem(Display.Labels.Of(r), r.ToString(), string.Equals(selected ?? nameof(Reliability.F), r.ToString(), StringComparison.Ordinal)));

    /// <summary>The credibility grades as choices.</summary>
    public static IEnumerable<SelectListItem> Credibilities(string? selected) =>
        Enum.GetValues<Credibility>().Select(c => new SelectListItem(Display.Labels.Of(c), c.ToString(), string.Equals(selected ?? nameof(Credibility.CannotBeJudged), c.ToString(), StringComparison.Ordinal)));

    /// <summary>The registry's parties as choices, with "not said" first.</summary>
    public static IEnumerable<SelectListItem> Sides(string? selected) =>
        new[] { new SelectListItem(Text("Not said"), string.Empty, string.IsNullOrEmpty(selected)) }
            .Concat(Display.Labels.Parties().Select(p => new SelectListItem(p.Name, p.Slug, string.Equals(selected, p.Slug, StringComparison.OrdinalIgnoreCase))));

    /// <summary>A date read from a list, as written.</summary>
    public static string Of(ListDate? date) => date?.Written ?? string.Empty;

    public static string Text(string english) =>
        Resources.GetString(english, CultureInfo.CurrentUICulture) ?? english;
}
