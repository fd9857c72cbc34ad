package io.outturn.query.web;

import io.outturn.query.eventstore.Basis;

/**
 * Reads the two time axes of a query ({@code asOf}, {@code inForceAt}) into a {@link Basis}, each as
 * {@link TransactionTime} reads a moment: a bare date is the end of that UTC day, so {@code inForceAt=2011-09-30}
 * counts what took effect on the 30th. A value that is not a moment is a 400 naming its parameter.
 */
public final class RequestBasis {

    public static final String AS_OF = "asOf";
    public static final String IN_FORCE_AT = "inForceAt";

    private RequestBasis() {
    }

    /** Either axis, both or neither (then {@link Basis#NOW}). */
    public static Basis of(String asOf, String inForceAt) {
        return new Basis(TransactionTime.endOf(asOf, AS_OF), TransactionTime.endOf(inForceAt, IN_FORCE_AT));
    }

    /** {@code asOf}, which must be given, and {@code inForceAt} if it is. */
    public static Basis asOf(String asOf, String inForceAt) {
        return new Basis(TransactionTime.requiredEndOf(asOf, AS_OF), TransactionTime.endOf(inForceAt, IN_FORCE_AT));
    }

    /** {@code inForceAt} alone, which must be given: by all that is recorded now. */
    public static Basis inForceAt(String inForceAt) {
        return new Basis(null, TransactionTime.requiredEndOf(inForceAt, IN_FORCE_AT));
    }
}
