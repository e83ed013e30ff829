package com.clearance.domain;

/**
 * A sentence that decided (or shaped) a finding: its text, page, section label, character range in the document text,
 * and the status that sentence alone points to.
 */
public record Evidence(String text, int page, String section, int start, int end, Status pointsTo) {
}
