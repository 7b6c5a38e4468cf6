using Whereabouts.Ingestion.Claims;
using Whereabouts.Ingestion.Claims.Languages;
using Whereabouts.Ingestion.Tests.Support;

namespace Whereabouts.Ingestion.Tests.Claims.Languages;

// Every statement and article here is invented (TestData/Claims); none is taken from a publication.
// Development: the statements the lexicons were written against, each read exactly.
// FirstHeldOut: written after the first rules, measured once, then the rules were fixed where they failed.
// HeldOut: written after those fixes and measured; the second round then fixed what it missed.
// SecondRoundHeldOut: written after the second round's last rule change; measured, never tuned to
// until the third round fixed what it missed (development data since).
// ThirdRoundHeldOut: written before the third round's rule changes, measured once after them; the
// fourth round fixed what it missed (development data since; see TestData/Claims/README.md).
// FourthRoundHeldOut: written by another author, who never read the rules, before the fourth round's
// rule changes; measured once after them (TestData/Claims/README.md).
// FourthRoundDevelopment: invented in the fourth round for what a news feed has; each read exactly.
// FifthRoundDevelopment: invented in the fifth round, a few per rule it added; each read exactly.
// SixthRoundDevelopment: written in the sixth round before any of its rule changes, varied beyond the
// lexicons' words; measured once before the changes, then developed on (TestData/Claims/README.md).
// FifthRoundHeldOut: written by a third author, who never read the rules, before the sixth round's
// rule changes; measured once after them (TestData/Claims/README.md).
// EighthRoundDevelopment: written in the eighth round before any of its rule changes, unlike the earlier
// sets on purpose (interviews, lists, totals with parts, social posts); measured once before the changes,
// then developed on (TestData/Claims/README.md).
public sealed class LexiconClaimReaderTests(ITestOutputHelper output)
{
    // The aim is 0.95 precision and recall on held-out statements. These floors are below it on
    // purpose: they guard the figures measured when the sets were written (TestData/Claims/README.md)
    // against regressions, without pretending the aim is met where it is not.
    private const double StatementFloor = 0.85;

    // SecondRoundHeldOut measured 0.875 / 0.824 in Russian and Armenian when written; the third
    // round fixed what it missed (1.000 / 1.000 since, as development data).
    private const double SecondRoundStatementFloor = 0.8;

    // ThirdRoundHeldOut measured ru 1.000 / 0.920, hy 1.000 / 0.960, az 0.917 / 0.880 after the
    // third round's rules, once; the fourth round fixed what it missed (1.000 / 1.000 since, as
    // development data), and this floor guards that.
    private const double ThirdRoundStatementFloor = 0.95;
    // FourthRoundHeldOut, written by a second author who never read the rules, measured once after
    // the fourth round's last rule change: ru 0.839 / 0.765, hy 0.871 / 0.794, az 0.971 / 1.000.
    // The fifth round fixed its misses (ru 1.000 / 1.000, hy 0.939 / 0.912, az 0.971 / 1.000 since,
    // as development data); this floor guards that, and its articles' (1.000 / 1.000 since).
    private const double FourthRoundStatementFloor = 0.9;
    private const double FourthRoundArticleFloor = 0.95;

    // SixthRoundDevelopment measured before the sixth round's changes: see TestData/Claims/README.md;
    // this floor guards what the round reached on it.
    private const double SixthRoundStatementFloor = 0.95;

    // FifthRoundHeldOut, written by a third author who never read the rules, measured once after
    // the sixth round: ru 0.882 / 0.811, hy 0.824 / 0.757, az 0.824 / 0.757 (articles 0.867 /
    // 0.812) — those are the honest figures ("Measured once" in TestData/Claims/README.md). The
    // seventh round developed on it (ru 0.946 / 0.946, hy 0.971 / 0.919, az 0.941 / 0.865), the eighth
    // round's general rules raised it (hy 0.972 / 0.946, az 0.944 / 0.919): development figures now,
    // and this floor guards them.
    private const double FifthRoundHeldOutFloor = 0.9;

    // EighthRoundDevelopment measured before the eighth round's changes (ru 0.788 / 0.591, hy 0.900 /
    // 0.614, az 0.861 / 0.705; TestData/Claims/README.md); after them ru 0.977 / 0.977, hy 1.000 /
    // 0.886, az 1.000 / 0.977, and this floor guards that.
    private const double EighthRoundStatementFloor = 0.88;

    // EighthRoundHeldOut: a fourth blind author's set, measured once after the eighth round (ru 0.667 /
    // 0.537, hy 0.743 / 0.634, az 0.829 / 0.707, articles 0.889 / 0.667; before the round: ru 0.656 /
    // 0.512, hy 0.719 / 0.561, az 0.818 / 0.659, articles 0.875 / 0.583). The honest figures, far
    // under the aim of 0.95. The ninth round developed on it (ru 0.973 / 0.878, hy 0.900 / 0.878, az 0.975 /
    // 0.951; two Russian "задержаны" relabelled held, the earlier sets' convention): development figures
    // now, which the statement floor guards; the articles' figure did not move.
    private const double EighthRoundHeldOutFloor = 0.85;
    private const double EighthRoundHeldOutArticleFloor = 0.6;
    // NinthRoundHeldOut: a fifth blind author's set, measured once before the ninth round (ru 0.867 /
    // 0.743, hy 0.862 / 0.714, az 0.742 / 0.657, articles 0.875 / 0.778) and once after it (ru 0.900 /
    // 0.771, hy 0.867 / 0.743, az 0.794 / 0.771, articles 0.889 / 0.889). The honest figures, under
    // the aim of 0.95. The tenth round developed on it (ru 0.970 / 0.914, hy 0.939 / 0.886, az 0.861 /
    // 0.886 since, with police detention relabelled held in ru and az): development figures now, which the floor guards.
    private const double NinthRoundHeldOutFloor = 0.85;
    private const double NinthRoundHeldOutArticleFloor = 0.8;
    // TenthRoundHeldOut: a sixth blind author's set, measured once before the tenth round (ru 0.694 /
    // 0.694, hy 0.778 / 0.778, az 0.743 / 0.722, articles 0.700 / 0.778) and once after it (the same
    // statements' figures; articles 0.800 / 0.889). The honest figures; the floors only keep them from falling.
    private const double TenthRoundHeldOutFloor = 0.65;
    private const double TenthRoundHeldOutArticleFloor = 0.75;
    private const double ArticleFloor = 0.7;

    public static TheoryData<string, string, string[]> DevelopmentStatements()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var language in (string[])["ru", "hy", "az"])
        {
            foreach (var (sentence, expected) in ClaimGolden.Statements("Development", language))
            {
                data.Add(language, sentence, expected);
            }
        }

        return data;
    }

    // One invented sentence per rule of the second round: a place of care makes a transfer the
    // wounded's, a partitive counts people named before, a receiver gets its own people back, and
    // "claims" verbs attribute rather than make a rumour, and the day of a statement is the claim's only when no other day is named.
    public static TheoryData<string, string, string[]> SecondRoundRules() => new()
    {
        { "ru", "В госпиталь доставлены 12 раненых бойцов.", ["12|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Из них 5 находятся в плену.", ["5|-|exact|held|-|-|asserted|-"] },
        { "ru", "Баку получил тела 7 военнослужащих.", ["7|-|exact|killed|azerbaijani|-|asserted|-"] },
        { "ru", "Правозащитники утверждают, что 30 человек содержатся в тюрьмах.", ["30|-|exact|held|-|Правозащитники|asserted|-"] },
        { "hy", "Հիվանդանոց են տեղափոխվել 9 վիրավոր։", ["9|-|exact|wounded|-|-|asserted|-"] },
        { "hy", "Նրանցից 3-ը գտնվում են գերության մեջ։", ["3|-|exact|held|-|-|asserted|-"] },
        { "hy", "Երևանը ստացել է 6 զինծառայողի աճյուններ։", ["6|-|exact|killed|armenian|-|asserted|-"] },
        { "az", "Xəstəxanaya 8 yaralı hərbçi gətirilib.", ["8|-|exact|wounded|-|-|asserted|-"] },
        { "az", "Onlardan 4-ü əsirlikdədir.", ["4|-|exact|held|-|-|asserted|-"] },
        { "az", "Deputat iddia edir ki, 20 nəfər itkin düşüb.", ["20|-|exact|missing|-|Deputat|asserted|-"] },
        { "az", "Bakı 9 hərbçinin meyitini qəbul edib.", ["9|-|exact|killed|azerbaijani|-|asserted|-"] },
        { "ru", "Министерство в понедельник сообщило, что 12 военнослужащих пропали без вести.", ["12|-|exact|missing|-|Министерство|asserted|2020-12-14"] },
        { "az", "Nazirlik dünən bildirib ki, 12 hərbçi itkin düşüb.", ["12|-|exact|missing|-|Nazirlik|asserted|2020-12-15"] },
        { "ru", "Министерство во вторник сообщило, что 12 военнослужащих пропали без вести в воскресенье.", ["12|-|exact|missing|-|Министерство|asserted|2020-12-13"] },
        { "ru", "12 военнослужащих пропали без вести в понедельник, сообщило министерство.", ["12|-|exact|missing|-|министерство|asserted|2020-12-14"] },
    };

    // One invented sentence per rule of the third round: a receiver of prisoners gets them back
    // (released, its own side); a number after a whole counts a part with a fate of its own; an
    // unlisted noun for people counts by its suffix; a count of things about people counts no one.
    public static TheoryData<string, string, string[]> ThirdRoundRules() => new()
    {
        { "ru", "Ереван принял из Баку 6 пленных.", ["6|-|exact|released|armenian|-|asserted|-"] },
        { "ru", "Среди 30 задержанных 4 были ранены.", ["30|-|exact|held|-|-|asserted|-", "4|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Из 60 пропавших 12 найдены живыми.", ["60|-|exact|missing|-|-|asserted|-"] },
        { "ru", "Погибли 7 школьников.", ["7|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Журналист опубликовал 5 статей о военнопленных.", [] },
        { "hy", "Երևանը Բաքվից ստացել է 6 գերի։", ["6|-|exact|released|armenian|-|asserted|-"] },
        { "hy", "Անհետ կորած 40 մարդուց 9-ը զոհվել են։", ["40|-|exact|missing|-|-|asserted|-", "9|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Զոհվել են 7 սևանցի։", ["7|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Լրագրողը 5 հոդված է գրել գերիների մասին։", [] },
        { "az", "Bakı İrəvandan 6 əsir qəbul edib.", ["6|-|exact|released|azerbaijani|-|asserted|-"] },
        { "az", "İtkin düşmüş 40 nəfərdən 9-u həlak olub.", ["40|-|exact|missing|-|-|asserted|-", "9|-|exact|killed|-|-|asserted|-"] },
        { "az", "7 kombaynçı həlak olub.", ["7|-|exact|killed|-|-|asserted|-"] },
        { "az", "Jurnalist 5 məqalə yazıb əsirlər haqqında.", [] },
    };

    // Fourth round: invented statements for what a news feed has and the earlier sets had little of
    // (numbers in oblique cases, ranges, additions, remains, exchanges, headlines, parentheses,
    // relatives who are themselves held, and distractors), each read exactly.
    public static TheoryData<string, string, string[]> FourthRoundDevelopmentStatements()
    {
        var data = new TheoryData<string, string, string[]>();
        foreach (var language in (string[])["ru", "hy", "az"])
        {
            foreach (var set in (string[])["FourthRoundDevelopment", "FifthRoundDevelopment"])
            {
                foreach (var (sentence, expected) in ClaimGolden.Statements(set, language))
                {
                    data.Add(language, sentence, expected);
                }
            }
        }

        return data;
    }

    // One invented sentence per rule of the sixth round (none from SixthRoundDevelopment): a change
    // "from N to M" counts M, a fall or rise "to N" is N, a day in the count's own clause is its day,
    // a verdict is held, a negated fate did not happen, a release asked for has not happened, a gapped clause shares the fate of
    // the count before it, a participle between commas describes the people, burials and sentences
    // are their categories, a thing before a person noun's possessive is a compound, bodies sent to a
    // side are its people, and a captor named as the source is the speaker, not the holder.
    public static TheoryData<string, string, string[]> SixthRoundRules() => new()
    {
        { "ru", "Число задержанных выросло с 40 до 52.", ["52|-|exact|held|-|-|asserted|-"] },
        { "ru", "Родственники требуют освобождения 30 пленных.", ["30|-|exact|held|-|-|asserted|-"] },
        { "ru", "В Мартуни погибли 3 человека, в Гадруте — ещё 5.", ["3|-|exact|killed|-|-|asserted|-", "5|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Погибли 8 человек, ранены ещё 14.", ["8|-|exact|killed|-|-|asserted|-", "14|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Пятеро пленных, захваченных под Гадрутом, осуждены в Баку.", ["5|-|exact|held|armenian|-|asserted|-"] },
        { "ru", "Семь человек получили ранения.", ["7|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Число пленных сократилось до 38.", ["38|-|exact|held|-|-|asserted|-"] },
        { "ru", "В понедельник освобождены 8 пленных, а во вторник — ещё 6.", ["8|-|exact|released|-|-|asserted|2020-12-14", "6|-|exact|released|-|-|asserted|2020-12-15"] },
        { "ru", "Суд вынес приговор 14 армянам.", ["14|-|exact|held|armenian|-|asserted|-"] },
        { "ru", "Более 40 военнопленных до сих пор не вернулись домой.", ["40|-|more_than|held|-|-|asserted|-"] },
        { "ru", "Судьба 20 человек не установлена.", ["20|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Ավելի քան 40 ռազմագերի դեռ չեն վերադարձել տուն։", ["40|-|more_than|held|-|-|asserted|-"] },
        { "az", "40-dan çox hərbi əsir hələ də vətənə qayıtmayıb.", ["40|-|more_than|held|-|-|asserted|-"] },
        { "az", "20 hərbçi hələ də tapılmayıb.", ["20|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Դատարանը դատավճիռ է կայացրել 14 հայի նկատմամբ։", ["14|-|exact|held|armenian|-|asserted|-"] },
        { "hy", "Երևանն ստացել է 11 զինծառայողի աճյուն։", ["11|-|exact|killed|armenian|-|asserted|-"] },
        { "az", "Məhkəmə 14 erməni barədə hökm çıxarıb.", ["14|-|exact|held|armenian|-|asserted|-"] },
        { "hy", "Գերիների թիվը նվազել է մինչև 38։", ["38|-|exact|held|-|-|asserted|-"] },
        { "az", "Şəhidlərin sayı 2 900-ə qədər artıb.", ["2900|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Ереван утверждает, что в азербайджанских тюрьмах содержатся 40 человек.", ["40|-|exact|held|armenian|Ереван|asserted|-"] },
        { "hy", "Երևանը պնդում է, որ ադրբեջանական բանտերում պահվում է 40 մարդ։", ["40|-|exact|held|armenian|Երևանը|asserted|-"] },
        { "hy", "Զոհերի թիվը 40-ից աճել է մինչև 52։", ["52|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Մարտունիում զոհվել է 3 մարդ, Հադրութում՝ ևս 5։", ["3|-|exact|killed|-|-|asserted|-", "5|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Ծնողները պահանջում են վերադարձնել 30 ռազմագերու։", ["30|-|exact|held|-|-|asserted|-"] },
        { "hy", "Եռաբլուրում հուղարկավորվել է 7 զինծառայող։", ["7|-|exact|killed|-|-|asserted|-"] },
        { "az", "Saxlanılanların sayı 40-dan 52-yə qədər artıb.", ["52|-|exact|held|-|-|asserted|-"] },
        { "az", "Tərtərdə 3 nəfər həlak olub, Bərdədə isə daha 5 nəfər.", ["3|-|exact|killed|-|-|asserted|-", "5|-|exact|killed|-|-|asserted|-"] },
        { "az", "Ailələr 30 əsirin azad edilməsini tələb edir.", ["30|-|exact|held|-|-|asserted|-"] },
        { "az", "Məhkəmə 4 erməniyə 10 il həbs cəzası verib.", ["4|-|exact|held|armenian|-|asserted|-"] },
        { "az", "20 kənd sakini itkin düşüb.", ["20|-|exact|missing|-|-|asserted|-"] },
        { "az", "12 hərbçinin cəsədi Ermənistan tərəfinə verilib.", ["12|-|exact|killed|armenian|-|asserted|-"] },
    };

    public static TheoryData<string> Languages() => ["ru", "hy", "az"];

    public static TheoryData<string, string> MeasuredSets() => new()
    {
        { "FirstHeldOut", "ru" }, { "FirstHeldOut", "hy" }, { "FirstHeldOut", "az" },
        { "SecondHeldOut", "ru" }, { "SecondHeldOut", "hy" }, { "SecondHeldOut", "az" },
        { "ThirdHeldOut", "ru" }, { "ThirdHeldOut", "hy" }, { "ThirdHeldOut", "az" },
        { "HeldOut", "ru" }, { "HeldOut", "hy" }, { "HeldOut", "az" },
        { "SecondRoundHeldOut", "ru" }, { "SecondRoundHeldOut", "hy" }, { "SecondRoundHeldOut", "az" },
        { "ThirdRoundHeldOut", "ru" }, { "ThirdRoundHeldOut", "hy" }, { "ThirdRoundHeldOut", "az" },
        { "FourthRoundHeldOut", "ru" }, { "FourthRoundHeldOut", "hy" }, { "FourthRoundHeldOut", "az" },
        { "SixthRoundDevelopment", "ru" }, { "SixthRoundDevelopment", "hy" }, { "SixthRoundDevelopment", "az" },
        { "FifthRoundHeldOut", "ru" }, { "FifthRoundHeldOut", "hy" }, { "FifthRoundHeldOut", "az" },
        { "EighthRoundDevelopment", "ru" }, { "EighthRoundDevelopment", "hy" }, { "EighthRoundDevelopment", "az" },
        { "EighthRoundHeldOut", "ru" }, { "EighthRoundHeldOut", "hy" }, { "EighthRoundHeldOut", "az" },
        { "NinthRoundHeldOut", "ru" }, { "NinthRoundHeldOut", "hy" }, { "NinthRoundHeldOut", "az" },
        { "TenthRoundHeldOut", "ru" }, { "TenthRoundHeldOut", "hy" }, { "TenthRoundHeldOut", "az" },
    };

    public static TheoryData<string> ArticleSets() => ["FirstHeldOut", "SecondHeldOut", "ThirdHeldOut", "HeldOut", "SecondRoundHeldOut", "ThirdRoundHeldOut", "FourthRoundHeldOut", "FifthRoundHeldOut", "EighthRoundHeldOut", "NinthRoundHeldOut", "TenthRoundHeldOut"];

    [Theory]
    [MemberData(nameof(DevelopmentStatements))]
    public void Extract_DevelopmentStatement_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
        Assert.All(claims, c => Assert.Equal(sentence, c.Quote));
    }

    [Theory]
    [MemberData(nameof(SecondRoundRules))]
    public void Extract_SecondRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    [Theory]
    [MemberData(nameof(ThirdRoundRules))]
    public void Extract_ThirdRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    [Theory]
    [MemberData(nameof(SixthRoundRules))]
    public void Extract_SixthRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    // Invented, per rule of the seventh round (none from FifthRoundHeldOut): a fate that names whom
    // relatives are tied to ("families of the missing") is no fate of anyone else in the sentence; a
    // figure a correction rejects ("не 40, а 38") gives way to the one it keeps; where people go to
    // both sides, each count takes the destination of its own clause; a part of the wounded in a
    // serious condition is counted, as a fate phrase of its own; a side's speaker who says "its own"
    // are held speaks of its own people; captivity left behind ("из армянского плена") is a captor;
    // soldiers named by their role are people; the side of the people who capture is the captor's.
    public static TheoryData<string, string, string[]> SeventhRoundRules() => new()
    {
        { "ru", "Десятки волонтёров помогают семьям пропавших без вести.", [] },
        { "ru", "Шестеро родственников пленных задержаны в Баку.", ["6|-|exact|held|armenian|-|asserted|-"] },
        { "hy", "Տասնյակ կամավորներ օգնում են անհետ կորածների ընտանիքներին։", [] },
        { "hy", "Ուսանողները օգնում են զոհվածների ընտանիքներին, իսկ 12 զինծառայող վիրավորվել է։", ["12|-|exact|wounded|-|-|asserted|-"] },
        { "az", "Onlarla tələbə həlak olanların ailələrinə kömək edir.", [] },
        { "az", "Yüzlərlə könüllü itkin düşənlərin ailələri ilə görüşüb.", [] },
        { "ru", "Погибли не 12, а 14 военнослужащих.", ["14|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Освобождены не пятеро, а семеро пленных.", ["7|-|exact|released|-|-|asserted|-"] },
        { "hy", "Զոհվել է ոչ թե 12, այլ 14 զինծառայող։", ["14|-|exact|killed|-|-|asserted|-"] },
        { "az", "Həlak olanların sayı 12 deyil, 14 nəfərdir.", ["14|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Погибли не менее 12 военнослужащих.", ["12|-|at_least|killed|-|-|asserted|-"] },
        { "ru", "В Баку переданы 4 военнослужащих, в Ереван — ещё 6.", ["4|-|exact|released|azerbaijani|-|asserted|-", "6|-|exact|released|armenian|-|asserted|-"] },
        { "ru", "Армянской стороне переданы пятеро пленных, азербайджанской — трое.", ["5|-|exact|released|armenian|-|asserted|-", "3|-|exact|released|azerbaijani|-|asserted|-"] },
        { "hy", "Հայաստանին է հանձնվել 5 գերի, Ադրբեջանին՝ 3։", ["5|-|exact|released|armenian|-|asserted|-", "3|-|exact|released|azerbaijani|-|asserted|-"] },
        { "az", "Mübadilə nəticəsində Ermənistana 5 hərbçi, Azərbaycana isə 3 nəfər təhvil verilib.", ["5|-|exact|released|armenian|-|asserted|-", "3|-|exact|released|azerbaijani|-|asserted|-"] },
        { "ru", "Из 40 раненых 6 находятся в тяжёлом состоянии.", ["40|-|exact|wounded|-|-|asserted|-", "6|-|exact|wounded|-|-|asserted|-"] },
        { "hy", "Բուժվում է 40 վիրավոր, որոնցից 6-ի վիճակը ծանր է։", ["40|-|exact|wounded|-|-|asserted|-", "6|-|exact|wounded|-|-|asserted|-"] },
        { "az", "Xəstəxanada 40 yaralı var, onlardan 6-sı ağır vəziyyətdədir.", ["40|-|exact|wounded|-|-|asserted|-", "6|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Армянская сторона заявляет, что в Азербайджане удерживаются 40 её граждан.", ["40|-|exact|held|armenian|Армянская сторона|asserted|-"] },
        { "hy", "Հայկական կողմը պնդում է, որ Ադրբեջանում պահվում է իր 40 քաղաքացի։", ["40|-|exact|held|armenian|Հայկական կողմը|asserted|-"] },
        { "ru", "Из армянского плена вернулись 5 военнослужащих.", ["5|-|exact|released|azerbaijani|-|asserted|-"] },
        { "hy", "Հայկական գերությունից վերադարձել է 5 զինծառայող։", ["5|-|exact|released|azerbaijani|-|asserted|-"] },
        { "az", "Erməni əsirliyindən 5 hərbçi qayıdıb.", ["5|-|exact|released|azerbaijani|-|asserted|-"] },
        { "ru", "Пропавшие без вести: 12 | Раненые: 40", ["12|-|exact|missing|-|-|asserted|-", "40|-|exact|wounded|-|-|asserted|-"] },
        { "hy", "Անհետ կորածներ: 12 | Վիրավորներ: 40", ["12|-|exact|missing|-|-|asserted|-", "40|-|exact|wounded|-|-|asserted|-"] },
        { "az", "İtkin düşənlər: 12 | Yaralılar: 40", ["12|-|exact|missing|-|-|asserted|-", "40|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Армянские военные захватили трёх азербайджанских снайперов.", ["3|-|exact|captured|azerbaijani|-|asserted|-"] },
        { "ru", "Пятеро пастухов были уведены армянскими военными.", ["5|-|exact|captured|azerbaijani|-|asserted|-"] },
        { "hy", "Ադրբեջանցի զինվորականները գերեվարել են երեք հետախույզի։", ["3|-|exact|captured|armenian|-|asserted|-"] },
        { "az", "Erməni silahlıları üç kəşfiyyatçını əsir götürüb.", ["3|-|exact|captured|azerbaijani|-|asserted|-"] },
    };

    [Theory]
    [MemberData(nameof(SeventhRoundRules))]
    public void Extract_SeventhRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    // Invented, per rule of the eighth round (none from EighthRoundDevelopment): an answer takes its
    // question's fate and people; a part after "из них" named by its own words is a claim; a clause
    // with no verb shares the next one's where the verb closes the sentence; a change's step is no
    // count and its new total is; a pronoun's figure takes the fate named before; people who did not
    // come back are missing unless their noun says prisoners; a subset after the verb shares its fate.
    public static TheoryData<string, string, string[]> EighthRoundRules() => new()
    {
        { "ru", "— Сколько азербайджанских солдат пропали без вести? — По нашим подсчётам, 17.", ["17|-|exact|missing|azerbaijani|-|asserted|-"] },
        { "ru", "— Сколько вам было лет? — 20.", [] },
        { "az", "— Neçə erməni əsirlikdə qalır? — Təxminən 30 nəfər.", ["30|-|about|held|armenian|-|asserted|-"] },
        { "hy", "— Քանի՞ ադրբեջանցի է գերության մեջ։ — Մեր տվյալներով՝ 12։", ["12|-|exact|held|azerbaijani|-|asserted|-"] },
        { "ru", "Погибли 40 человек, из которых 12 — дети.", ["40|-|exact|killed|-|-|asserted|-", "12|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Ранены 15 военнослужащих, из них трое тяжело.", ["15|-|exact|wounded|-|-|asserted|-", "3|-|exact|wounded|-|-|asserted|-"] },
        { "hy", "Վիրավորվել է 15 զինծառայող, որոնցից 3-ը՝ ծանր։", ["15|-|exact|wounded|-|-|asserted|-", "3|-|exact|wounded|-|-|asserted|-"] },
        { "az", "40 nəfər həlak olub, onlardan 12-si uşaqdır.", ["40|-|exact|killed|-|-|asserted|-", "12|-|exact|killed|-|-|asserted|-"] },
        { "az", "Ağdam rayonunda 5, Tərtər rayonunda isə 8 mülki şəxs yaralanıb.", ["5|-|exact|wounded|-|-|asserted|-", "8|-|exact|wounded|-|-|asserted|-"] },
        { "az", "Birinci bölükdən dörd əsgər, ikinci bölükdən isə iki nəfər itkin düşüb.", ["4|-|exact|missing|-|-|asserted|-", "2|-|exact|missing|-|-|asserted|-"] },
        { "ru", "Число пленных уменьшилось на 5 — до 33.", ["33|-|exact|held|-|-|asserted|-"] },
        { "hy", "Զոհվածների թիվն ավելացել է 7-ով՝ հասնելով 90-ի։", ["90|-|exact|killed|-|-|asserted|-"] },
        { "az", "Yaralıların sayı 7 nəfər artaraq 90-a çatıb.", ["90|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Раненых стало на 4 меньше: теперь их 20.", ["20|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Из разведки не вернулись шесть бойцов.", ["6|-|exact|missing|-|-|asserted|-"] },
        { "ru", "Двенадцать военнопленных так и не вернулись домой.", ["12|-|exact|held|-|-|asserted|-"] },
        { "hy", "Առաջադրանքից չեն վերադարձել վեց զինվոր։", ["6|-|exact|missing|-|-|asserted|-"] },
        { "az", "Altı əsgər tapşırıqdan qayıtmayıb.", ["6|-|exact|missing|-|-|asserted|-"] },
        { "az", "Bakıda 20 erməni saxlanılır, o cümlədən üç qadın.", ["20|-|exact|held|armenian|-|asserted|-", "3|-|exact|held|armenian|-|asserted|-"] },
        { "ru", "Прошло 30 дней, а с ним в плену ещё 4 человека.", ["4|-|exact|held|-|-|asserted|-"] },
        { "ru", "Тридцатого ноября из плена вернулись 6 человек.", ["6|-|exact|released|-|-|asserted|2020-11-30"] },
        { "hy", "12 անհետ կորած զինծառայողի մայրերը հանդիպել են օմբուդսմենին։", ["12|-|exact|missing|-|-|asserted|-"] },
        { "az", "İtkin düşmüş 12 hərbçinin anaları ombudsmanla görüşüb.", ["12|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Հոկտեմբերի քսանհինգին զոհվել է 7 զինծառայող։", ["7|-|exact|killed|-|-|asserted|2020-10-25"] },
        { "az", "Oktyabrın iyirmi beşində 7 hərbçi həlak olub.", ["7|-|exact|killed|-|-|asserted|2020-10-25"] },
    };

    [Theory]
    [MemberData(nameof(EighthRoundRules))]
    public void Extract_EighthRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    // Invented, per rule of the ninth round (none from the strangers' sets): abbreviated and fractional
    // thousands, one and a half of a scale, exchanges as events, remains.
    public static TheoryData<string, string, string[]> NinthRoundRules() => new()
    {
        { "ru", "По данным штаба, более 2 тыс. жителей покинули дома, а 4 тыс. человек пропали без вести.", ["4000|-|exact|missing|-|штаба|asserted|-"] },
        { "ru", "В госпитали доставлены 1,5 тыс. раненых.", ["1500|-|exact|wounded|-|-|asserted|-"] },
        { "ru", "Судьба полутора тысяч военнослужащих до сих пор неизвестна.", ["1500|-|exact|missing|-|-|asserted|-"] },
        { "ru", "Полтора десятка домов разрушены.", [] },
        { "ru", "Без малого 70 пленных вернулись домой после двух обменов.", ["70|-|about|released|-|-|asserted|-"] },
        { "hy", "Զոհվել է մեկուկես հազար զինծառայող։", ["1500|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Վիրավորվել է 2,5 հազար մարդ։", ["2500|-|exact|wounded|-|-|asserted|-"] },
        { "hy", "Չորս փոխանակման արդյունքում ազատվել է 60 գերի։", ["60|-|exact|released|-|-|asserted|-"] },
        { "az", "İki mübadilə nəticəsində 40 əsir azad edilib.", ["40|-|exact|released|-|-|asserted|-"] },
        { "az", "Bakı 7 hərbçinin nəşini qəbul edib.", ["7|-|exact|killed|azerbaijani|-|asserted|-"] },

        // An answer after a question with no dash before it, and bodies not yet identified (the dead).
        { "ru", "Сколько человек до сих пор считаются пропавшими без вести? По словам координатора, около 70.", ["70|-|about|missing|-|координатора|asserted|-"] },
        { "ru", "Сколько вам лет? Мне 34.", [] },
        { "ru", "— Сколько тел пока не опознано? — Двенадцать, — ответил эксперт.", ["12|-|exact|killed|-|эксперт|asserted|-"] },
        { "hy", "Քանի՞ զինծառայող է դեռ գերության մեջ։ ՄԻՊ-ի տվյալներով՝ 33։", ["33|-|exact|held|-|ՄԻՊ-ի|asserted|-"] },
        { "hy", "Քանի՞ տարեկան եք։ Ես 34 տարեկան եմ։", [] },
        { "az", "Neçə nəfər hələ də əsirlikdədir? Rəsmi məlumata görə, 17.", ["17|-|exact|held|-|-|asserted|-"] },
        { "az", "Neçə yaşınız var? 34.", [] },

        // "Our" on an Azerbaijani noun for people names Azerbaijan's people; on a place it names no one.
        { "az", "Döyüşlərdə daha üç əsgərimiz yaralanıb.", ["3|-|exact|wounded|azerbaijani|-|asserted|-"] },
        { "az", "Ermənistanda 6 soydaşımız saxlanılır.", ["6|-|exact|held|azerbaijani|-|asserted|-"] },
        { "az", "İki hərbçimizin taleyi hələ də bilinmir.", ["2|-|exact|missing|azerbaijani|-|asserted|-"] },
        { "az", "Kəndimizdən 5 nəfər itkin düşüb.", ["5|-|exact|missing|-|-|asserted|-"] },

        // A change may fall: its new figure is the claim; the noun before "the number" takes a fate between.
        { "ru", "Число жителей, числящихся пропавшими без вести, уменьшилось до 88.", ["88|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Գերիների թիվը մեկ ամսում 70-ից նվազել է 52-ի։", ["52|-|exact|held|-|-|asserted|-"] },
        { "az", "İtkin düşənlərin sayı 90-dan 75-ə enib.", ["75|-|exact|missing|-|-|asserted|-"] },
        { "az", "40-dan 60-a qədər hərbçi yaralanıb.", ["40|60|range|wounded|-|-|asserted|-"] },

        // Parts named by who they are, after or before their whole, share the whole's fate.
        { "hy", "Ազատված 30 անձից 22-ը զինծառայողներ են, 8-ը՝ խաղաղ բնակիչներ։", ["30|-|exact|released|-|-|asserted|-", "22|-|exact|released|-|-|asserted|-", "8|-|exact|released|-|-|asserted|-"] },
        { "az", "Qaytarılan 20 nəfərdən on beşi hərbçidir.", ["20|-|exact|released|-|-|asserted|-", "15|-|exact|released|-|-|asserted|-"] },
        { "ru", "Семь из тридцати пленных, вернувшихся в понедельник, — мирные жители.", ["7|-|exact|released|-|-|asserted|2020-12-14", "30|-|exact|released|-|-|asserted|2020-12-14"] },
        { "ru", "Из 60 пропавших 12 найдены живыми.", ["60|-|exact|missing|-|-|asserted|-"] },
        { "az", "İtkin düşmüş 30 əsgərdən birinin atası danışıb.", ["30|-|exact|missing|-|-|asserted|-"] },

        // Category words: awaiting trial is held; surrendered into captivity is a capture; people who
        // search are not the missing; seen off to a side is a release, to the destination after the count.
        { "ru", "Ещё 14 человек ожидают суда в Баку.", ["14|-|exact|held|armenian|-|asserted|-"] },
        { "ru", "В поисках пропавших участвуют 30 спасателей.", [] },
        { "ru", "В ходе поисков найдены 3 пропавших.", ["3|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Ավելի քան 20 զինծառայող հանձնվել է գերի։", ["20|-|more_than|captured|-|-|asserted|-"] },
        { "hy", "Որոնողական աշխատանքներին մասնակցում է 25 փրկարար։", [] },
        { "az", "Axtarışlara 40 könüllü qoşulub.", [] },
        { "az", "38 nəfər Ermənistana yola salınıb.", ["38|-|exact|released|armenian|-|asserted|-"] },
        { "az", "Daha 12 nəfər məhkəməni gözləyir.", ["12|-|exact|held|-|-|asserted|-"] },

        // Hearsay words ("будто", spread information) make a rumour; "no news" and a name in guillemets do not.
        { "ru", "В соцгруппах пишут, будто под Шушой погибли 20 солдат.", ["20|-|exact|killed|-|-|rumour|-"] },
        { "hy", "Տեղեկություններ են տարածվում, թե գերի է ընկել 15 զինվոր։", ["15|-|exact|captured|-|-|rumour|-"] },
        { "hy", "Արդեն մեկ ամիս է՝ ոչ մի լուր չունենք, անհետ կորել են 6 զինվոր։", ["6|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Մոտ 12 զինծառայող է զոհվել, հաղորդում է «Լուրեր» կայքը։", ["12|-|about|killed|-|-|asserted|-"] },
        { "az", "Sosial şəbəkələrdə məlumat yayılıb ki, 10 hərbçi əsir düşüb.", ["10|-|exact|captured|-|-|rumour|-"] },

        // A gapped count with only a destination after it; one of a group counts no one.
        { "ru", "В пятницу 20 пленных вернулись в Армению, пятеро — в Азербайджан.", ["20|-|exact|released|armenian|-|asserted|2020-12-11", "5|-|exact|released|azerbaijani|-|asserted|2020-12-11"] },
        { "ru", "Отец одного из пленных обратился в суд.", [] },

        // The holder named right after the count and its comma is the count's, before a country named earlier.
        { "ru", "Правительство Армении оплатит адвокатов для 25 человек, удерживаемых в Азербайджане.", ["25|-|exact|held|armenian|-|asserted|-"] },
        { "ru", "Армения освободила 5 человек, удерживаемых в Ереване.", ["5|-|exact|released|azerbaijani|-|asserted|-"] },

        // A subset after "including" and a mark shares the count's fate.
        { "hy", "Գյուղում անհետ կորած է համարվում 25 մարդ, այդ թվում՝ 6 երեխա, հայտնում են համայնքից։", ["25|-|exact|missing|-|համայնքից|asserted|-", "6|-|exact|missing|-|համայնքից|asserted|-"] },
        { "ru", "В плену остаются 30 человек, в том числе: 4 женщины.", ["30|-|exact|held|-|-|asserted|-", "4|-|exact|held|-|-|asserted|-"] },
        { "az", "Əsirlikdə 20 nəfər saxlanılır, o cümlədən: 3 qadın.", ["20|-|exact|held|-|-|asserted|-", "3|-|exact|held|-|-|asserted|-"] },
    };

    // Invented, per rule of the tenth round (none from the strangers' sets): staying in a side's country is held.
    public static TheoryData<string, string, string[]> TenthRoundRules() => new()
    {
        { "ru", "В Армении остаются 14 азербайджанцев.", ["14|-|exact|held|azerbaijani|-|asserted|-"] },
        { "ru", "Двадцать военнослужащих остаются в Баку.", ["20|-|exact|held|armenian|-|asserted|-"] },
        { "hy", "Հայաստանում մնում է 14 ադրբեջանցի։", ["14|-|exact|held|azerbaijani|-|asserted|-"] },
        { "hy", "Բաքվում մնում են 20 զինծառայողներ։", ["20|-|exact|held|armenian|-|asserted|-"] },

        // "One more" after an earlier count is one more of the same people, with its own fate.
        { "ru", "Трое военных были ранены, ещё один погиб.", ["3|-|exact|wounded|-|-|asserted|-", "1|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Երեք զինծառայող վիրավորվել է, ևս մեկը զոհվել է։", ["3|-|exact|wounded|-|-|asserted|-", "1|-|exact|killed|-|-|asserted|-"] },
        { "ru", "Трое военных были ранены, ещё один дом разрушен.", ["3|-|exact|wounded|-|-|asserted|-"] },

        // A side word inside the source names the speaker's side, not the counted people's.
        { "ru", "Пятеро сапёров получили ранения, передаёт армянское агентство Арка.", ["5|-|exact|wounded|-|армянское агентство Арка|asserted|-"] },
        { "hy", "Հինգ սակրավոր վիրավորվել է, հաղորդում է ադրբեջանական Թուրան գործակալությունը։", ["5|-|exact|wounded|-|ադրբեջանական Թուրան գործակալությունը|asserted|-"] },

        // Enemies destroyed are the dead; "far from the truth" denies; the young are people.
        { "az", "Döyüşdə düşmənin altı hərbçisi məhv edilib.", ["6|-|exact|killed|-|-|asserted|-"] },
        { "ru", "В бою уничтожены шесть военнослужащих противника.", ["6|-|exact|killed|-|-|asserted|-"] },
        { "hy", "Մարտում ոչնչացվել է հակառակորդի վեց զինծառայող։", ["6|-|exact|killed|-|-|asserted|-"] },
        { "az", "Nazirlik 30 əsgərin yaralandığı barədə xəbərləri həqiqətdən uzaq adlandırıb.", ["30|-|exact|wounded|-|-|denied|-"] },
        { "az", "Kənddən on gənc itkin düşüb.", ["10|-|exact|missing|-|-|asserted|-"] },
        { "ru", "В бою уничтожены шесть танков.", [] },

        // A day beside a figure compared with the claim dates that figure, not the claim.
        { "ru", "Число пропавших без вести сократилось до 88 против 95 на 10 ноября.", ["88|-|exact|missing|-|-|asserted|-"] },
        { "hy", "Անհետ կորածների թիվը հասել է 88-ի՝ նոյեմբերի 10-ի դրությամբ 95-ի դիմաց։", ["88|-|exact|missing|-|-|asserted|-"] },
        { "ru", "10 ноября пропали без вести 88 человек.", ["88|-|exact|missing|-|-|asserted|2020-11-10"] },
    };

    [Theory]
    [MemberData(nameof(TenthRoundRules))]
    public void Extract_TenthRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected) =>
        Extract_NinthRoundRule_GivesTheExpectedClaims(language, sentence, expected);

    [Theory]
    [MemberData(nameof(NinthRoundRules))]
    public void Extract_NinthRoundRule_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    [Theory]
    [MemberData(nameof(FourthRoundDevelopmentStatements))]
    public void Extract_FourthRoundDevelopmentStatement_GivesTheExpectedClaims(string language, string sentence, string[] expected)
    {
        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode(language)!, [sentence], ClaimGolden.Published);

        Assert.Equal(expected, claims.Select(ClaimGolden.Describe).ToArray());
    }

    [Fact]
    public void Extract_LongTextWithoutPunctuation_IsReadInBoundedPieces()
    {
        // 100,000 characters with no sentence end: read piece by piece, every count still found.
        var text = string.Concat(Enumerable.Repeat("вчера 12 военнослужащих пропали без вести ", 2400));

        var claims = LexiconClaimReader.Extract(ClaimLexicon.ForCode("ru")!, [text], ClaimGolden.Published);

        Assert.InRange(claims.Count, 2350, 2400);
        Assert.All(claims, c => Assert.True(c.Quote.Length <= 2000));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Extract_DevelopmentStatements_AreDetectedAsTheirLanguage(string language)
    {
        foreach (var (sentence, _) in ClaimGolden.Statements("Development", language))
        {
            Assert.True(LanguageDetector.Detect([sentence]) == language, $"{sentence} was not detected as {language}");
        }
    }

    [Fact]
    public void Extract_InventedArticles_ReadTheBodyAndDropTheCommentThread()
    {
        foreach (var (name, published, paragraphs, expected) in ClaimGolden.Articles("Development"))
        {
            var claims = CountClaimExtractor.Extract(paragraphs, published);

            Assert.True(expected.SequenceEqual(claims.Select(ClaimGolden.Describe)), $"{name}: {string.Join(" / ", claims.Select(ClaimGolden.Describe))}");
            Assert.DoesNotContain(claims, c => c.Count == 500);
        }
    }

    [Fact]
    public void Extract_FourthRoundDevelopmentArticles_ReadTheBodyAndDropTheFurniture()
    {
        foreach (var (name, published, paragraphs, expected) in ClaimGolden.Articles("FourthRoundDevelopment"))
        {
            var claims = CountClaimExtractor.Extract(paragraphs, published);

            Assert.True(expected.SequenceEqual(claims.Select(ClaimGolden.Describe)), $"{name}: {string.Join(" / ", claims.Select(ClaimGolden.Describe))}");
        }
    }

    [Theory]
    [MemberData(nameof(MeasuredSets))]
    public void Extract_HeldOutStatements_ReachThePrecisionAndRecallAim(string set, string language)
    {
        var strict = new ClaimScore();
        var core = new ClaimScore();
        var lexicon = ClaimLexicon.ForCode(language)!;
        foreach (var (sentence, expected) in ClaimGolden.Statements(set, language))
        {
            var found = LexiconClaimReader.Extract(lexicon, [sentence], ClaimGolden.Published).Select(ClaimGolden.Describe).ToList();
            strict.Add(expected, found);
            core.Add(expected.Select(ClaimGolden.Core), found.Select(ClaimGolden.Core));
            if (!expected.SequenceEqual(found))
            {
                output.WriteLine($"{sentence}\n  expected {string.Join(" ; ", expected)}\n  found    {string.Join(" ; ", found)}");
            }
        }

        output.WriteLine($"{set} {language}, every field: {strict}");
        output.WriteLine($"{set} {language}, without the source's wording: {core}");
        var floor = set switch
        {
            "SecondRoundHeldOut" => SecondRoundStatementFloor,
            "ThirdRoundHeldOut" => ThirdRoundStatementFloor,
            "FourthRoundHeldOut" => FourthRoundStatementFloor,
            "SixthRoundDevelopment" => SixthRoundStatementFloor,
            "FifthRoundHeldOut" => FifthRoundHeldOutFloor,
            "EighthRoundDevelopment" => EighthRoundStatementFloor,
            "EighthRoundHeldOut" => EighthRoundHeldOutFloor,
            "NinthRoundHeldOut" => NinthRoundHeldOutFloor,
            "TenthRoundHeldOut" => TenthRoundHeldOutFloor,
            _ => StatementFloor,
        };
        Assert.True(core.Precision >= floor && core.Recall >= floor, $"{set} {language}: {core}");
    }

    [Theory]
    [MemberData(nameof(ArticleSets))]
    public void Extract_HeldOutArticles_ReachThePrecisionAndRecallAim(string set)
    {
        var score = new ClaimScore();
        foreach (var (name, published, paragraphs, expected) in ClaimGolden.Articles(set))
        {
            var found = CountClaimExtractor.Extract(paragraphs, published).Select(ClaimGolden.Describe).ToList();
            score.Add(expected.Select(ClaimGolden.Core), found.Select(ClaimGolden.Core));
            if (!expected.SequenceEqual(found))
            {
                output.WriteLine($"{name}\n  expected {string.Join(" ; ", expected)}\n  found    {string.Join(" ; ", found)}");
            }
        }

        output.WriteLine($"{set} articles: {score}");
        var floor = set switch { "FourthRoundHeldOut" => FourthRoundArticleFloor, "EighthRoundHeldOut" => EighthRoundHeldOutArticleFloor, "NinthRoundHeldOut" => NinthRoundHeldOutArticleFloor, "TenthRoundHeldOut" => TenthRoundHeldOutArticleFloor, _ => ArticleFloor };
        Assert.True(score.Precision >= floor && score.Recall >= floor, $"{set}: {score}");
    }
}
