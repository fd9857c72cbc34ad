package io.outturn.web.problem;

/** The serializable form of an {@link OutturnException}, carried as a CommandExecutionException's details. */
public record ErrorDetails(String code, String field, String detail) {
}
