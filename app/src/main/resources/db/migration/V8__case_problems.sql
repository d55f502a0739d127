-- Cases that cannot move: an incident in the engine (a failing decision, an expression error, a
-- job out of retries) or a process that did not start. Rows are kept after they are resolved,
-- so a pool can see what went wrong and when. The engine's message is technical text written by
-- the engine, never by people, and is shown to pool admins only.
create table case_problem (
    id                   uuid primary key,
    kind                 text        not null check (kind in ('ENGINE_INCIDENT', 'NOT_STARTED')),
    incident_key         bigint unique,
    case_id              uuid references relationship_case (id),
    process_instance_key bigint,
    bpmn_process_id      text,
    element_id           text,
    step_name            text,
    error_type           text,
    message              text        not null,
    job_key              bigint,
    since                timestamptz not null,
    last_seen_at         timestamptz not null,
    retried_at           timestamptz,
    retried_by           text,
    resolved_at          timestamptz,
    check ((kind = 'ENGINE_INCIDENT') = (incident_key is not null))
);
create unique index case_problem_one_open_start on case_problem (case_id)
    where kind = 'NOT_STARTED' and resolved_at is null;
create index case_problem_open on case_problem (case_id) where resolved_at is null;

-- When the case's process was started in the engine; null until then.
alter table case_request add column process_started_at timestamptz;
update case_request set process_started_at = c.requested_at
from relationship_case c where c.id = case_request.case_id and c.process_instance_key is not null;
