package com.clearance.runbook;

/** The recorded state of one item in one launch: a completion, a waiver, both or neither (null). */
public record ItemState(String itemId, Completion completion, Waiver waiver) {

    public static ItemState open(String itemId) {
        return new ItemState(itemId, null, null);
    }
}
