package com.clearance.domain;

/** A term the contract defines ("Customer Data" means ...), its definition and where it is defined. */
public record DefinedTerm(String term, String definition, int offset, int page, String section) {
}
