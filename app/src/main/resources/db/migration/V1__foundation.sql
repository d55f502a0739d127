-- People and access. Every person belongs to one organisation; a pool may serve several.
create table organisation (
    id          uuid primary key,
    name        text not null unique
);

create table user_account (
    id              uuid primary key,
    username        text not null unique,
    display_name    text not null,
    email           text not null,
    organisation_id uuid not null references organisation (id),
    password_hash   text not null,
    enabled         boolean not null default true,
    created_at      timestamptz not null
);

create table user_role (
    user_id uuid not null references user_account (id),
    role    text not null check (role in ('THINKER', 'SPONSOR', 'COACH', 'POOL_ADMIN', 'PROCESS_ADMIN')),
    primary key (user_id, role)
);

-- The pool: coaches and mentors with what they offer and how much time they pledged.
create table pool_member (
    user_id                  uuid primary key references user_account (id),
    offers_coaching          boolean not null,
    offers_mentoring         boolean not null,
    max_active_relationships int not null check (max_active_relationships between 0 and 50),
    pledged_hours_per_year   int not null check (pledged_hours_per_year between 0 and 500),
    joined_on                date not null
);

-- One case a relationship, orchestrated by one process instance. Stage and dates are kept
-- here as the process moves, so inboxes and reports never query the engine.
create table relationship_case (
    id                   uuid primary key,
    reference            text not null unique,
    thinker_id           uuid not null references user_account (id),
    sponsor_id           uuid not null references user_account (id),
    kind_wanted          text not null check (kind_wanted in ('COACHING', 'MENTORING', 'NOT_SURE')),
    stage                text not null,
    process_instance_key bigint unique,
    requested_at         timestamptz not null,
    updated_at           timestamptz not null,
    closed_at            timestamptz
);
create index relationship_case_thinker on relationship_case (thinker_id);
create index relationship_case_sponsor on relationship_case (sponsor_id);

-- What the thinker wrote. Free text lives here, never in the engine.
create table case_request (
    case_id           uuid primary key references relationship_case (id),
    development_areas text[] not null,
    goals             text not null,
    submission_token  uuid not null unique
);

create sequence case_reference_seq;

-- Process definitions the app deployed, with their XML, so work items can be titled from the
-- model and the case page can draw the diagram without asking the engine.
create table process_definition (
    definition_key bigint primary key,
    bpmn_process_id text not null,
    version        int not null,
    resource_name  text not null,
    bpmn_xml       text not null,
    deployed_at    timestamptz not null
);

-- Human tasks: a projection of the engine's job-worker user tasks, one row a job.
create table work_item (
    id                   uuid primary key,
    job_key              bigint not null unique,
    case_id              uuid references relationship_case (id),
    process_instance_key bigint not null,
    element_instance_key bigint not null,
    bpmn_process_id      text not null,
    process_definition_key bigint not null,
    process_version      int not null,
    element_id           text not null,
    title                text not null,
    assignee             text,
    candidate_groups     text[] not null default '{}',
    due_at               timestamptz,
    form_key             text,
    state                text not null check (state in ('OPEN', 'COMPLETING', 'COMPLETED', 'WITHDRAWN')),
    created_at           timestamptz not null,
    last_activated_at    timestamptz not null,
    claimed_by           text,
    claimed_at           timestamptz,
    completed_by         text,
    completed_at         timestamptz,
    result               jsonb,
    version              int not null default 0
);
create index work_item_open_assignee on work_item (assignee) where state = 'OPEN';
create index work_item_open_groups on work_item using gin (candidate_groups) where state = 'OPEN';
create index work_item_case on work_item (case_id);
create index work_item_completing on work_item (completed_at) where state = 'COMPLETING';

-- Sponsor endorsement: the sponsor's answer and the context they add.
create table endorsement (
    case_id         uuid primary key references relationship_case (id),
    decision        text not null check (decision in ('ENDORSED', 'DECLINED')),
    protected_time  boolean not null,
    context         text,
    decline_reason  text,
    decided_by      uuid not null references user_account (id),
    decided_at      timestamptz not null
);
