-- Engine commands that must follow a commit (ADR 0028): written in the same transaction as what
-- they report, sent after it commits, and sent again after a crash or an engine outage until the
-- engine takes them. Commands with the same order key (a case, a concern, an offer) go in the
-- order they were written. Scheduling columns use the database's clock, which the demo's
-- simulator never moves.
create table engine_command (
    id              bigserial primary key,
    kind            text not null check (kind in ('PUBLISH_MESSAGE')),
    order_key       text not null,
    purpose         text not null,
    subject         text not null,
    message_name    text not null,
    correlation_key text not null,
    message_id      text not null unique,
    time_to_live_ms bigint not null,
    variables       jsonb not null default '{}',
    written_at      timestamptz not null default now(),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    taken_until     timestamptz,
    last_error      text,
    sent_at         timestamptz
);
create index engine_command_due on engine_command (next_attempt_at) where sent_at is null;
create index engine_command_order on engine_command (order_key, id) where sent_at is null;
create index engine_command_sent on engine_command (sent_at) where sent_at is not null;

-- What waited to start before this table existed goes through it now, once. Start messages are
-- kept by the engine for a day (86,400,000 ms), so the same one sent again starts nothing.
insert into engine_command (kind, order_key, purpose, subject, message_name, correlation_key, message_id,
                            time_to_live_ms, variables)
select 'PUBLISH_MESSAGE', c.id::text, 'relationship-start', c.id::text, 'relationship-requested', c.id::text,
       c.id::text, 86400000,
       jsonb_build_object('caseId', c.id::text, 'thinker', t.username, 'sponsor', s.username,
                          'kindWanted', c.kind_wanted, 'readiness', r.readiness)
from relationship_case c
join case_request r on r.case_id = c.id
join user_account t on t.id = c.thinker_id
join user_account s on s.id = c.sponsor_id
where c.stage = 'REQUESTED' and r.process_started_at is null and c.process_instance_key is null
order by c.requested_at;

insert into engine_command (kind, order_key, purpose, subject, message_name, correlation_key, message_id,
                            time_to_live_ms, variables)
select 'PUBLISH_MESSAGE', a.id::text, 'onboarding-start', a.id::text, 'pool-interest-expressed', a.id::text,
       a.id::text, 86400000,
       jsonb_build_object('applicationId', a.id::text, 'applicant', u.username, 'memberKind', a.kind)
from pool_application a join user_account u on u.id = a.applicant_id
where a.process_started_at is null and a.status = 'OFFERED'
order by a.created_at;

insert into engine_command (kind, order_key, purpose, subject, message_name, correlation_key, message_id,
                            time_to_live_ms, variables)
select 'PUBLISH_MESSAGE', s.id::text, 'safeguarding-start', s.id::text, 'safeguarding-concern-raised', s.id::text,
       s.id::text, 86400000,
       jsonb_build_object('concernId', s.id::text, 'safeguardingLead', u.username)
from safeguarding_concern s join user_account u on u.id = s.lead_id
where s.process_started_at is null
order by s.raised_at;
