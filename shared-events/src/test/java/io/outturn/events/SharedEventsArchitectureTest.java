package io.outturn.events;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class SharedEventsArchitectureTest {

    private static final String UPCASTING = "io.outturn.events.upcasting..";

    private final JavaClasses published = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.outturn.events", "io.outturn.values");

    @Test
    void thePublishedLanguageDependsOnNoSpringAndNoPersistence() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "org.bson..", "com.mongodb..", "jakarta.persistence..",
                        "io.outturn.command..", "io.outturn.query..", "io.outturn.web..")
                .allowEmptyShould(false)
                .check(published);
    }

    @Test
    void everyEventRecordCarriesARevision() {
        classes().that().resideInAPackage("io.outturn.events").and().areRecords()
                .should().beAnnotatedWith(Revision.class)
                .allowEmptyShould(false)
                .check(published);
    }

    @Test
    void theUpcastersDependOnAxonAndJacksonAndThePublishedLanguageOnly() {
        classes().that().resideInAPackage(UPCASTING)
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "io.outturn.events..", "io.outturn.values..", "org.axonframework..",
                        "com.fasterxml.jackson..")
                .allowEmptyShould(false)
                .check(published);
    }

    @Test
    void eventsAndValuesUseJacksonOnlyThroughItsAnnotationsAndAxonOnlyForRevisions() {
        noClasses().that().resideOutsideOfPackage(UPCASTING)
                .should().dependOnClassesThat(DescribedPredicate.describe(
                        "Jackson beyond its annotations, or Axon beyond @Revision",
                        type -> (type.getPackageName().startsWith("com.fasterxml.jackson")
                                && !type.getPackageName().equals("com.fasterxml.jackson.annotation"))
                                || (type.getPackageName().startsWith("org.axonframework")
                                && !type.isEquivalentTo(Revision.class))))
                .allowEmptyShould(false)
                .check(published);
    }
}
