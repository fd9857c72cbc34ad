package io.outturn.command.indicator;

import io.outturn.web.problem.ErrorCode;
import io.outturn.web.problem.OutturnException;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matches the rejection an aggregate throws: an {@link OutturnException} with the given code and field. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<OutturnException> rejectedWith(ErrorCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(OutturnException exception) {
                return exception.code() == code && Objects.equals(exception.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("OutturnException with code " + code + " and field " + field);
            }

            @Override
            protected void describeMismatchSafely(OutturnException exception, Description description) {
                description.appendText("was code " + exception.code() + " and field " + exception.field()
                        + ": " + exception.getMessage());
            }
        };
    }
}
