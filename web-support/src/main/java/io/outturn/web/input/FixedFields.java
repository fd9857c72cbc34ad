package io.outturn.web.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Fields a client might expect a request to take but which it refuses with a reason: {@code unit} in a
 * {@code PATCH} of an indicator, for instance. Any field a request record does not declare is refused; one named
 * here is refused with {@link #why()} instead of being called unknown.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface FixedFields {

    /** The JSON names of the refused fields. */
    String[] value();

    /** Why they are refused, and what to do instead. */
    String why();
}
