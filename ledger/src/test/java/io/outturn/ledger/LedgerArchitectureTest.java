package io.outturn.ledger;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/**
 * The algorithm needs nothing but the JDK, so that the auditor's verifier ({@code java -jar ... verify}) runs with
 * no server, and so that reading this package is reading all of it. Axon appears only at the edge: the adapter in
 * {@code ledger.axon}, and the {@code @Revision} the checkpoint event carries as every event does.
 */
class LedgerArchitectureTest {

    private static final DescribedPredicate<JavaClass> JDK_OR_LEDGER =
            resideInAnyPackage("java..", "io.outturn.ledger", "");

    private final JavaClasses ledger = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.outturn.ledger");

    @Test
    void theAlgorithmDependsOnTheJdkAlone() {
        classes().that().resideInAPackage("io.outturn.ledger")
                .and(DescribedPredicate.not(equivalentTo(CheckpointSignedEvent.class)))
                .should().onlyDependOnClassesThat(JDK_OR_LEDGER)
                .allowEmptyShould(false)
                .check(ledger);
    }

    @Test
    void theCheckpointEventDependsOnAxonOnlyForItsRevision() {
        classes().that(equivalentTo(CheckpointSignedEvent.class))
                .should().onlyDependOnClassesThat(JDK_OR_LEDGER.or(equivalentTo(Revision.class)))
                .allowEmptyShould(false)
                .check(ledger);
    }
}
