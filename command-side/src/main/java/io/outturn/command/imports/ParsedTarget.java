package io.outturn.command.imports;

import io.outturn.values.Target;

/** A target read from a plan, with the text exactly as the plan printed it. */
record ParsedTarget(Target target, String printed) {
}
