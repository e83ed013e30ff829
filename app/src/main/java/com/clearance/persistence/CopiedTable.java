package com.clearance.persistence;

import java.util.List;

/**
 * A table whose rows a copy adds one by one under their parent row (a contract's audits, a launch's history lines).
 * {@code sameWhen} are columns that tell one row from another across databases: a row that is already in the
 * target with those values (copied before copies remembered each row) is taken as copied, not copied again.
 */
record CopiedTable(String name, String parentColumn, List<String> sameWhen) {
}
