package io.outturn.command.savings;

import io.outturn.command.domain.CommandResult;
import io.outturn.command.domain.Rejection;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineWithdrawnEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.FinancialYear;
import io.outturn.values.Money;
import io.outturn.values.SavingsProfile;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static io.outturn.command.indicator.Rejections.rejectedWith;
import static io.outturn.command.savings.Seed001Savings.*;

class SavingsProgrammeTest {

    private FixtureConfiguration<SavingsProgramme> fixture;

    @BeforeEach
    void setUp() {
        fixture = fixture();
    }

    private static CreateSavingsProgrammeCommand create(String title, String organisation, List<FinancialYear> years,
                                                        Money overallTarget) {
        return new CreateSavingsProgrammeCommand(ID, title, organisation, years, overallTarget);
    }

    private static AddSavingsLineCommand addReablementService(SavingsProfile profile, Long expectedVersion) {
        return new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                ADULT_SOCIAL_CARE, profile, null, expectedVersion);
    }

    @Test
    void creatingAProgrammeRecordsItsYearsAndOverallTarget() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, YEARS, OVERALL_TARGET))
                .expectEvents(created())
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 1, true));
    }

    @Test
    void creatingAProgrammeListsItsYearsOldestFirstAndMayOmitTheOverallTarget() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, List.of(FY_2013_14, FY_2011_12, FY_2012_13), null))
                .expectEvents(new SavingsProgrammeCreatedEvent(ID, TITLE, ORGANISATION, YEARS, null))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 1, true));
    }

    @Test
    void creatingAProgrammeThatExistsIsRejected() {
        fixture.given(created())
                .when(create(TITLE, ORGANISATION, YEARS, OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.PROGRAMME_EXISTS, "id"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithABlankTitleIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(" ", ORGANISATION, YEARS, OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "title"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithoutAnOrganisationIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, null, YEARS, OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "organisation"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithoutYearsIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, List.of(), OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "financialYears"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithAnEmptyYearIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, Arrays.asList(FY_2011_12, null), OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "financialYears"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithARepeatedYearIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, List.of(FY_2011_12, FY_2012_13, FY_2011_12), OVERALL_TARGET))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "financialYears"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithANegativeOverallTargetIsRejected() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, YEARS, Money.of("-1")))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "overallTarget"))
                .expectNoEvents();
    }

    @Test
    void creatingAProgrammeWithAZeroOverallTargetIsAccepted() {
        fixture.givenNoPriorActivity()
                .when(create(TITLE, ORGANISATION, YEARS, Money.ZERO))
                .expectEvents(new SavingsProgrammeCreatedEvent(ID, TITLE, ORGANISATION, YEARS, Money.ZERO))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 1, true));
    }

    @Test
    void addingALineRecordsItsProfile() {
        fixture.given(created())
                .when(addReablementService(REABLEMENT_SERVICE_PROFILE, 1L))
                .expectEvents(new SavingsLineAddedEvent(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 2, true));
    }

    @Test
    void theSameRefMayBeUsedInAnotherServiceArea() {
        SavingsProfile tradingStandards = SavingsProfile.of(Map.of(FY_2011_12, Money.of("520000")));
        fixture.given(created(), reablementServiceAdded())
                .when(new AddSavingsLineCommand(ID, TRADING_STANDARDS_STAFFING, "2",
                        "Trading Standards – Staffing reductions", PUBLIC_PROTECTION, tradingStandards, null, null))
                .expectEvents(new SavingsLineAddedEvent(ID, TRADING_STANDARDS_STAFFING, "2",
                        "Trading Standards – Staffing reductions", PUBLIC_PROTECTION, tradingStandards, NOW))
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 3, true));
    }

    @Test
    void addingALineWhoseIdExistsIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "3", "Reablement & Homecare - restructure",
                        ADULT_SOCIAL_CARE, profile("600000", "200000", "0"), null, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_EXISTS, "lineId"))
                .expectNoEvents();
    }

    @Test
    void addingALineWhoseIdWasWithdrawnIsStillRejected() {
        fixture.given(created(), reablementServiceAdded(),
                        new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, null, null))
                .when(addReablementService(REABLEMENT_SERVICE_PROFILE, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_EXISTS, "lineId"))
                .expectNoEvents();
    }

    @Test
    void addingASecondLineForTheSameServiceAreaAndRefIsRejected() {
        fixture.given(created(), reablementServiceAdded())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, null, null))
                .expectException(rejectedWith(Rejection.Code.SAVINGS_LINE_EXISTS, "ref"))
                .expectNoEvents();
    }

    @Test
    void aWithdrawnLinesRefMayBeUsedByANewLine() {
        SavingsLineAddedEvent replacement = new SavingsLineAddedEvent(ID, REABLEMENT_RESTRUCTURE, "2",
                "Reablement & Homecare - service", ADULT_SOCIAL_CARE, profile("1000000", "1000000", "0"), NOW);
        fixture.given(created(), reablementServiceAdded(),
                        new SavingsLineWithdrawnEvent(ID, REABLEMENT_SERVICE, REABLEMENT_SERVICE_PROFILE, null, null))
                .when(new AddSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, profile("1000000", "1000000", "0"), null, 3L))
                .expectEvents(replacement)
                .expectResultMessagePayload(new CommandResult("asch-pp-2011-14", 4, true));
    }

    @Test
    void addingALineWithABlankRefIsRejected() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "ref"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithABlankTitleIsRejected() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "2", null,
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "title"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithABlankServiceAreaIsRejected() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_SERVICE, "2", "Reablement & Homecare - service",
                        " ", REABLEMENT_SERVICE_PROFILE, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "serviceArea"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithoutAnIdIsRejected() {
        fixture.given(created())
                .when(new AddSavingsLineCommand(ID, null, "2", "Reablement & Homecare - service",
                        ADULT_SOCIAL_CARE, REABLEMENT_SERVICE_PROFILE, null, null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "lineId"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithAnEmptyProfileIsRejected() {
        fixture.given(created())
                .when(addReablementService(SavingsProfile.of(Map.of()), null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "profile"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithAYearOutsideTheProgrammeIsRejected() {
        fixture.given(created())
                .when(addReablementService(SavingsProfile.of(Map.of(FY_2011_12, Money.of("1300000"),
                        FY_2014_15, Money.of("100000"))), null))
                .expectException(rejectedWith(Rejection.Code.FY_NOT_IN_PROGRAMME, "profile"))
                .expectNoEvents();
    }

    @Test
    void addingALineWithANegativeAmountIsRejected() {
        fixture.given(created())
                .when(addReablementService(profile("1300000", "-700000", "0"), null))
                .expectException(rejectedWith(Rejection.Code.VALIDATION_FAILED, "profile"))
                .expectNoEvents();
    }

    @Test
    void addingALineAgainstAStaleVersionIsAConflict() {
        fixture.given(created(), reablementServiceAdded())
                .when(new AddSavingsLineCommand(ID, REABLEMENT_RESTRUCTURE, "3", "Reablement & Homecare - restructure",
                        ADULT_SOCIAL_CARE, profile("600000", "200000", "0"), null, 1L))
                .expectException(rejectedWith(Rejection.Code.VERSION_CONFLICT, null))
                .expectNoEvents();
    }

    @Test
    void addingALineToAProgrammeThatDoesNotExistFailsAsNotFound() {
        fixture.givenNoPriorActivity()
                .when(addReablementService(REABLEMENT_SERVICE_PROFILE, null))
                .expectException(AggregateNotFoundException.class)
                .expectNoEvents();
    }
}
