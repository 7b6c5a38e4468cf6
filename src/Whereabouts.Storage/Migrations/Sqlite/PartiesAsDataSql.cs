namespace Whereabouts.Storage.Migrations.Sqlite;

/// <summary>
/// The data steps of <see cref="PartyReferences"/> (and of <see cref="PartiesAsData"/> undone) on SQLite: the enum <c>Side</c> (0 unknown,
/// 1 Armenian, 2 Azerbaijani, stored as integers, also inside the exchanges' JSON transfers)
/// becomes the slugs of two parties (docs/adr/0016).
/// </summary>
/// <remarks>
/// They run in a migration of their own, after <see cref="PartiesAsData"/> has rebuilt the tables
/// with text columns (the integer 1 copied as the text '1'), and before the foreign keys are added:
/// SQLite runs a migration's table rebuilds after its other steps.
/// </remarks>
internal static class PartiesAsDataSql
{
    public const string InsertFormerSides = """
        INSERT INTO "Parties" ("Slug", "NameEn", "NameHy", "NameRu", "NameAz", "Version")
        SELECT 'armenian', 'Armenia', 'Հայաստան', 'Армения', 'Ermənistan', 0
        WHERE EXISTS (SELECT 1 FROM "People") OR EXISTS (SELECT 1 FROM "CountClaims") OR EXISTS (SELECT 1 FROM "Exchanges");
        INSERT INTO "Parties" ("Slug", "NameEn", "NameHy", "NameRu", "NameAz", "Version")
        SELECT 'azerbaijani', 'Azerbaijan', 'Ադրբեջան', 'Азербайджан', 'Azərbaycan', 0
        WHERE EXISTS (SELECT 1 FROM "People") OR EXISTS (SELECT 1 FROM "CountClaims") OR EXISTS (SELECT 1 FROM "Exchanges");
        """;

    public const string SidesToSlugs = """
        UPDATE "People" SET "Side" = CASE CAST("Side" AS TEXT) WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "PersonIndex" SET "Side" = CASE CAST("Side" AS TEXT) WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "CountClaims" SET "Side" = CASE CAST("Side" AS TEXT) WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "Exchanges" SET "Transfers" = (
            SELECT json_group_array(json(json_set(t.value,
                '$.HandedOverBy', CASE CAST(json_extract(t.value, '$.ReceivedBy') AS TEXT) WHEN '1' THEN 'azerbaijani' WHEN '2' THEN 'armenian' ELSE NULL END,
                '$.ReceivedBy', CASE CAST(json_extract(t.value, '$.ReceivedBy') AS TEXT) WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END)))
            FROM json_each("Exchanges"."Transfers") AS t)
        WHERE "Transfers" IS NOT NULL AND json_array_length("Transfers") > 0;
        """;

    public const string SlugsToSides = """
        UPDATE "People" SET "Side" = CASE "Side" WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 ELSE 0 END;
        UPDATE "PersonIndex" SET "Side" = CASE "Side" WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 ELSE 0 END;
        UPDATE "CountClaims" SET "Side" = CASE "Side" WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 ELSE NULL END;
        UPDATE "Exchanges" SET "Transfers" = (
            SELECT json_group_array(json(json_remove(json_set(t.value,
                '$.ReceivedBy', CASE json_extract(t.value, '$.ReceivedBy') WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 ELSE 0 END),
                '$.HandedOverBy')))
            FROM json_each("Exchanges"."Transfers") AS t)
        WHERE "Transfers" IS NOT NULL AND json_array_length("Transfers") > 0;
        """;
}
