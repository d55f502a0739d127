-- What the engine knew when it created a task, for the task's form: ids, states and counts
-- only (the engine holds nothing else), e.g. the triage proposal.
alter table work_item add column context jsonb not null default '{}';

-- The pool admin's triage decision. A reason is required when it differs from the proposal;
-- guidance is required when the request is signposted elsewhere, and goes to the thinker.
create table triage_decision (
    case_id      uuid primary key references relationship_case (id),
    work_item_id uuid not null unique references work_item (id),
    proposal     text not null,
    decision     text not null check (decision in ('COACHING', 'MENTORING', 'SIGNPOST')),
    reason       text,
    guidance     text,
    decided_by   uuid not null references user_account (id),
    decided_at   timestamptz not null
);
