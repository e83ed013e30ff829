package com.clearance.domain;

/** The formats a contract can arrive in. The JSON name is the lower-case id. */
public enum DocumentFormat {
    PDF("pdf"), DOCX("docx"), TEXT("text"), MARKDOWN("markdown"), HTML("html");

    private final String id;

    DocumentFormat(String id) { this.id = id; }

    public String id() { return id; }
}
