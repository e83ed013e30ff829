package com.clearance.domain;

/** One printed page: its 1-based number and the character range it covers in the document text. */
public record PageSpan(int number, int start, int end) {
}
