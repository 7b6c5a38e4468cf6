namespace Whereabouts.Domain.Tests;

public sealed class PersonTests
{
    [Fact]
    public void Constructor_NameAndDetails_AreKept()
    {
        var id = Guid.NewGuid();
        var details = new PersonDetails(
            Sex.Male,
            PartialDate.OfYear(2001),
            Side: "armenian",
            Role: ServiceRole.Soldier,
            Rank: "private",
            Unit: "military unit 00000");

        var person = new Person(id, Names.LatinArmenian, details, isInvented: true);

        Assert.Equal(id, person.Id);
        Assert.Equal(Names.LatinArmenian, person.PrimaryName);
        Assert.Equal(Names.LatinArmenian, Assert.Single(person.Names));
        Assert.Equal(details, person.Details);
        Assert.True(person.IsInvented);
    }

    [Fact]
    public void Constructor_EmptyId_GetsANewIdentity()
    {
        var first = new Person(Guid.Empty, Names.LatinArmenian);
        var second = new Person(Guid.Empty, Names.LatinArmenian);

        Assert.NotEqual(Guid.Empty, first.Id);
        Assert.NotEqual(first.Id, second.Id);
    }

    [Fact]
    public void Constructor_NoDetails_EverythingIsUnknownAndNoFateIsRecorded()
    {
        var person = new Person(Guid.NewGuid(), Names.CyrillicAzerbaijani);

        Assert.Equal(new PersonDetails(), person.Details);
        Assert.False(person.IsInvented);
        Assert.Empty(person.FateAssertions);
        Assert.Empty(person.FateRetractions);
        Assert.Null(person.Fate.Current);
        Assert.Null(person.Fate.Status);
        Assert.False(person.Fate.IsContested);
    }

    [Fact]
    public void UpdateDetails_BlankTexts_AreStoredAsNoneAndOthersTrimmed()
    {
        var person = PersonBuilder.APerson().Build();

        person.UpdateDetails(new PersonDetails(Force: "  Defence Army  ", Rank: "   ", Unit: "", ServiceNumber: " AB-000123 "));

        Assert.Equal("Defence Army", person.Force);
        Assert.Null(person.Rank);
        Assert.Null(person.Unit);
        Assert.Equal("AB-000123", person.ServiceNumber);
    }

    [Fact]
    public void AddName_FormInAnotherScript_IsAddedAfterThePrimaryName()
    {
        var person = PersonBuilder.APerson().Named(Names.LatinArmenian).Build();

        Assert.True(person.AddName(Names.CyrillicArmenian));
        Assert.True(person.AddName(Names.Armenian));

        Assert.Equal([Names.LatinArmenian, Names.CyrillicArmenian, Names.Armenian], person.Names);
        Assert.Equal(Names.LatinArmenian, person.PrimaryName);
        Assert.Equal(
            [NameScript.Latin, NameScript.Cyrillic, NameScript.Armenian],
            person.Names.Select(n => n.Script));
    }

    [Fact]
    public void AddName_FormThePersonAlreadyHas_ChangesNothing()
    {
        var person = PersonBuilder.APerson().Named(Names.LatinAzerbaijani).Build();

        Assert.False(person.AddName(new PersonName(" Rəşad ", "Məmmədov", "Elşən  oğlu", "family report")));

        Assert.Single(person.Names);
    }

    [Fact]
    public void WithdrawName_WrongForm_IsKeptButNoLongerStandsAndAddingItAgainAppendsIt()
    {
        var person = new Person(Guid.NewGuid(), Names.LatinArmenian);
        person.AddName(Names.CyrillicAzerbaijani);

        person.WithdrawName(new NameWithdrawal(1, "Another man's name.", null, null, null, "ani", DateTimeOffset.UtcNow));

        Assert.Equal([Names.LatinArmenian], person.StandingNames);
        Assert.Equal(2, person.Names.Count);
        Assert.True(person.AddName(Names.CyrillicAzerbaijani));
        Assert.Equal([Names.LatinArmenian, Names.CyrillicAzerbaijani], person.StandingNames);
    }

    [Fact]
    public void WithdrawName_LastStandingForm_IsRefused()
    {
        var person = new Person(Guid.NewGuid(), Names.LatinArmenian);

        var refusal = DomainAssert.Refuses("name.last-form", () => person.WithdrawName(new NameWithdrawal(0, "Wrong.", null, null, null, "ani", DateTimeOffset.UtcNow)));

        Assert.Contains("at least one", refusal.Message, StringComparison.Ordinal);
        Assert.Empty(person.NameWithdrawals);
    }

    [Fact]
    public void Standing_NamesAndWithdrawalsReadApart_LeavesOutTheWithdrawnPositions()
    {
        PersonName[] names = [Names.LatinArmenian, Names.CyrillicArmenian, Names.Armenian];
        NameWithdrawal[] withdrawals = [new(1, "Wrong.", null, null, null, "ani", DateTimeOffset.UtcNow)];

        Assert.Equal([Names.LatinArmenian, Names.Armenian], Person.Standing(names, withdrawals));
        Assert.Same(names, Person.Standing(names, []));
    }

    [Fact]
    public void AssertFate_CredibleAssertion_IsAppendedAndBecomesTheCurrentFate()
    {
        var person = PersonBuilder.APerson().BornOn("2001").Build();
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");

        person.AssertFate(missing);

        Assert.Same(missing, Assert.Single(person.FateAssertions));
        Assert.Same(missing, person.Fate.Current);
        Assert.Equal(FateStatus.Missing, person.Fate.Status);
    }

    [Fact]
    public void AssertFate_Null_ThrowsArgumentNullException()
    {
        var person = PersonBuilder.APerson().Build();

        Assert.Throws<ArgumentNullException>(() => person.AssertFate(null!));
    }

    [Theory]
    [InlineData("2001-05-10", "2001-05-09")]
    [InlineData("2001-05", "2001-04-30")]
    [InlineData("2001", "2000-12")]
    [InlineData("2001-05-10", "1999")]
    public void AssertFate_DateBeforeBirth_IsRefusedAndNothingIsRecorded(string birth, string asOf)
    {
        var person = PersonBuilder.APerson().BornOn(birth).Build();

        var refusal = DomainAssert.Refuses(
            "fate.before-birth",
            () => person.AssertFate(Fates.Assertion(FateStatus.Missing, asOf)));

        DomainAssert.MessageSays(refusal, "before the person's birth", birth, asOf);
        Assert.Empty(person.FateAssertions);
    }

    [Theory]
    [InlineData("2001-05-10", "2001-05-10")]
    [InlineData("2001", "2001-01")]
    [InlineData("2001-05", "2001-05-01")]
    [InlineData("~2001", "2000-06")]
    public void AssertFate_DateThatCanBeOnOrAfterBirth_IsAccepted(string birth, string asOf)
    {
        var person = PersonBuilder.APerson().BornOn(birth).Build();

        person.AssertFate(Fates.Assertion(FateStatus.Missing, asOf));

        Assert.Single(person.FateAssertions);
    }

    [Theory]
    [InlineData("2020-12-15", "2020-12-13")]
    [InlineData("2021", "2020-12-13")]
    [InlineData("2021-01", "2020-12-30")]
    [InlineData("2020-12-14", "2019-06-01")]
    public void AssertFate_DateAfterItWasRecorded_IsRefusedAsInTheFuture(string asOf, string recordedOn)
    {
        var person = PersonBuilder.APerson().BornOn("2001").Build();
        var assertion = Fates.Assertion(FateStatus.ReportedCaptured, asOf, recordedAt: Days.NoonUtc(recordedOn));

        var refusal = DomainAssert.Refuses("fate.in-future", () => person.AssertFate(assertion));

        DomainAssert.MessageSays(refusal, "in the future", asOf, recordedOn);
        Assert.Empty(person.FateAssertions);
    }

    [Theory]
    [InlineData("2020-12-14", "2020-12-14")]
    [InlineData("2020-12", "2020-12-01")]
    [InlineData("2020", "2020-12-13")]
    [InlineData("~2020-12-15", "2020-12-14")]
    [InlineData("2020-12-14", "2020-12-13")] // noon UTC on the 13th is already the 14th in UTC+14
    public void AssertFate_DateThatCanBeOnOrBeforeTheRecordingDay_IsAccepted(string asOf, string recordedOn)
    {
        var person = PersonBuilder.APerson().Build();

        person.AssertFate(Fates.Assertion(FateStatus.ReportedCaptured, asOf, recordedAt: Days.NoonUtc(recordedOn)));

        Assert.Single(person.FateAssertions);
    }

    [Theory]
    [InlineData(Credibility.Confirmed)]
    [InlineData(Credibility.ProbablyTrue)]
    [InlineData(Credibility.PossiblyTrue)]
    public void AssertFate_CredibleStatusThatCannotFollowAConfirmedOne_IsRefusedAndNothingIsRecorded(Credibility credibility)
    {
        var person = PersonBuilder.APerson().BornOn("2001")
            .WithFate(FateStatus.Deceased, "2020-12-12", Credibility.Confirmed)
            .Build();

        var refusal = DomainAssert.Refuses(
            "fate.cannot-follow",
            () => person.AssertFate(Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", credibility)));

        DomainAssert.MessageSays(refusal, "CaptureConfirmed as of 2020-12-14", "confirmed Deceased as of 2020-12-12", "retract");
        Assert.Single(person.FateAssertions);
        Assert.Equal(FateStatus.Deceased, person.Fate.Status);
    }

    [Theory]
    [InlineData(FateStatus.RemainsIdentified, "2021-03", FateStatus.Detained, "2021-05")]
    [InlineData(FateStatus.Deceased, "2020-12-12", FateStatus.Repatriated, "2020-12-14")]
    [InlineData(FateStatus.Repatriated, "2020-12-14", FateStatus.Deceased, "2020-12-10")]
    [InlineData(FateStatus.CaptureConfirmed, "2020-12-13", FateStatus.RemainsRecovered, "2020-11")]
    public void AssertFate_CredibleContradictionOfAConfirmedStatusInEitherOrder_IsRefused(
        FateStatus confirmed, string confirmedAsOf, FateStatus asserted, string assertedAsOf)
    {
        var person = PersonBuilder.APerson().WithFate(confirmed, confirmedAsOf, Credibility.Confirmed).Build();

        DomainAssert.Refuses(
            "fate.cannot-follow",
            () => person.AssertFate(Fates.Assertion(asserted, assertedAsOf, Credibility.PossiblyTrue)));

        Assert.Single(person.FateAssertions);
    }

    [Fact]
    public void AssertFate_CredibleMissingAfterAConfirmedCapture_IsRecordedAndMakesThePersonContested()
    {
        // The detaining side stops acknowledging a confirmed prisoner: both reports may be honest,
        // and the disappearance is exactly what the caseworker must see.
        var person = PersonBuilder.APerson().BornOn("2001")
            .WithFate(FateStatus.CaptureConfirmed, "2020-12-14", Credibility.Confirmed)
            .Build();

        person.AssertFate(Fates.Assertion(FateStatus.Missing, "2021-02", Credibility.ProbablyTrue));

        Assert.Equal(2, person.FateAssertions.Count);
        Assert.True(person.Fate.IsContested);
        Assert.Equal(FateStatus.Missing, person.Fate.Status);
    }

    [Theory]
    [InlineData(Credibility.DoubtfullyTrue)]
    [InlineData(Credibility.Improbable)]
    [InlineData(Credibility.CannotBeJudged)]
    public void AssertFate_LowCredibilityStatusThatCannotFollowAConfirmedOne_IsRecordedButDoesNotChangeTheFate(Credibility credibility)
    {
        var person = PersonBuilder.APerson().BornOn("2001")
            .WithFate(FateStatus.Deceased, "2020-12-12", Credibility.Confirmed)
            .Build();
        var video = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", credibility);

        person.AssertFate(video);

        Assert.Equal(2, person.FateAssertions.Count);
        Assert.Contains(video, person.FateAssertions);
        Assert.Equal(FateStatus.Deceased, person.Fate.Status);
        Assert.True(person.Fate.IsCredible);
        Assert.False(person.Fate.IsContested);
    }

    [Fact]
    public void AssertFate_CredibleStatusThatCanFollowAConfirmedOne_IsAccepted()
    {
        var person = PersonBuilder.APerson()
            .WithFate(FateStatus.Deceased, "2020-12-12", Credibility.Confirmed)
            .Build();

        person.AssertFate(Fates.Assertion(FateStatus.RemainsIdentified, "2021-03-02", Credibility.ProbablyTrue));

        Assert.Equal(FateStatus.RemainsIdentified, person.Fate.Status);
        Assert.False(person.Fate.IsContested);
    }

    [Fact]
    public void AssertFate_CredibleConflictWithoutConfirmation_IsAcceptedAndMakesThePersonContested()
    {
        var person = PersonBuilder.APerson().BornOn("2001").Build();
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12", Credibility.ProbablyTrue);
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", Credibility.PossiblyTrue);

        person.AssertFate(deceased);
        person.AssertFate(captured);

        Assert.Equal(2, person.FateAssertions.Count);
        Assert.True(person.Fate.IsContested);
        var conflict = Assert.Single(person.Fate.Conflicts);
        Assert.Same(deceased, conflict.First);
        Assert.Same(captured, conflict.Second);
        Assert.Same(captured, person.Fate.Current);
    }

    [Fact]
    public void AssertFate_ProgressionFromMissingToRepatriated_IsNotContested()
    {
        var person = PersonBuilder.APerson().BornOn("2001-03-04")
            .WithFate(FateStatus.Missing, "2020-12-11")
            .WithFate(FateStatus.ReportedCaptured, "2020-12-12", Credibility.PossiblyTrue)
            .WithFate(FateStatus.CaptureConfirmed, "2020-12-13", Credibility.Confirmed)
            .WithFate(FateStatus.Repatriated, "2020-12-14", Credibility.Confirmed)
            .Build();

        Assert.Equal(4, person.FateAssertions.Count);
        Assert.Equal(FateStatus.Repatriated, person.Fate.Status);
        Assert.False(person.Fate.IsContested);
        Assert.Empty(person.Fate.Conflicts);
    }

    [Fact]
    public void AssertFate_SameAssertionTwice_IsRefusedAsDuplicate()
    {
        var person = PersonBuilder.APerson().Build();
        var missing = Fates.Assertion(FateStatus.Missing, "2020-12-11");
        person.AssertFate(missing);

        var refusal = DomainAssert.Refuses("fate.duplicate", () => person.AssertFate(missing));

        DomainAssert.MessageSays(refusal, missing.Id.ToString());
        Assert.Single(person.FateAssertions);
    }

    [Fact]
    public void RetractFate_Assertion_StaysInTheHistoryButNoLongerCounts()
    {
        var person = PersonBuilder.APerson()
            .WithFate(FateStatus.Missing, "2020-12-11")
            .Build();
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12");
        person.AssertFate(deceased);
        var retraction = Fates.RetractionOf(deceased);

        person.RetractFate(retraction);

        Assert.Equal(2, person.FateAssertions.Count);
        Assert.Contains(deceased, person.FateAssertions);
        Assert.Same(retraction, Assert.Single(person.FateRetractions));
        Assert.Equal(FateStatus.Missing, person.Fate.Status);
    }

    [Fact]
    public void RetractFate_OneSideOfAConflict_SettlesTheContest()
    {
        var person = PersonBuilder.APerson()
            .WithFate(FateStatus.CaptureConfirmed, "2020-12-14")
            .Build();
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12");
        person.AssertFate(deceased);
        Assert.True(person.Fate.IsContested);

        person.RetractFate(Fates.RetractionOf(deceased));

        Assert.False(person.Fate.IsContested);
        Assert.Equal(FateStatus.CaptureConfirmed, person.Fate.Status);
    }

    [Fact]
    public void RetractFate_SameAssertionTwice_IsRefusedAndNothingIsRecorded()
    {
        var person = PersonBuilder.APerson().Build();
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12");
        person.AssertFate(deceased);
        person.RetractFate(Fates.RetractionOf(deceased));

        var refusal = DomainAssert.Refuses("retraction.duplicate", () => person.RetractFate(Fates.RetractionOf(deceased)));

        DomainAssert.MessageSays(refusal, deceased.Id.ToString(), "already retracted");
        Assert.Single(person.FateRetractions);
        Assert.Single(person.FateAssertions);
    }

    [Fact]
    public void RetractFate_AssertionNotInThisPersonsHistory_IsRefused()
    {
        var person = PersonBuilder.APerson().WithFate(FateStatus.Missing, "2020-12-11").Build();
        var someoneElses = PersonBuilder.APerson().WithFate(FateStatus.Deceased, "2020-12-12").Build().FateAssertions[0];

        var refusal = DomainAssert.Refuses(
            "retraction.unknown-assertion",
            () => person.RetractFate(Fates.RetractionOf(someoneElses)));

        DomainAssert.MessageSays(refusal, someoneElses.Id.ToString(), "not in this person's history");
        Assert.Empty(person.FateRetractions);
        Assert.Equal(FateStatus.Missing, person.Fate.Status);
    }

    [Fact]
    public void RetractFate_Null_ThrowsArgumentNullException()
    {
        var person = PersonBuilder.APerson().Build();

        Assert.Throws<ArgumentNullException>(() => person.RetractFate(null!));
    }

    [Fact]
    public void AssertFate_AfterTheConfirmedAssertionIsRetracted_ThePreviouslyRefusedAssertionIsAccepted()
    {
        var person = PersonBuilder.APerson().BornOn("2001").Build();
        var deceased = Fates.Assertion(FateStatus.Deceased, "2020-12-12", Credibility.Confirmed);
        person.AssertFate(deceased);
        var captured = Fates.Assertion(FateStatus.CaptureConfirmed, "2020-12-14", Credibility.Confirmed);
        DomainAssert.Refuses("fate.cannot-follow", () => person.AssertFate(captured));

        person.RetractFate(Fates.RetractionOf(deceased));
        person.AssertFate(captured);

        Assert.Equal(2, person.FateAssertions.Count);
        Assert.Contains(deceased, person.FateAssertions);
        Assert.Contains(captured, person.FateAssertions);
        Assert.Same(captured, person.Fate.Current);
        Assert.False(person.Fate.IsContested);
    }

    [Fact]
    public void UpdateDetails_BirthDateAfterARecordedFate_IsRefusedAndNothingChanges()
    {
        var person = PersonBuilder.APerson().BornOn("2001").WithFate(FateStatus.Missing, "2020-12-11").Build();
        var before = person.Details;

        var refusal = DomainAssert.Refuses(
            "person.birth-after-fate",
            () => person.UpdateDetails(new PersonDetails(Sex.Male, PartialDate.OfYear(2021), Rank: "sergeant")));

        DomainAssert.MessageSays(refusal, "2021", "Missing as of 2020-12-11");
        Assert.Equal(before, person.Details);
        Assert.Null(person.Rank);
    }

    [Fact]
    public void UpdateDetails_BirthDateThatCanPrecedeTheFate_IsAccepted()
    {
        var person = PersonBuilder.APerson().WithFate(FateStatus.Missing, "2020-12").Build();

        person.UpdateDetails(new PersonDetails(BirthDate: PartialDate.OfDay(2001, 5, 10)));

        Assert.Equal(PartialDate.OfDay(2001, 5, 10), person.BirthDate);
    }
}
