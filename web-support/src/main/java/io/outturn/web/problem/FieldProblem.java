package io.outturn.web.problem;

/** One offending request field and what is wrong with it: an entry of a problem document's {@code errors}. */
public record FieldProblem(String field, String message) {
}
