package com.clearance.domain.reporting;

import java.util.List;

/** The closing sign-off block: a paragraph, then one signature line per role with name, signature and date labels. */
public record SignOff(String heading, String text, List<String> roles, String nameLabel, String signatureLabel,
                      String dateLabel) {

    public SignOff {
        roles = List.copyOf(roles);
    }
}
