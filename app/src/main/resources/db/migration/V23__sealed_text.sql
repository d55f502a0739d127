-- Session notes, agreed actions, private reasons, written answers and drafts are stored sealed
-- (AES-256-GCM, ADR 0020): 'sealed:v1:<key id>:<base64>'. A draft was JSON the database could
-- read; sealed, it is text. Values written before this are sealed by the app at its next start.
alter table task_draft alter column values_json type text using values_json::text;
