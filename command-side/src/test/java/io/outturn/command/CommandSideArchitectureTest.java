package io.outturn.command;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.axonframework.spring.stereotype.Aggregate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The command side's boundaries. Every rule must match classes, so none can pass over an empty package. */
class CommandSideArchitectureTest {

    private static JavaClasses commandSide;

    @BeforeAll
    static void importCommandSide() {
        commandSide = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.outturn");
    }

    @Test
    void theCommandSideDoesNotDependOnTheQuerySide() {
        ArchRule rule = noClasses().that().resideInAPackage("io.outturn.command..")
                .should().dependOnClassesThat().resideInAPackage("io.outturn.query..")
                .allowEmptyShould(false);
        rule.check(commandSide);
    }

    /**
     * The domain (aggregates, their entities and state, commands, policies, rejections) says no in its own words:
     * which HTTP status a rejection answers with is the web's business. Checked per package, so that each must
     * hold classes and none can pass empty.
     */
    @ParameterizedTest
    @ValueSource(strings = {"io.outturn.command.domain", "io.outturn.command.indicator", "io.outturn.command.savings"})
    void theDomainKnowsNothingOfTheWeb(String domainPackage) {
        ArchRule rule = noClasses().that().resideInAPackage(domainPackage)
                .should().dependOnClassesThat().resideInAnyPackage("io.outturn.web..", "org.springframework.web..",
                        "org.springframework.http..", "jakarta.servlet..")
                .allowEmptyShould(false);
        rule.check(commandSide);
    }

    @Test
    void aggregatesLiveInTheirDomainPackages() {
        ArchRule rule = classes().that().areAnnotatedWith(Aggregate.class)
                .should().resideInAnyPackage("io.outturn.command.indicator", "io.outturn.command.savings")
                .allowEmptyShould(false);
        rule.check(commandSide);
    }

    @Test
    void controllersSendCommandsAndNeverTouchAggregates() {
        ArchRule rule = noClasses().that().resideInAPackage("io.outturn.command.api..")
                .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
                .orShould().dependOnClassesThat(resideInAnyPackage("io.outturn.command.indicator..",
                        "io.outturn.command.savings..").and(not(simpleNameEndingWith("Command"))))
                .orShould().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EventStore.class)
                .allowEmptyShould(false);
        rule.check(commandSide);
    }

    @Test
    void controllersLiveInTheApiPackage() {
        ArchRule rule = classes().that().resideInAPackage("io.outturn.command..")
                .and().areAnnotatedWith(RestController.class)
                .and().resideOutsideOfPackage("io.outturn.command.imports..")
                .should().resideInAPackage("io.outturn.command.api..")
                .allowEmptyShould(false);
        rule.check(commandSide);
    }
}
