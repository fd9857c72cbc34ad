package io.outturn.events;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

class SharedEventsArchitectureTest {

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
                .should().beAnnotatedWith(org.axonframework.serialization.Revision.class)
                .allowEmptyShould(false)
                .check(published);
    }
}
