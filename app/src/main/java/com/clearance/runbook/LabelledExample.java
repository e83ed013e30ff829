package com.clearance.runbook;

/** A short example ticket shipped with a template: the category it belongs to and its text (summary and description). */
public record LabelledExample(String id, String category, String text) {
}
