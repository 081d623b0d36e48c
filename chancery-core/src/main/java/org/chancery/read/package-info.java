/**
 * Reading: the contract every reader fulfils ({@link org.chancery.read.DocumentReader}, its errors
 * and summary) and the parsers of printed text that the formats share (headings, serials, dates,
 * source notes); the formats themselves are in {@code read.tei} and {@code read.text}.
 */
package org.chancery.read;
