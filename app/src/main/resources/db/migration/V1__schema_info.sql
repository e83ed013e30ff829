-- Numbered migrations: V1 base, V10-V19 contracts/audits/decisions (workbench), V20-V29 launches/tickets (runbook).
CREATE TABLE app_info (
    info_key   VARCHAR(100) PRIMARY KEY,
    info_value VARCHAR(1000) NOT NULL
);
INSERT INTO app_info (info_key, info_value) VALUES ('schema', 'clearance');
