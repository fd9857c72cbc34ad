package io.outturn.web.input;

import io.outturn.web.problem.FieldProblem;

import java.util.List;

/**
 * A request record with rules across its fields that annotations cannot say (a field that does not belong to a
 * target's kind, a range whose low is above its high). The request body reader asks for them once the record's
 * own fields are read, and lists them with every other problem of the request.
 */
public interface CheckedRequest {

    /** What is wrong, each field named relative to this record ({@code low}, not {@code target.low}); empty if nothing. */
    List<FieldProblem> problems();
}
