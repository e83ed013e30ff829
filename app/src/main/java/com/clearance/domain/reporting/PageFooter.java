package com.clearance.domain.reporting;

/** Footer patterns: {@code {sha256}} becomes the contract's digest; {@code {page}} and {@code {pages}} the numbers. */
public record PageFooter(String sha256, String pageNumber) {
}
