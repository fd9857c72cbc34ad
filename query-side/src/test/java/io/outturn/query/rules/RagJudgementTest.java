package io.outturn.query.rules;

import io.outturn.values.Assessment;
import io.outturn.values.Rag;
import io.outturn.values.Target;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static io.outturn.query.rules.Fixtures.number;
import static io.outturn.query.rules.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every RAG boundary: exactly at the threshold, exactly at the tolerance edge, and just beyond each. */
class RagJudgementTest {

    @ParameterizedTest(name = "{0} judged at {1} with {2}% tolerance: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # seed 001 reablement 2011-12 "446" for a higher-is-better count; 5% of 446 is 22.3
            >=446    | 446.01    | 5  | GREEN
            >=446    | 446       | 5  | GREEN
            >=446    | 445.99    | 5  | AMBER
            >=446    | 423.7     | 5  | AMBER
            >=446    | 423.69    | 5  | RED
            >=446    | 0         | 5  | RED
            # reablement 2012-13 (492, edge 467.4) and 2013-14 (541, edge 513.95)
            >=492    | 467.4     | 5  | AMBER
            >=492    | 467.39    | 5  | RED
            >=541    | 541       | 5  | GREEN
            >=541    | 513.95    | 5  | AMBER
            >=541    | 513.94    | 5  | RED
            # the indicator's own tolerance, and the default of 5 when it names none
            >=446    | 401.4     | 10 | AMBER
            >=446    | 401.39    | 10 | RED
            >=446    | 445.99    | 0  | RED
            >=446    | 446       | 0  | GREEN
            >=446    | 423.7     | -  | AMBER
            >=446    | 423.69    | -  | RED
            # seed 001 safeguarding repeat alerts "18%", lower is better; 5% of 18 is 0.9
            <=18     | 17.99     | 5  | GREEN
            <=18     | 18        | 5  | GREEN
            <=18     | 18.01     | 5  | AMBER
            <=18     | 18.9      | 5  | AMBER
            <=18     | 18.91     | 5  | RED
            # seed 003 D35 ">60": met exactly is missed by zero, so AMBER; 5% of 60 is 3
            >60      | 60.01     | 5  | GREEN
            >60      | 60        | 5  | AMBER
            >60      | 57        | 5  | AMBER
            >60      | 56.99     | 5  | RED
            # seed 003 C21 "<5"; 5% of 5 is 0.25
            <5       | 4.99      | 5  | GREEN
            <5       | 5         | 5  | AMBER
            <5       | 5.25      | 5  | AMBER
            <5       | 5.26      | 5  | RED
            # seed 003 B8 gross weekly cost "350-370": the tolerance is of the nearer bound (17.5 below, 18.5 above)
            350..370 | 360       | 5  | GREEN
            350..370 | 350       | 5  | GREEN
            350..370 | 370       | 5  | GREEN
            350..370 | 349.99    | 5  | AMBER
            350..370 | 332.5     | 5  | AMBER
            350..370 | 332.49    | 5  | RED
            350..370 | 370.01    | 5  | AMBER
            350..370 | 388.5     | 5  | AMBER
            350..370 | 388.51    | 5  | RED
            # a range of one value
            6..6     | 6         | 5  | GREEN
            6..6     | 6.3       | 5  | AMBER
            6..6     | 6.31      | 5  | RED
            # a threshold of zero has no tolerance: any miss is RED
            <=0      | 0         | 5  | GREEN
            <=0      | 0.000001  | 5  | RED
            <=0      | 1         | 50 | RED
            >=0      | 0         | 5  | GREEN
            >=0      | -0.000001 | 5  | RED
            # ... except a strict zero met exactly, which is missed by zero like any strict threshold
            >0       | 0         | 5  | AMBER
            >0       | 0.000001  | 5  | GREEN
            <0       | 0         | 5  | AMBER
            # a negative threshold still has a band, measured from its size (5% of 5 is 0.25)
            <=-5     | -4.75     | 5  | AMBER
            <=-5     | -4.74     | 5  | RED
            >=-5     | -5.25     | 5  | AMBER
            >=-5     | -5.26     | 5  | RED
            # nothing to judge against, or a target not judged by value
            none     | 446       | 5  | GREY
            tbc      | 446       | 5  | GREY
            change+20% | 446     | 5  | GREY
            milestone | 446      | 5  | GREY
            # no actual yet
            >=446    | -         | 5  | GREY
            <5       | -         | 5  | GREY
            350..370 | -         | 5  | GREY
            """)
    void judgesTheValueAgainstTheTarget(String target, String value, String tolerance, Rag expected) {
        assertThat(StatusCalculator.judge(target(target), number(value), number(tolerance))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "-", textBlock = """
            ACHIEVED,           GREEN
            PARTIALLY_ACHIEVED, AMBER
            NOT_ACHIEVED,       RED
            -,                  GREY
            """)
    void aMilestoneIsJudgedByItsAssessment(Assessment assessment, Rag expected) {
        assertThat(StatusCalculator.judgeMilestone(assessment)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"-0.01", "-5"})
    void aNegativeToleranceIsRejected(String tolerance) {
        Target target = target(">=446");
        BigDecimal negative = new BigDecimal(tolerance);

        assertThatThrownBy(() -> StatusCalculator.judge(target, new BigDecimal("440"), negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance");
    }
}
