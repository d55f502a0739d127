-- Run by Flyway after every migration. In production the tables belong to the owner role that
-- migrates them, and the app connects as another role (DATABASE_USER): it may read and write the
-- service's tables, but may only read and append to the audit log and only read the migration
-- history, so that whoever holds the app's password cannot rewrite what the log says.
-- Where the app owns its tables (the embedded default) the placeholder is empty and nothing is done.
do $grants$
declare
    app_role text := '${appRole}';
begin
    if app_role = '' then
        return;
    end if;
    execute format('grant usage on schema %I to %I', current_schema(), app_role);
    execute format('grant select, insert, update, delete on all tables in schema %I to %I', current_schema(), app_role);
    execute format('grant usage, select on all sequences in schema %I to %I', current_schema(), app_role);
    execute format('revoke update, delete, truncate, references, trigger on audit_event from %I', app_role);
    execute format('revoke insert, update, delete, truncate, references, trigger on flyway_schema_history from %I',
        app_role);
end
$grants$;
