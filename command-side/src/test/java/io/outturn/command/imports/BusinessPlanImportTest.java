package io.outturn.command.imports;

import io.outturn.command.config.CommandSideTest;
import io.outturn.command.config.ResettableEventStorageEngine;
import io.outturn.command.domain.GivenJustification;
import io.outturn.command.indicator.SetTargetCommand;
import io.outturn.events.EventMetadata;
import io.outturn.events.IndicatorAmendedEvent;
import io.outturn.events.IndicatorDefinedEvent;
import io.outturn.events.TargetSetEvent;
import io.outturn.values.Baseline;
import io.outturn.values.ChangeReference;
import io.outturn.values.FinancialYear;
import io.outturn.values.Framework;
import io.outturn.values.Decision;
import io.outturn.values.IndicatorId;
import io.outturn.values.Justification;
import io.outturn.values.ReasonCode;
import io.outturn.values.Polarity;
import io.outturn.values.Target;
import io.outturn.values.Unit;
import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static io.outturn.command.config.CommandSideTestConfiguration.NOW;
import static io.outturn.command.imports.ImportFixtures.BUSINESS_PLAN_FILE;
import static io.outturn.command.imports.ImportFixtures.FY_2011_12;
import static io.outturn.command.imports.ImportFixtures.FY_2012_13;
import static io.outturn.command.imports.ImportFixtures.bytes;
import static io.outturn.command.imports.ImportFixtures.events;
import static io.outturn.command.imports.ImportFixtures.text;
import static io.outturn.command.imports.ImportFixtures.where;
import static io.outturn.command.imports.ImportFixtures.withCells;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** A business plan from the seeds' KPI tables (14 indicators, 37 targets) through the business-plan import. */
@CommandSideTest
class BusinessPlanImportTest {

    private final String plan = text(BUSINESS_PLAN_FILE);

    @Autowired
    BusinessPlanImport planImport;

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
        return planImport.importFile(bytes(csv));
    }

    private List<DomainEventMessage<?>> recorded(String indicator) {
        return events(eventStore, indicator);
    }

    private List<Object> payloads(String indicator) {
        return recorded(indicator).stream().<Object>map(DomainEventMessage::getPayload).toList();
    }

    @Test
    void everyIndicatorIsDefinedAndEveryTargetSet() {
        ImportSummary summary = importFile(plan);

        assertThat(summary.file().rows()).isEqualTo(37);
        assertThat(summary.indicators()).isEqualTo(new ImportSummary.Counts(14, 0, 0));
        assertThat(summary.targets()).isEqualTo(new ImportSummary.Counts(37, 0, 0));
        assertThat(summary.lines()).isEqualTo(ImportSummary.Counts.NONE);
    }

    @Test
    void ni130IsDefinedAsThePlanPrintsItWithBothTargetsInThePlansSpellingOfTheYears() {
        importFile(plan);

        List<Object> ni130 = payloads("NI130");
        assertThat(ni130).hasSize(3);
        IndicatorDefinedEvent defined = (IndicatorDefinedEvent) ni130.get(0);
        assertThat(defined.title()).isEqualTo("No of people on a personal budget");
        assertThat(defined.framework()).isEqualTo(Framework.of("NI"));
        assertThat(defined.unit()).isEqualTo(Unit.COUNT);
        assertThat(defined.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(ni130.subList(1, 3)).containsExactly(
                new TargetSetEvent(defined.indicatorId(), FY_2011_12,
                        new Target.AtLeast(new BigDecimal("12000"), true), "12,000", null, null, null, NOW, null),
                new TargetSetEvent(defined.indicatorId(), FY_2012_13,
                        new Target.AtLeast(new BigDecimal("14000"), true), "14,000", null, null, null, NOW, null));
    }

    @Test
    void theTargetKindsAreReadFromThePrintedText() {
        importFile(plan);

        assertThat(target("B9", "2000-01")).isEqualTo(new Target.Range(new BigDecimal("2100"), new BigDecimal("2300")));
        assertThat(target("D35", "2000-01")).isEqualTo(new Target.AtLeast(new BigDecimal("60"), false));
        assertThat(target("A6", "2000-01")).isEqualTo(new Target.AtMost(new BigDecimal("12.3"), false));
        assertThat(target("TS-KPI4", "2011-12")).isEqualTo(new Target.Change(new BigDecimal("20"), null, null));
        assertThat(target("ASC-004-KPI1", "2011-12")).isEqualTo(new Target.AtMost(new BigDecimal("17200000"), true));
        assertThat(target("CarersPB-KPI1", "2011-12")).isEqualTo(new Target.Milestone("Complete roll out"));
        assertThat(target("CarersPB-KPI2", "2011-12")).isEqualTo(new Target.ToBeConfirmed());
        assertThat(target("SAL-DTOC", "2005-06")).isEqualTo(new Target.Change(new BigDecimal("-5"), null,
                ChangeReference.outturnOf(FinancialYear.parse("2004-05"))));
    }

    @Test
    void aBaselineIsKeptWithTheYearItWasMeasuredIn() {
        importFile(plan);

        IndicatorDefinedEvent defined = (IndicatorDefinedEvent) payloads("ASC-002-KPI1").get(0);
        assertThat(defined.baseline()).isEqualTo(new Baseline(new BigDecimal("403"), FinancialYear.parse("2009-10"), null));
    }

    @Test
    void everyEventNamesTheFileItCameFrom() {
        ImportSummary summary = importFile(plan);

        assertThat(recorded("NI130")).allSatisfy(event -> assertThat(event.getMetaData())
                .containsEntry(EventMetadata.SOURCE, EventMetadata.importSource(summary.file().sha256())));
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        importFile(plan);
        int ni130Events = recorded("NI130").size();
        int b9Events = recorded("B9").size();

        ImportSummary again = importFile(plan);

        assertThat(again.indicators()).isEqualTo(new ImportSummary.Counts(0, 0, 14));
        assertThat(again.targets()).isEqualTo(new ImportSummary.Counts(0, 0, 37));
        assertThat(recorded("NI130")).hasSize(ni130Events);
        assertThat(recorded("B9")).hasSize(b9Events);
    }

    @Test
    void aChangedFileEmitsOnlyTheRevisionsWithAReasonNamingTheFile() {
        importFile(plan);
        int ni130Events = recorded("NI130").size();
        String changed = withCells(plan, where("indicator_id", "NI130").and(where("fy", "12/13")),
                Map.of("target", "14,500"));

        ImportSummary summary = importFile(changed);
        String reason = "Re-import of business plan " + summary.file().sha256().substring(0, 12);

        assertThat(summary.indicators()).isEqualTo(new ImportSummary.Counts(0, 0, 14));
        assertThat(summary.targets()).isEqualTo(new ImportSummary.Counts(0, 1, 36));
        List<DomainEventMessage<?>> newEvents = recorded("NI130").subList(ni130Events, recorded("NI130").size());
        assertThat(newEvents).singleElement().satisfies(event -> {
            TargetSetEvent revised = (TargetSetEvent) event.getPayload();
            assertThat(revised.fy()).isEqualTo(FY_2012_13);
            assertThat(revised.target()).isEqualTo(new Target.AtLeast(new BigDecimal("14500"), true));
            assertThat(revised.printed()).isEqualTo("14,500");
            assertThat(revised.previous()).isEqualTo(new Target.AtLeast(new BigDecimal("14000"), true));
            assertThat(revised.justification()).isEqualTo(Justification.other(reason));
            assertThat(event.getMetaData())
                    .containsEntry(EventMetadata.REASON, reason)
                    .containsEntry(EventMetadata.SOURCE, EventMetadata.importSource(summary.file().sha256()));
        });
    }

    @Test
    void aChangeMadeThroughTheApiBetweenCheckingAndApplyingAFileFailsTheImportAsAVersionConflict() {
        importFile(plan);
        String changed = withCells(plan, where("indicator_id", "NI130").and(where("fy", "12/13")),
                Map.of("target", "14,500"));
        BusinessPlanImport.Plan checked = planImport.plan(bytes(changed));
        commandGateway.sendAndWait(new SetTargetCommand(IndicatorId.of("NI130"), FY_2012_13,
                new Target.AtLeast(new BigDecimal("15000"), true), "15,000", GivenJustification.reason("Cabinet raised the ambition"), null, null));
        int eventsBefore = recorded("NI130").size();

        assertThatThrownBy(() -> planImport.apply(checked))
                .isInstanceOfSatisfying(OutturnException.class,
                        conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.VERSION_CONFLICT));
        assertThat(recorded("NI130")).hasSize(eventsBefore);
        assertThat(target("NI130", "2012-13")).isEqualTo(new Target.AtLeast(new BigDecimal("15000"), true));
    }

    @Test
    void aChangedTitleIsAnAmendmentWithAReasonNamingTheFile() {
        importFile(plan);
        String changed = withCells(plan, where("title", "No of people on a personal budget"),
                Map.of("title", "People on a personal budget"));

        ImportSummary summary = importFile(changed);
        String reason = "Re-import of business plan " + summary.file().sha256().substring(0, 12);

        assertThat(summary.indicators()).isEqualTo(new ImportSummary.Counts(0, 1, 13));
        DomainEventMessage<?> last = recorded("NI130").get(recorded("NI130").size() - 1);
        assertThat(last.getPayload()).isInstanceOfSatisfying(IndicatorAmendedEvent.class, amended -> {
            assertThat(amended.title()).isEqualTo("People on a personal budget");
            assertThat(amended.justification()).isEqualTo(Justification.other(reason));
        });
        assertThat(last.getMetaData()).containsEntry(EventMetadata.REASON, reason);
    }

    @Test
    void theRevisionsOfAFileCarryTheReasonCodeReasonAndDecisionTheRequestGave() {
        importFile(plan);
        int ni130Events = recorded("NI130").size();
        String changed = withCells(plan, where("indicator_id", "NI130").and(where("fy", "2011/12")),
                Map.of("target", "13,000"));
        Decision cabinet = new Decision("Cabinet 12 March 2011, minute 45", "Cabinet", LocalDate.of(2011, 3, 12),
                null);
        GivenJustification why = new GivenJustification(ReasonCode.REBASELINE,
                "Rebaselined: personal budgets for everyone eligible by 2013", cabinet);

        planImport.importFile(bytes(changed), why);

        assertThat(recorded("NI130").subList(ni130Events, recorded("NI130").size())).singleElement()
                .satisfies(event -> assertThat(((TargetSetEvent) event.getPayload()).justification())
                        .isEqualTo(new Justification(ReasonCode.REBASELINE,
                                "Rebaselined: personal budgets for everyone eligible by 2013", cabinet)));
    }

    @Test
    void aCodeThatCannotFitTheFilesRevisionsRejectsItBeforeAnythingIsApplied() {
        byte[] file = bytes(plan);

        assertThatThrownBy(() -> planImport.importFile(file, new GivenJustification(ReasonCode.REPHASING,
                "Targets moved to the next year", null)))
                .isInstanceOfSatisfying(OutturnException.class, refused -> {
                    assertThat(refused.code()).isEqualTo(ErrorCode.REASON_CODE_NOT_APPLICABLE);
                    assertThat(refused.field()).isEqualTo("reasonCode");
                });
        assertThat(recorded("NI130")).isEmpty();
    }

    @Test
    void aFileWithOneBadRowAppliesNothingAndNamesTheRow() {
        // row 15 is NI130 2011/12; its target cell emptied
        String bad = withCells(plan, where("indicator_id", "NI130").and(where("fy", "2011/12")),
                Map.of("target", ""));

        assertThatThrownBy(() -> importFile(bad))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row, ImportError::field)
                                .containsExactly(tuple(15, "target")));
        assertThat(recorded("NI130")).isEmpty();
        assertThat(recorded("KPR13")).isEmpty();
    }

    @Test
    void everyBadCellIsListedWithItsRowAndColumn() {
        String csv = "indicator_id,title,organisation,framework,unit,polarity,roll_up,fy,target\r\n"
                + "X1,Clients receiving a review,Cambridgeshire County Council,PAF,PERCENT,upwards,LATEST,2000/01,75+\r\n"
                + "X2,Clients receiving a review,Cambridgeshire County Council,PAF,PERCENT,HIGHER_IS_BETTER,LATEST,2000/13,95\r\n"
                + "X3,Clients receiving a review,Cambridgeshire County Council,PAF,PERCENT,HIGHER_IS_BETTER,LATEST,2001/02,\u00a395\r\n"
                + "not an id!,Clients receiving a review,Cambridgeshire County Council,PAF,PERCENT,HIGHER_IS_BETTER,LATEST,2001/02,95\r\n";

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row, ImportError::field).containsExactly(
                                tuple(2, "polarity"), tuple(3, "fy"), tuple(4, "target"), tuple(5, "indicator_id")));
        assertThat(recorded("X1")).isEmpty();
    }

    @Test
    void rowsOfOneIndicatorMustDefineItAlike() {
        String csv = "indicator_id,title,organisation,framework,unit,polarity,roll_up,fy,target\r\n"
                + "C22,Percentage of children aged under 10 years in family placements,"
                + "Cambridgeshire County Council,PAF,PERCENT,HIGHER_IS_BETTER,LATEST,2000/01,90\r\n"
                + "C22,Percentage of children aged under 10 years in family placements,"
                + "Cambridgeshire County Council,PAF,PERCENT,LOWER_IS_BETTER,LATEST,2001/02,90\r\n"
                + "C22,Percentage of children aged under 10 years in family placements,"
                + "Cambridgeshire County Council,PAF,PERCENT,HIGHER_IS_BETTER,LATEST,2000-01,90\r\n";

        assertThatThrownBy(() -> importFile(csv))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row, ImportError::field)
                                .containsExactly(tuple(3, "polarity"), tuple(4, "fy")));
        assertThat(recorded("C22")).isEmpty();
    }

    @Test
    void anImportCannotChangeHowARecordedIndicatorIsJudged() {
        importFile(plan);
        int eventsBefore = recorded("NI130").size();
        String flipped = withCells(plan, where("indicator_id", "NI130"), Map.of("polarity", "LOWER_IS_BETTER"));

        assertThatThrownBy(() -> importFile(flipped))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row, ImportError::field)
                                .containsExactly(tuple(15, "polarity")));
        assertThat(recorded("NI130")).hasSize(eventsBefore);
    }

    @Test
    void aFileWithoutTheRequiredColumnsIsRejectedAtTheHeader() {
        assertThatThrownBy(() -> importFile("indicator_id,title\r\n" + "NI130,No of people on a personal budget\r\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, rejection ->
                        assertThat(rejection.errors()).extracting(ImportError::row).containsOnly(1));
    }

    private Target target(String indicator, String fy) {
        return payloads(indicator).stream()
                .filter(TargetSetEvent.class::isInstance).map(TargetSetEvent.class::cast)
                .filter(set -> set.fy().equals(FinancialYear.parse(fy)))
                .reduce((first, second) -> second).orElseThrow().target();
    }
}
