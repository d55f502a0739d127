-- Who read or changed what: reads of session notes and private reasons, refused access, task
-- decisions, and the pool team's changes to people, the pool, settings and processes (ADR 0021);
-- and, for the safeguarding lead's eyes only, what happened to safeguarding concerns.
-- Details are written by the app, never copied from what people wrote. Rows are only added:
-- the trigger refuses updates, deletes and truncation, and each row carries a SHA-256 hash of
-- itself and of the row before, so a change made around the trigger shows as a broken link.
create table audit_event (
    seq            bigint generated always as identity primary key,
    at             timestamptz not null,
    actor_id       uuid,
    action         text not null check (action in ('READ_CONFIDENTIAL', 'ACCESS_REFUSED', 'DECISION', 'ADMIN_CHANGE',
                                                 'SAFEGUARDING')),
    case_id        uuid,
    case_reference text,
    subject_id     uuid,
    detail         text not null,
    prev_hash      text not null,
    hash           text not null unique
);
create index audit_event_case on audit_event (case_id, seq);
create index audit_event_actor on audit_event (actor_id, seq);
create index audit_event_subject on audit_event (subject_id, seq);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_event is append-only: % refused', tg_op;
end
$$;
create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function audit_event_append_only();
