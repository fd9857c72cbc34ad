package io.outturn.query.rules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The rules stay pure, so the projections, an import preview or a plain unit test can all run them. */
class RulesArchitectureTest {

    /**
     * ArchUnit's own test filter only knows the folder {@code target/test-classes}; the build may put classes
     * under another folder ({@code -Doutturn.build.dirname}), so tests are told apart by their own folder name.
     */
    private static final ImportOption NOT_TEST_CLASSES = location -> !location.contains("/test-classes/");

    private final JavaClasses rules = new ClassFileImporter()
            .withImportOption(NOT_TEST_CLASSES)
            .importPackages("io.outturn.query.rules");

    @Test
    void theRulesDependOnlyOnTheJdkAndTheSharedValueTypes() {
        classes().that().resideInAPackage("io.outturn.query.rules")
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "io.outturn.values..", "io.outturn.query.rules..")
                .allowEmptyShould(false)
                .check(rules);
    }
}
