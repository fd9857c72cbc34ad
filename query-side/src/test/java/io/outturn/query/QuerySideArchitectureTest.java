package io.outturn.query;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The query side's boundaries. Every rule must match classes, so none can pass over an empty package. */
class QuerySideArchitectureTest {

    private static final String[] FRAMEWORKS = {"org.springframework..", "org.axonframework..", "com.mongodb..",
            "org.bson..", "jakarta..", "io.outturn.web.."};

    private static final DescribedPredicate<CanBeAnnotated> SPRING_BEANS = annotatedWith(Component.class)
            .or(annotatedWith(RestController.class)).or(annotatedWith(Configuration.class))
            .as("Spring beans");

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

    /**
     * The fold, the state and the cards and series rendered from it live beside the projections and controllers
     * of their feature; everything there that is neither a Spring bean nor a stored document is plain Java.
     */
    @Test
    void theIndicatorFoldIsPureSoThatLiveAndAsOfReadsAgree() {
        noClasses().that().resideInAnyPackage("io.outturn.query.indicator", "io.outturn.query.yoy")
                .and(are(not(SPRING_BEANS)))
                .and().haveSimpleNameNotEndingWith("Document")
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
