package com.clearance.ui;

import com.clearance.runbook.Member;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/** What the new-launch dialog edits: name, feature, date, the team (one "Name: role" a line) and linked contracts. */
public final class NewLaunchForm {

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty feature = new SimpleStringProperty("");
    private final DateEntry launchDate = new DateEntry();
    private final StringProperty members = new SimpleStringProperty("");
    private final ObservableList<Long> contractIds = FXCollections.observableArrayList();

    public StringProperty nameProperty() { return name; }
    public StringProperty featureProperty() { return feature; }
    /** The launch date as typed (ISO or the locale's form). */
    public DateEntry launchDate() { return launchDate; }
    public StringProperty membersProperty() { return members; }
    public ObservableList<Long> contractIds() { return contractIds; }

    /** The team, one member a line; a line that is not "Name: role" is an IllegalArgumentException naming it. */
    List<Member> parseMembers() {
        List<Member> out = new ArrayList<>();
        for (String line : members.get().split("\\R")) {
            if (!line.isBlank()) {
                out.add(Member.parse(line.strip()));
            }
        }
        return out;
    }

    void clear() {
        name.set("");
        feature.set("");
        launchDate.set(null);
        members.set("");
        contractIds.clear();
    }
}
