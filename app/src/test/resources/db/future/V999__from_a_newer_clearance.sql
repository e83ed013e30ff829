-- A migration only a newer Clearance has: DatabaseUpgradeTest applies it to make "a database from the future".
CREATE TABLE newer_feature (id INTEGER PRIMARY KEY);
