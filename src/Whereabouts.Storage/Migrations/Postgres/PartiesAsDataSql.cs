namespace Whereabouts.Storage.Migrations.Postgres;

/// <summary>
/// The data steps of <see cref="PartyReferences"/> (and of <see cref="PartiesAsData"/> undone) on PostgreSQL: the enum <c>Side</c> (0 unknown,
/// 1 Armenian, 2 Azerbaijani, stored as integers, also inside the exchanges' JSON transfers)
/// becomes the slugs of two parties (docs/adr/0016). The columns are already text when they run.
/// </summary>
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
        UPDATE "People" SET "Side" = CASE "Side" WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "PersonIndex" SET "Side" = CASE "Side" WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "CountClaims" SET "Side" = CASE "Side" WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END;
        UPDATE "Exchanges" SET "Transfers" = (
            SELECT jsonb_agg(t.value || jsonb_build_object(
                'HandedOverBy', CASE t.value->>'ReceivedBy' WHEN '1' THEN 'azerbaijani' WHEN '2' THEN 'armenian' ELSE NULL END,
                'ReceivedBy', CASE t.value->>'ReceivedBy' WHEN '1' THEN 'armenian' WHEN '2' THEN 'azerbaijani' ELSE NULL END) ORDER BY t.ordinal)
            FROM jsonb_array_elements("Exchanges"."Transfers") WITH ORDINALITY AS t(value, ordinal))
        WHERE "Transfers" IS NOT NULL AND jsonb_array_length("Transfers") > 0;
        """;

    public const string SlugsToSides = """
        UPDATE "People" SET "Side" = CASE "Side" WHEN 'armenian' THEN '1' WHEN 'azerbaijani' THEN '2' ELSE '0' END;
        UPDATE "PersonIndex" SET "Side" = CASE "Side" WHEN 'armenian' THEN '1' WHEN 'azerbaijani' THEN '2' ELSE '0' END;
        UPDATE "CountClaims" SET "Side" = CASE "Side" WHEN 'armenian' THEN '1' WHEN 'azerbaijani' THEN '2' ELSE NULL END;
        UPDATE "Exchanges" SET "Transfers" = (
            SELECT jsonb_agg((t.value - 'HandedOverBy') || jsonb_build_object(
                'ReceivedBy', CASE t.value->>'ReceivedBy' WHEN 'armenian' THEN 1 WHEN 'azerbaijani' THEN 2 ELSE 0 END) ORDER BY t.ordinal)
            FROM jsonb_array_elements("Exchanges"."Transfers") WITH ORDINALITY AS t(value, ordinal))
        WHERE "Transfers" IS NOT NULL AND jsonb_array_length("Transfers") > 0;
        """;

    public const string SideColumnsToIntegers = """
        ALTER TABLE "PersonIndex" ALTER COLUMN "Side" TYPE integer USING "Side"::integer;
        ALTER TABLE "PersonIndex" ALTER COLUMN "Side" SET NOT NULL;
        ALTER TABLE "People" ALTER COLUMN "Side" TYPE integer USING "Side"::integer;
        ALTER TABLE "People" ALTER COLUMN "Side" SET NOT NULL;
        ALTER TABLE "CountClaims" ALTER COLUMN "Side" TYPE integer USING "Side"::integer;
        """;
}
