package io.outturn.query;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side's boundaries. Every rule must match classes, so none can pass over an empty package. */
class QuerySideArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.axonframework..", "com.mongodb..",
            "org.bson..", "jakarta..", "io.outturn.web.."};

    private final JavaClasses querySide = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("io.outturn.query");

    @Test
    void theQuerySideNeverDependsOnTheCommandSide() {
        noClasses().that().resideInAPackage("io.outturn.query..")
                .should().dependOnClassesThat().resideInAPackage("io.outturn.command..")
                .allowEmptyShould(false)
                .check(querySide);
    }

    @Test
    void theStatusRulesArePureJavaWithoutSpringMongoOrAxon() {
        noClasses().that().resideInAPackage("io.outturn.query.rules..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false)
                .check(querySide);
    }

    @Test
    void theIndicatorFoldIsPureSoThatLiveAndAsOfReadsAgree() {
        noClasses().that().resideInAPackage("io.outturn.query.fold..")
                .should().dependOnClassesThat().resideInAnyPackage(FRAMEWORKS)
                .allowEmptyShould(false)
                .check(querySide);
    }

    @Test
    void everyEventHandlerBelongsToANamedProcessingGroup() {
        methods().that().areAnnotatedWith(EventHandler.class)
                .should().beDeclaredInClassesThat().areAnnotatedWith(ProcessingGroup.class)
                .allowEmptyShould(false)
                .check(querySide);
    }
}
