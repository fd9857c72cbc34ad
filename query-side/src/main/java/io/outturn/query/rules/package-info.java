/**
 * The status rules as pure functions: year to date, forecast outturn, CHANGE targets resolved to thresholds,
 * the RAG judgement and year-on-year comparisons (DESIGN.md section 2). Only the JDK and the shared value
 * types, so the projections and any future caller judge an indicator the same way, and a plain unit test
 * can reach every rule.
 */
package io.outturn.query.rules;
