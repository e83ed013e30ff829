-- What a copied contract or launch looked like in the source when 'clearance db copy' last took it over (one
-- fingerprint per name, deletion, decision, link, runbook item...), so a later run can tell which side changed what
-- since: the source's change goes over, a change made only in the team database stays, and both is a conflict.
-- NULL for rows copied before this column existed: then only what one side lacks is filled in.
ALTER TABLE copied_rows ADD COLUMN copied_state TEXT;
