package io.outturn.command.imports;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.savings.RecordSavingsDeliveryCommand;
import io.outturn.events.EventMetadata;
import io.outturn.events.SavingsLineAddedEvent;
import io.outturn.events.SavingsLineRevisedEvent;
import io.outturn.events.SavingsProgrammeCreatedEvent;
import io.outturn.values.Decision;
import io.outturn.values.FinancialYear;
import io.outturn.values.Justification;
import io.outturn.values.LineId;
import io.outturn.values.Money;
import io.outturn.values.ProgrammeId;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;
import io.outturn.values.ReasonCode;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.outturn.command.imports.ImportFixtures.FY_2011_12;
import static io.outturn.command.imports.ImportFixtures.FY_2012_13;
import static io.outturn.command.imports.ImportFixtures.FY_2013_14;
import static io.outturn.command.imports.ImportFixtures.SAVINGS_FILE;
import static io.outturn.command.imports.ImportFixtures.bytes;
import static io.outturn.command.imports.ImportFixtures.events;
import static io.outturn.command.imports.ImportFixtures.text;
import static io.outturn.command.imports.ImportFixtures.thousands;
import static io.outturn.command.imports.ImportFixtures.where;
import static io.outturn.command.imports.ImportFixtures.withCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Seed 001's savings programme (Nottinghamshire ASCH&PP 2011-14) through the savings import. */
@CommandSideTest
class SavingsProgrammeImportTest {

    private final ProgrammeId programme = ProgrammeId.of("notts-asch-pp-2011-14");

    @Autowired
    SavingsProgrammeImport savingsImport;

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commandGateway;

    @Autowired
    ResettableEventStorageEngine storageEngine;

    @BeforeEach
    void emptyStore() {
        storageEngine.reset();
    }

    private ImportSummary importFile(String csv) {
        return savingsImport.importFile(programme, bytes(csv), SavingsImportOptions.thousands());
    }

    private List<DomainEventMessage<?>> recorded() {
        return events(eventStore, programme.value());
    }

    @Test
    void theSeedFileGivesTheTotalsThePlanPrints() {
        ImportSummary summary = importFile(text(SAVINGS_FILE));

        assertThat(summary.programmes()).isEqualTo(new ImportSummary.Counts(1, 0, 0));
        assertThat(summary.lines()).isEqualTo(new ImportSummary.Counts(53, 0, 0));
        assertThat(summary.file().rows()).isEqualTo(54);
        Map<FinancialYear, Money> totals = new TreeMap<>();
        recorded().stream().map(DomainEventMessage::getPayload)
                .filter(SavingsLineAddedEvent.class::isInstance).map(SavingsLineAddedEvent.class::cast)
                .forEach(line -> line.profile().amounts().forEach((fy, amount) -> totals.merge(fy, amount, Money::plus)));
        assertThat(totals).containsExactly(
                Map.entry(FY_2011_12, thousands(27_921)),
                Map.entry(FY_2012_13, thousands(22_929)),
                Map.entry(FY_2013_14, thousands(9_557)));
    }

    @Test
    void theProgrammeIsCreatedWithTheYearsOfTheHeader() {
        importFile(text(SAVINGS_FILE));

        SavingsProgrammeCreatedEvent created = (SavingsProgrammeCreatedEvent) recorded().get(0).getPayload();
        assertThat(created.financialYears()).containsExactly(FY_2011_12, FY_2012_13, FY_2013_14);
        assertThat(created.title()).isEqualTo(programme.value());
    }

    @Test
    void refsThatRepeatAcrossServiceAreasAreDifferentLines() {
        importFile(text(SAVINGS_FILE));

        List<SavingsLineAddedEvent> refTwo = recorded().stream().map(DomainEventMessage::getPayload)
                .filter(SavingsLineAddedEvent.class::isInstance).map(SavingsLineAddedEvent.class::cast)
                .filter(line -> line.ref().equals("2")).toList();
        assertThat(refTwo).extracting(SavingsLineAddedEvent::lineId)
                .containsExactly(LineId.of("adult-social-care-2"), LineId.of("public-protection-2"));
        assertThat(refTwo.get(0).profile().amountFor(FY_2011_12)).isEqualTo(thousands(1_300));
        assertThat(refTwo.get(1).profile().amountFor(FY_2011_12)).isEqualTo(thousands(520));
    }

    @Test
    void everyEventNamesTheFileItCameFrom() {
        String csv = text(SAVINGS_FILE);

        ImportSummary summary = importFile(csv);

        assertThat(summary.file().sha256()).isEqualTo(ImportFile.sha256(bytes(csv))).hasSize(64);
        assertThat(recorded()).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(EventMetadata.SOURCE, "import:" + summary.file().sha256()));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importFile(text(SAVINGS_FILE));
        int eventsAfterFirst = recorded().size();

        ImportSummary again = importFile(text(SAVINGS_FILE));

        assertThat(again.programmes()).isEqualTo(new ImportSummary.Counts(0, 0, 1));
        assertThat(again.lines()).isEqualTo(new ImportSummary.Counts(0, 0, 53));
        assertThat(recorded()).hasSize(eventsAfterFirst);
    }

    @Test
    void aFileWithOneBadRowAppliesNothingAndNamesTheRow() {
        // row 6 is ref 2, "Reablement & Homecare - service"; its 2011/12 amount mistyped
        String csv = withCells(text(SAVINGS_FILE),
                where("ref", "2").and(where("title", "Reablement & Homecare - service")), Map.of("fy2011_12", "1,3OO"));

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection -> {
                    assertThat(rejection.errors()).hasSize(1);
                    assertThat(rejection.errors().get(0).row()).isEqualTo(6);
                    assertThat(rejection.errors().get(0).field()).isEqualTo("fy2011_12");
                    assertThat(rejection.errors().get(0).message()).contains("1,3OO");
                });
        assertThat(recorded()).isEmpty();
    }

    /** Seed 001's file with one line moving £434,000 from 2012/13 to 2013/14; the printed totals move with it. */
    private static String dayServicesRephased() {
        String changed = withCells(text(SAVINGS_FILE), where("ref", "4").and(where("title", "Review of Day Services")),
                Map.of("fy2012_13", "2,000", "fy2013_14", "3,469"));
        return withCells(changed, where("ref", "TOTAL"), Map.of("fy2012_13", "22,495", "fy2013_14", "9,991"));
    }

    @Test
    void aChangedFileEmitsOnlyTheRevisionsWithAReasonNamingTheFile() {
        importFile(text(SAVINGS_FILE));
        int eventsAfterFirst = recorded().size();
        String changed = dayServicesRephased();

        ImportSummary summary = importFile(changed);
        String reason = "Re-import of savings programme notts-asch-pp-2011-14 "
                + summary.file().sha256().substring(0, 12);

        assertThat(summary.lines()).isEqualTo(new ImportSummary.Counts(0, 1, 52));
        List<DomainEventMessage<?>> newEvents = recorded().subList(eventsAfterFirst, recorded().size());
        assertThat(newEvents).singleElement().satisfies(event -> {
            SavingsLineRevisedEvent revised = (SavingsLineRevisedEvent) event.getPayload();
            assertThat(revised.lineId()).isEqualTo(LineId.of("adult-social-care-4"));
            assertThat(revised.previous().amountFor(FY_2012_13)).isEqualTo(thousands(2_434));
            assertThat(revised.profile().amountFor(FY_2012_13)).isEqualTo(thousands(2_000));
            assertThat(revised.profile().amountFor(FY_2013_14)).isEqualTo(thousands(3_469));
            assertThat(revised.justification()).isEqualTo(Justification.other(reason));
            assertThat(event.getMetaData())
                    .containsEntry(EventMetadata.REASON, reason)
                    .containsEntry(EventMetadata.SOURCE, "import:" + summary.file().sha256());
        });
    }

    @Test
    void theRevisionsOfAFileCarryTheReasonCodeReasonAndDecisionTheRequestGave() {
        importFile(text(SAVINGS_FILE));
        int eventsAfterFirst = recorded().size();
        Decision cabinet = new Decision("Cabinet 7 December 2011, minute 112", "Cabinet", null, null);
        GivenJustification why = new GivenJustification(ReasonCode.REPHASING,
                "Day services review slipped by a year", cabinet);

        savingsImport.importFile(programme, bytes(dayServicesRephased()), SavingsImportOptions.thousands(), why);

        assertThat(recorded().subList(eventsAfterFirst, recorded().size())).singleElement()
                .satisfies(event -> assertThat(((SavingsLineRevisedEvent) event.getPayload()).justification())
                        .isEqualTo(new Justification(ReasonCode.REPHASING, "Day services review slipped by a year",
                                cabinet)));
    }

    @Test
    void aFileThatChangesWhatALineSavesOverallIsNotRephasingAndAppliesNothing() {
        importFile(text(SAVINGS_FILE));
        int eventsAfterFirst = recorded().size();
        String changed = withCells(text(SAVINGS_FILE), where("ref", "4").and(where("title", "Review of Day Services")),
                Map.of("fy2012_13", "2,000"));
        changed = withCells(changed, where("ref", "TOTAL"), Map.of("fy2012_13", "22,495"));
        byte[] file = bytes(changed);
        GivenJustification rephasing = new GivenJustification(ReasonCode.REPHASING,
                "Day services review slipped by a year", null);

        assertThatThrownBy(() -> savingsImport.importFile(programme, file, SavingsImportOptions.thousands(), rephasing))
                .isInstanceOfSatisfying(OutturnException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.REASON_CODE_NOT_APPLICABLE);
                    assertThat(refused.field()).isEqualTo("reasonCode");
                });
        assertThat(recorded()).hasSize(eventsAfterFirst);
    }

    @Test
    void aReasonTooShortForARevisionRejectsTheFileBeforeAnythingIsApplied() {
        byte[] file = bytes(text(SAVINGS_FILE));

        assertThatThrownBy(() -> savingsImport.importFile(programme, file, SavingsImportOptions.thousands(),
                GivenJustification.reason("import")))
                .isInstanceOfSatisfying(OutturnException.class,
                        refused -> assertThat(refused.code()).isEqualTo(ErrorCode.REASON_TOO_SHORT));
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aChangeMadeThroughTheApiBetweenCheckingAndApplyingAFileFailsTheImportAsAVersionConflict() {
        importFile(text(SAVINGS_FILE));
        SavingsProgrammeImport.Plan checked = savingsImport.plan(programme, bytes(dayServicesRephased()),
                SavingsImportOptions.thousands());
        commandGateway.sendAndWait(new RecordSavingsDeliveryCommand(programme, LineId.of("adult-social-care-2"),
                FY_2011_12, Quarter.Q4, thousands(1_150), Rag.AMBER, "Homecare retender late", null, null));
        int eventsBefore = recorded().size();

        assertThatThrownBy(() -> savingsImport.apply(checked))
                .isInstanceOfSatisfying(OutturnException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.VERSION_CONFLICT));
        assertThat(recorded()).hasSize(eventsBefore);
    }

    @Test
    void linesThatDoNotAddUpToThePrintedTotalAreRejectedAtTheTotalRow() {
        String csv = withCells(text(SAVINGS_FILE), where("ref", "TOTAL"), Map.of("fy2011_12", "27,920"));

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).containsExactly(new ImportError(55, "fy2011_12",
                                "the lines add up to 27921 but the total row prints 27920")));
        assertThat(recorded()).isEmpty();
    }

    @Test
    void amountsInPoundsAreTakenAsPoundsWhenSaid() {
        String csv = "ref,title,service_area,fy2011_12,fy2012_13\r\n"
                + "1d,Increased charges \u2013 Introduction of a late cancellation charge,Adult Social Care,\"40,000\",0\r\n";

        savingsImport.importFile(programme, bytes(csv),
                new SavingsImportOptions(SavingsImportOptions.AmountScale.POUNDS, null, null, null));

        SavingsLineAddedEvent line = (SavingsLineAddedEvent) recorded().get(1).getPayload();
        assertThat(line.profile().amountFor(FY_2011_12)).isEqualTo(Money.of("40000"));
    }

    @Test
    void everyBadRowIsListedBeforeAnythingIsApplied() {
        String csv = "ref,title,service_area,fy2011_12\r\n"
                + ",Increased charges - Meals,Adult Social Care,400\r\n"
                + "1b,Increased charges - Transport,Adult Social Care,-239\r\n"
                + "1c,Increased charges - cap removed,,600\r\n"
                + "1b,Increased charges - Transport again,Adult Social Care,239\r\n"
                + "1d,Late cancellation charge,Adult Social Care,\r\n";

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row, ImportError::field).containsExactly(
                                tuple(2, "ref"),
                                tuple(3, "fy2011_12"),
                                tuple(4, "service_area"),
                                tuple(6, "fy2011_12")));
        assertThat(recorded()).isEmpty();
    }

    @Test
    void aYearTheProgrammeDoesNotCoverIsRejectedBeforeAnythingIsApplied() {
        importFile(text(SAVINGS_FILE));
        int eventsAfterFirst = recorded().size();
        String csv = "ref,title,service_area,fy2011_12,fy2014_15\r\n"
                + "1a,Increased charges - Meals & Impact of Day Service charge with new personal budgets,"
                + "Adult Social Care,400,100\r\n";

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).singleElement().satisfies(error -> {
                            assertThat(error.row()).isEqualTo(2);
                            assertThat(error.field()).isEqualTo("fy2014_15");
                        }));
        assertThat(recorded()).hasSize(eventsAfterFirst);
    }

    @Test
    void aFileWithoutYearColumnsIsRejectedAtTheHeader() {
        assertThatThrownBy(() -> importFile("ref,title,service_area,amount\r\n1a,Meals,Adult Social Care,400\r\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).singleElement()
                                .satisfies(error -> assertThat(error.row()).isEqualTo(1)));
    }

    @Test
    void aSpreadsheetSavedInItsWindowsEncodingIsReadAsWritten() {
        // seed 001 line 1c prints an en dash and a pound sign, which Windows-1252 encodes in one byte each
        String csv = "ref,title,service_area,fy2011_12,fy2012_13\r\n"
                + "1c,Increased charges \u2013 Removal of Fairer Contributions cap and price rise to \u00a312.50 per hour,"
                + "Adult Social Care,600,300\r\n";

        savingsImport.importFile(programme, csv.getBytes(Charset.forName("windows-1252")),
                SavingsImportOptions.thousands());

        SavingsLineAddedEvent line = (SavingsLineAddedEvent) recorded().get(1).getPayload();
        assertThat(line.title()).isEqualTo(
                "Increased charges \u2013 Removal of Fairer Contributions cap and price rise to \u00a312.50 per hour");
    }

    @Test
    void lineIdsComeFromServiceAreaAndRef() {
        assertThat(SavingsProgrammeImport.lineIdFor("Adult Social Care", "1a")).isEqualTo(LineId.of("adult-social-care-1a"));
        assertThat(SavingsProgrammeImport.lineIdFor("Public Protection", "4b")).isEqualTo(LineId.of("public-protection-4b"));
        assertThat(SavingsProgrammeImport.lineIdFor("A".repeat(80), "41").value()).hasSize(64).endsWith("-41");
    }
}
