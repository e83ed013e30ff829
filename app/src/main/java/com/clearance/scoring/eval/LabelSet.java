package com.clearance.scoring.eval;

import java.util.List;

/** A labelled evaluation set (see the labels format doc): a name and its documents. */
public record LabelSet(String name, List<LabelledDocument> documents) {

    public LabelSet {
        documents = List.copyOf(documents);
    }
}
