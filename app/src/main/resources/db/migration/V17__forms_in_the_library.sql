-- Camunda Forms (form-js) linked from user tasks: every deployed version, like processes and
-- decision tables, so a task's form is shown and checked on the server from the version its task
-- links (the engine gives a job-worker user task the form's key).
create table form_definition (
    form_key      bigint primary key,
    form_id       text not null,
    version       int not null,
    resource_name text not null,
    schema_json   text not null,
    deployed_at   timestamptz not null,
    origin        text not null default 'FILES' check (origin in ('FILES', 'ADMIN', 'ROLLBACK')),
    deployed_by   uuid references user_account (id),
    comment       text,
    unique (form_id, version)
);

alter table process_draft drop constraint process_draft_kind_check;
alter table process_draft add constraint process_draft_kind_check check (kind in ('PROCESS', 'DECISION', 'FORM'));
alter table process_change drop constraint process_change_kind_check;
alter table process_change add constraint process_change_kind_check check (kind in ('PROCESS', 'DECISION', 'FORM'));
