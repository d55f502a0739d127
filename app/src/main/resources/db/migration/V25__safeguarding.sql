-- Safeguarding (ADR 0022): the pool's named safeguarding lead, and the concerns coaches and
-- mentors raise. A concern is read by its lead alone; what was written is sealed (ADR 0020).
create table safeguarding_lead (
    only_one  boolean primary key default true check (only_one),
    user_id   uuid not null references user_account (id),
    named_by  uuid not null references user_account (id),
    named_at  timestamptz not null
);

create table safeguarding_concern (
    id                 uuid primary key,
    case_id            uuid not null references relationship_case (id),
    raised_by          uuid not null references user_account (id),
    lead_id            uuid not null references user_account (id),
    risk               text not null check (risk in ('HARM_TO_THINKER', 'HARM_TO_OTHERS', 'ILLEGAL_ACTIVITY',
                                                     'POLICY_BREACH', 'COURT_ORDER')),
    thinker_told       text not null check (thinker_told in ('YES', 'NO_UNSAFE', 'NO_NOT_POSSIBLE')),
    what_happened      text not null,
    raised_at          timestamptz not null,
    process_started_at timestamptz,
    response           text,
    work_item_id       uuid unique references work_item (id),
    responded_at       timestamptz
);
create index safeguarding_concern_waiting on safeguarding_concern (raised_at) where process_started_at is null;
