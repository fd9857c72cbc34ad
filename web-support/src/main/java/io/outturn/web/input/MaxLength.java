package io.outturn.web.input;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The most characters a text field of a request may hold, one of {@link InputLimits}' lengths. A text field
 * without it may hold {@link InputLimits#TEXT_LENGTH}: no text a client sends is unbounded.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxLength {

    int value();
}
