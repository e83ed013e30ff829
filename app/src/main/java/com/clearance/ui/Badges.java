package com.clearance.ui;

import com.clearance.domain.Status;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import java.util.Locale;

/** Status badges: a colour AND a word, never colour alone. */
final class Badges {

    private Badges() {
    }

    static Label badge(Status s) {
        Label l = new Label(s == null ? "n/a" : s.id().toUpperCase(Locale.ROOT));
        l.getStyleClass().addAll("badge", "badge-" + (s == null ? "none" : s.id()));
        l.setMinWidth(86);
        l.setTooltip(new Tooltip(meaning(s)));
        return l;
    }

    static String meaning(Status s) {
        if (s == null) {
            return "Not audited for this clause";
        }
        return switch (s) {
            case PROTECTIVE -> "The contract gives the protection this clause asks for";
            case WEAK -> "The topic is addressed, but the protection has a hole";
            case ADVERSE -> "The vendor holds the opposite right";
            case MISSING -> "The contract is silent on this topic";
        };
    }

    /** A table cell that shows a status as a badge. */
    static <S> TableCell<S, Status> cell() {
        return new TableCell<>() {
            @Override
            protected void updateItem(Status item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty ? null : badge(item));
            }
        };
    }
}
