package com.clearance.ui;

import com.clearance.service.DateText;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What a date field holds: the text as typed (the source of truth, so a date that cannot be read is kept and named,
 * never dropped), read as ISO or the locale's own form when the form is submitted.
 */
public final class DateEntry {

    private final StringProperty text = new SimpleStringProperty("");
    private final Locale locale;

    public DateEntry(Locale locale) {
        this.locale = locale;
    }

    public DateEntry() {
        this(Locale.getDefault(Locale.Category.FORMAT));
    }

    public StringProperty textProperty() { return text; }

    public Locale locale() { return locale; }

    public void set(LocalDate date) {
        text.set(DateText.show(date));
    }

    /** The date typed, or null when the field is blank; unreadable text is an error naming the field and the text. */
    public LocalDate read(String field) {
        try {
            return DateText.parse(text.get(), locale).orElse(null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    public boolean readable() {
        return DateText.readable(text.get(), locale);
    }
}
