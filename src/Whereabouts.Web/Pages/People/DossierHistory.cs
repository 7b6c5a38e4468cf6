using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Localization;
using Whereabouts.Application.Accounts;
using Whereabouts.Application.Persons;
using Whereabouts.Domain;
using Whereabouts.Web.Display;

namespace Whereabouts.Web.Pages.People;

/// <summary>
/// Tells a dossier's history of changes in sentences ("anna added the spelling Арутюнян Арман,
/// 12 Jan 2021") in the reader's language, one case per kind of change, instead of the audit log's
/// field names and keys. The log itself stays the record: each sentence carries its entries.
/// </summary>
/// <remarks>
/// A fate or a retraction is saved with its evidence, which the log keeps as a second entry under
/// the same key; the two are told as one sentence that names the source. A kind of change this
/// class does not know is still told ("changed a record"), never dropped.
/// </remarks>
internal sealed class DossierHistory(IStringLocalizer<DossierHistory> localizer)
{
    // Letters of every script as letters, markup characters escaped, as the pages' own encoder does.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    // A name form's parts as the audit log names them, in the order a full name is written.
    private static readonly string[] NameParts = ["GivenName", "Patronymic", "FamilyName"];

    /// <summary>The history of <paramref name="dossier"/>, newest first, as sentences.</summary>
    public IReadOnlyList<HistorySentence> Describe(PersonDossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var context = new Lookup(dossier);
        var evidence = dossier.History
            .Where(e => e.EntityType == nameof(Evidence))
            .GroupBy(e => e.EntityId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var sentences = new List<HistorySentence>();
        foreach (var entry in dossier.History)
        {
            if (entry.EntityType == nameof(Evidence) && dossier.History.Any(e => e.EntityId == entry.EntityId && e.EntityType is nameof(FateAssertion) or nameof(FateRetraction)))
            {
                continue;
            }

            var cited = entry.EntityType is nameof(FateAssertion) or nameof(FateRetraction) && entry.Action == "Added"
                ? evidence.GetValueOrDefault(entry.EntityId)
                : null;
            var sentence = Sentence(entry, Fields(entry.Changes), cited is null ? null : Fields(cited.Changes), context);
            sentences.Add(sentence with { Entries = cited is null ? [entry] : [entry, cited] });
        }

        return sentences;
    }

    private HistorySentence Sentence(DossierChange entry, Dictionary<string, Change> fields, Dictionary<string, Change>? cited, Lookup context)
    {
        var actor = Actor(entry);
        var day = Plain(Labels.Date(entry.RecordedAt));
        var source = cited?.GetValueOrDefault("SourceId")?.New is { } sourceId ? Data(context.Source(sourceId)) : null;
        return (entry.EntityType, entry.Action) switch
        {
            (nameof(Person), "Added") => Say(localizer["{0} registered the person, {1}"], actor, day),
            // A same-person judgement (or its undo) moves the record between identities and changes nothing else of it.
            (nameof(Person), "Modified") when fields.Count == 1 && fields.GetValueOrDefault("IdentityId") is { } identity =>
                string.Equals(identity.New, entry.EntityId, StringComparison.OrdinalIgnoreCase)
                    ? Say(localizer["{0} separated this record from the other records of one person, {1}"], actor, day)
                    : Say(localizer["{0} joined this record with other records of one person, {1}"], actor, day),
            (nameof(Person), "Modified") => Say(localizer["{0} changed the details ({1}), {2}"], actor, Plain(DetailNames(fields)), day),
            ("PersonName", "Added") => Say(localizer["{0} added the spelling {1}, {2}"], actor, Data(NameOf(fields, c => c.New)), day),
            ("PersonName", "Deleted") => Say(localizer["{0} removed the spelling {1}, {2}"], actor, Data(NameOf(fields, c => c.New)), day),
            ("PersonName", _) => Say(localizer["{0} changed the spelling {1}, {2}"], actor, Data(NameOf(fields, c => c.New)), day),
            (nameof(FateAssertion), "Added") when source is not null =>
                Say(localizer["{0} recorded the fate “{1}” as of {2}, citing {3}, {4}"], actor, Plain(Status(fields)), Plain(AsOf(fields)), source, day),
            (nameof(FateAssertion), "Added") =>
                Say(localizer["{0} recorded the fate “{1}” as of {2}, {3}"], actor, Plain(Status(fields)), Plain(AsOf(fields)), day),
            (nameof(FateRetraction), "Added") => Retraction(fields, context, actor, day),
            (nameof(NameWithdrawal), "Added") => Withdrawal(fields, context, actor, day),
            (nameof(Evidence), _) when fields.GetValueOrDefault("SourceId")?.New is { } evidenceSource =>
                Say(localizer["{0} recorded evidence from {1}, {2}"], actor, Data(context.Source(evidenceSource)), day),
            ("ListMatch", "Added") => Say(localizer["{0} found a row of an imported list that may be this person, {1}"], actor, day),
            ("ListMatch", _) => Judgement(fields, actor, day),
            (_, "Deleted") => Say(localizer["{0} removed a record, {1}"], actor, day),
            _ => Say(localizer["{0} changed a record, {1}"], actor, day),
        };
    }

    private HistorySentence Retraction(Dictionary<string, Change> fields, Lookup context, Argument actor, Argument day)
    {
        var reason = Data(fields.GetValueOrDefault("Reason")?.New ?? string.Empty);
        return fields.GetValueOrDefault("AssertionId")?.New is { } id && context.Fate(id) is { } fate
            ? Say(localizer["{0} retracted the fate “{1}” as of {2}: {3}, {4}"], actor, Plain(Labels.Of(fate.Status)), Plain(Labels.Date(fate.AsOf)), reason, day)
            : Say(localizer["{0} retracted a fate: {1}, {2}"], actor, reason, day);
    }

    private HistorySentence Withdrawal(Dictionary<string, Change> fields, Lookup context, Argument actor, Argument day)
    {
        var reason = Data(fields.GetValueOrDefault("Reason")?.New ?? string.Empty);
        return fields.GetValueOrDefault("NameIndex")?.New is { } index && context.Name(index) is { } name
            ? Say(localizer["{0} withdrew the spelling {1}: {2}, {3}"], actor, Data(name.FullName), reason, day)
            : Say(localizer["{0} withdrew a spelling: {1}, {2}"], actor, reason, day);
    }

    private HistorySentence Judgement(Dictionary<string, Change> fields, Argument actor, Argument day) =>
        fields.GetValueOrDefault("Decision")?.New switch
        {
            nameof(MatchDecision.Same) => Say(localizer["{0} judged a row of an imported list to be this person, {1}"], actor, day),
            nameof(MatchDecision.NotSame) => Say(localizer["{0} judged a row of an imported list not to be this person, {1}"], actor, day),
            nameof(MatchDecision.Unsure) => Say(localizer["{0} could not tell whether a row of an imported list is this person, {1}"], actor, day),
            _ => Say(localizer["{0} changed a record, {1}"], actor, day),
        };

    // "anna (caseworker)": the account's name as recorded, and in what capacity it acts now.
    private Argument Actor(DossierChange entry)
    {
        var capacity = entry.ActorRole switch
        {
            Roles.Administrator => localizer["administrator"].Value,
            Roles.Caseworker => localizer["caseworker"].Value,
            Roles.Analyst => localizer["analyst"].Value,
            Roles.Counsel => localizer["counsel"].Value,
            Roles.Viewer => localizer["viewer"].Value,
            _ when entry.Actor.StartsWith("cli:", StringComparison.Ordinal) => localizer["command line"].Value,
            _ => null,
        };
        var name = Data(entry.Actor);
        return capacity is null
            ? name
            : new Argument($"{name.Text} ({capacity})", $"{name.Html} ({Encoder.Encode(capacity)})");
    }

    private string DetailNames(Dictionary<string, Change> fields)
    {
        var names = fields.Keys.Select(DetailName).Distinct(StringComparer.Ordinal).ToList();
        return names.Count == 0 ? localizer["details"].Value : string.Join(", ", names);
    }

    private string DetailName(string field) => field switch
    {
        "Side" => localizer["side"],
        "Sex" => localizer["sex"],
        "Role" => localizer["soldier or civilian"],
        "BirthDate" => localizer["date of birth"],
        "BirthPlaceId" => localizer["place of birth"],
        "Force" => localizer["armed force"],
        "Rank" => localizer["rank"],
        "Unit" => localizer["unit"],
        "ServiceNumber" => localizer["service number"],
        "IsInvented" => localizer["invented or real"],
        _ => localizer["other details"],
    };

    private static string Status(Dictionary<string, Change> fields) =>
        Enum.TryParse<FateStatus>(fields.GetValueOrDefault("Status")?.New, out var status) ? Labels.Of(status) : Labels.Of((FateStatus?)null);

    private static string AsOf(Dictionary<string, Change> fields) =>
        PartialDate.TryParse(fields.GetValueOrDefault("AsOf")?.New, out var date, out _) ? Labels.Date(date) : fields.GetValueOrDefault("AsOf")?.New ?? string.Empty;

    private static string NameOf(Dictionary<string, Change> fields, Func<Change, string?> value) =>
        string.Join(' ', NameParts
            .Select(part => fields.GetValueOrDefault(part) is { } change ? value(change) : null)
            .Where(part => !string.IsNullOrEmpty(part)));

    private static HistorySentence Say(LocalizedString format, params Argument[] arguments)
    {
        var text = string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(format.Value), arguments.Select(a => (object)a.Text).ToArray());
        var html = string.Format(CultureInfo.CurrentCulture, CompositeFormat.Parse(Encoder.Encode(format.Value)), arguments.Select(a => (object)a.Html).ToArray());
        return new HistorySentence(text, new HtmlString(html), []);
    }

    private static Argument Plain(string text) => new(text, Encoder.Encode(text));

    // The registry's own data is shown as recorded and must not be machine-translated.
    private static Argument Data(string text) => new(text, $"<span translate=\"no\">{Encoder.Encode(text)}</span>");

    /// <summary>An audit entry's fields: the value added (or removed), or the old and new values of an edit.</summary>
    private static Dictionary<string, Change> Fields(string json)
    {
        var fields = new Dictionary<string, Change>(StringComparer.Ordinal);
        try
        {
            using var document = JsonDocument.Parse(json);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return fields;
            }

            foreach (var property in document.RootElement.EnumerateObject())
            {
                var value = property.Value;
                fields[property.Name] = value.ValueKind == JsonValueKind.Array && value.GetArrayLength() == 2
                    ? new Change(Text(value[0]), Text(value[1]))
                    : new Change(null, Text(value));
            }
        }
        catch (JsonException)
        {
            // An entry that is not a JSON object is still told, as "changed a record"; its text is in the technical record.
        }

        return fields;
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => null,
        JsonValueKind.String => value.GetString(),
        _ => value.GetRawText(),
    };

    private sealed record Change(string? Old, string? New);

    private sealed record Argument(string Text, string Html);

    /// <summary>The titles and fates a dossier already holds, so that sentences name them instead of showing keys.</summary>
    private sealed class Lookup(PersonDossier dossier)
    {
        public string Source(string id)
        {
            var titles = dossier.Timeline.Select(f => f.Evidence)
                .Concat(dossier.Timeline.Where(f => f.Retraction is not null).Select(f => f.Retraction!.Evidence))
                .Select(e => (e.SourceId, e.SourceTitle))
                .Concat(dossier.Names.Where(n => n.SourceId is not null && n.SourceTitle is not null).Select(n => (n.SourceId!.Value, n.SourceTitle!)))
                .Concat(dossier.WithdrawnNames.Where(w => w.SourceId is not null && w.SourceTitle is not null).Select(w => (w.SourceId!.Value, w.SourceTitle!)));
            return Guid.TryParse(id, out var key) && titles.FirstOrDefault(t => t.Item1 == key) is { Item2: { } title } ? title : id;
        }

        public DossierFate? Fate(string id) =>
            Guid.TryParse(id, out var key) ? dossier.Timeline.FirstOrDefault(f => f.Id == key) : null;

        // A withdrawal names the form by its position among all forms, withdrawn ones included.
        public DossierName? Name(string position) =>
            int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? dossier.Names.Concat(dossier.WithdrawnNames.Select(w => w.Name)).FirstOrDefault(n => n.Position == index)
                : null;
    }
}
