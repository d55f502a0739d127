-- Meetings of a relationship scheduled in the service: the chemistry conversation, contracting,
-- sessions and the review. Each version is sent to the participants as a calendar invitation;
-- the id is the invitation's UID and the sequence its SEQUENCE, so calendars replace an event
-- rather than add a second one when it moves or is cancelled.
create table meeting (
    id             uuid primary key,
    case_id        uuid not null references relationship_case (id),
    kind           text not null check (kind in ('CHEMISTRY', 'CONTRACTING', 'SESSION', 'REVIEW')),
    starts_at      timestamptz not null,
    minutes        int not null check (minutes between 15 and 480),
    modality       text not null check (modality in ('IN_PERSON', 'VIRTUAL', 'PHONE')),
    state          text not null check (state in ('SCHEDULED', 'CANCELLED', 'HELD')),
    sequence       int not null default 0,
    scheduled_by   uuid not null references user_account (id),
    created_at     timestamptz not null,
    changed_at     timestamptz not null,
    changed_by     uuid not null references user_account (id)
);
create index meeting_case on meeting (case_id, starts_at);
