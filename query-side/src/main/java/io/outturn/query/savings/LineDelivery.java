package io.outturn.query.savings;

import io.outturn.values.Money;
import io.outturn.values.Quarter;
import io.outturn.values.Rag;

import java.time.Instant;

/** The delivery reported for one line, year and quarter: amount achieved in the year to date and its RAG. */
record LineDelivery(Quarter quarter, Money achievedToDate, Rag rag, String note, Instant recordedAt) {
}
