-- How the document read as an agreement (sentences, terms found, numbered clauses, language); NULL for older audits,
-- which count as agreements.
ALTER TABLE audits ADD COLUMN reading_sentences INTEGER;
ALTER TABLE audits ADD COLUMN reading_terms INTEGER;
ALTER TABLE audits ADD COLUMN reading_numbered INTEGER;
ALTER TABLE audits ADD COLUMN reading_marks INTEGER;
ALTER TABLE audits ADD COLUMN reading_titled BOOLEAN;
ALTER TABLE audits ADD COLUMN reading_library_sentences INTEGER;
ALTER TABLE audits ADD COLUMN reading_other_sentences INTEGER;
ALTER TABLE audits ADD COLUMN reading_language VARCHAR(40);
