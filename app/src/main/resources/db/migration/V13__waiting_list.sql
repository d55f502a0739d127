-- Cases nobody in the pool could take when they were ranked. A case waits until a place is free
-- for it; the pool team may mark it urgent. Rows stay after a case leaves the list, so a pool can
-- see how long people waited.
create table match_waiting (
    case_id        uuid primary key references relationship_case (id),
    since          timestamptz not null,
    urgency        text not null default 'NORMAL' check (urgency in ('URGENT', 'NORMAL')),
    last_ranked_at timestamptz not null,
    left_at        timestamptz
);
create index match_waiting_open on match_waiting (urgency, since) where left_at is null;
-- The kind of support triage decided on, so the list can be ranked again without the engine.
alter table match_waiting add column mentoring boolean not null default false;
