package com.clearance.ui;

import com.clearance.service.DateText;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;

import java.time.LocalDate;

/**
 * A date picker over a {@link DateEntry}: it shows dates as ISO (as the rest of Clearance does), reads ISO or the
 * locale's form as typed, and marks text it cannot read in red with the reason, keeping the text (a plain DatePicker
 * would put the old value back when the field loses focus).
 */
final class DateField {

    private DateField() {
    }

    static DatePicker of(DateEntry entry, String id, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setPromptText(prompt);
        Converter converter = new Converter(entry);
        picker.setConverter(converter);
        picker.getEditor().textProperty().bindBidirectional(entry.textProperty());
        entry.textProperty().addListener((o, a, text) -> {
            if (text == null || text.isBlank()) {
                converter.unreadable = null;
            }
            mark(picker, entry);
        });
        mark(picker, entry);
        return picker;
    }

    private static void mark(DatePicker picker, DateEntry entry) {
        boolean bad = !entry.readable();
        picker.getStyleClass().remove("date-invalid");
        if (bad) {
            picker.getStyleClass().add("date-invalid");
            try {
                entry.read("date");
            } catch (IllegalArgumentException e) {
                picker.setTooltip(new Tooltip(e.getMessage().substring("date: ".length())));
            }
        } else {
            picker.setTooltip(null);
        }
    }

    /** ISO out; ISO or the locale's form in; text it cannot read is kept as the field's text. */
    private static final class Converter extends StringConverter<LocalDate> {
        private final DateEntry entry;
        private String unreadable;

        Converter(DateEntry entry) {
            this.entry = entry;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? (unreadable == null ? "" : unreadable) : DateText.show(date);
        }

        @Override
        public LocalDate fromString(String text) {
            try {
                unreadable = null;
                return DateText.parse(text, entry.locale()).orElse(null);
            } catch (IllegalArgumentException e) {
                unreadable = text;
                return null;
            }
        }
    }
}
