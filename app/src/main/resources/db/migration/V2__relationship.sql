-- Messages the process sends to people (reminders, escalations, outcomes). One row per engine
-- job, so a job delivered twice notifies once. The text is composed from the template when shown.
create table notification (
    id              uuid primary key,
    job_key         bigint not null unique,
    case_id         uuid not null references relationship_case (id),
    template        text not null,
    recipient       text,
    recipient_group text,
    created_at      timestamptz not null,
    read_at         timestamptz,
    check (recipient is not null or recipient_group is not null)
);
create index notification_recipient on notification (recipient) where read_at is null;
create index notification_group on notification (recipient_group) where read_at is null;

-- Ranked candidates for each matching round of a case.
create table match_candidate (
    case_id    uuid not null references relationship_case (id),
    round      int not null,
    rank       int not null,
    coach_id   uuid not null references user_account (id),
    capacity_left int not null,
    other_organisation boolean not null,
    primary key (case_id, round, coach_id)
);

-- Coaches who may not be offered this case again: declined, let the deadline pass, or a no-go
-- at chemistry. The reason a person gave stays in their own form's record, not here.
create table match_exclusion (
    case_id    uuid not null references relationship_case (id),
    coach_id   uuid not null references user_account (id),
    reason     text not null check (reason in ('DECLINED', 'NO_RESPONSE', 'CHEMISTRY_NO_GO')),
    job_key    bigint not null unique,
    created_at timestamptz not null,
    primary key (case_id, coach_id, reason)
);

-- The coach of a case while a relationship runs (null before matching and after a rematch).
alter table relationship_case add column coach_id uuid references user_account (id);

-- Sessions as the coach logs them. Notes are the coach's alone; agreed actions are shared with
-- the thinker. Sponsors and pool admins see dates, lengths and counts only.
create table session_log (
    id            uuid primary key,
    case_id       uuid not null references relationship_case (id),
    coach_id      uuid not null references user_account (id),
    held_on       date not null,
    minutes       int not null check (minutes between 15 and 480),
    modality      text not null check (modality in ('IN_PERSON', 'VIRTUAL', 'PHONE')),
    private_notes text,
    shared_actions text,
    work_item_id  uuid unique references work_item (id),
    logged_at     timestamptz not null
);
create index session_log_case on session_log (case_id);

-- Hours each coach gave, counted against their pledge. One entry per case and coach.
create table ledger_entry (
    case_id    uuid not null references relationship_case (id),
    coach_id   uuid not null references user_account (id),
    minutes    int not null,
    sessions   int not null,
    closed_on  date not null,
    primary key (case_id, coach_id)
);
