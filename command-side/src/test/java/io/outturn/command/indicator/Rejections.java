package io.outturn.command.indicator;

import io.outturn.command.domain.RejectedException;
import io.outturn.command.domain.Rejection;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.util.Objects;

/** Matches the rejection an aggregate throws: an {@link RejectedException} with the given code and field. */
public final class Rejections {

    private Rejections() {
    }

    public static Matcher<RejectedException> rejectedWith(Rejection.Code code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(RejectedException exception) {
                return exception.code() == code && Objects.equals(exception.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("RejectedException with code " + code + " and field " + field);
            }

            @Override
            protected void describeMismatchSafely(RejectedException exception, Description description) {
                description.appendText("was code " + exception.code() + " and field " + exception.field()
                        + ": " + exception.getMessage());
            }
        };
    }
}
