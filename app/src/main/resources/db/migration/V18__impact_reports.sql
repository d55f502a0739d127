-- Figures for impact reports, kept by the reports feature as cases move, so reports read these
-- tables alone (never the engine, never the text people wrote). No foreign keys to the case: the
-- figures outlive a case whose personal data is erased, as anonymous counts.
create table case_fact (
    case_id                 uuid primary key,
    thinker_id              uuid,
    sponsor_id              uuid,
    thinker_organisation_id uuid,
    kind_wanted             text not null,
    support_kind            text not null check (support_kind in ('COACHING', 'MENTORING', 'NOT_SURE')),
    development_areas       text[] not null default '{}',
    stage                   text not null,
    requested_at            timestamptz not null,
    endorsed_at             timestamptz,
    triaged_at              timestamptz,
    triage_proposal         text,
    triage_decision         text,
    matched_at              timestamptz,
    chemistry_no_gos        int not null default 0,
    contracted_at           timestamptz,
    reviewed_at             timestamptz,
    first_session_on        date,
    sessions                int not null default 0,
    minutes                 int not null default 0,
    closed_at               timestamptz,
    outcome                 text check (outcome in ('COMPLETED', 'ENDED_EARLY', 'NOT_MATCHED', 'DECLINED', 'SIGNPOSTED'))
);
create index case_fact_requested on case_fact (requested_at);
create index case_fact_matched on case_fact (matched_at) where matched_at is not null;
create index case_fact_closed on case_fact (closed_at) where closed_at is not null;
create index case_fact_thinker on case_fact (thinker_id);

-- Sessions by case, coach and month: hours given and received in any period without reading logs.
create table case_fact_month (
    case_id                 uuid not null,
    coach_id                uuid not null,
    coach_organisation_id   uuid,
    month                   date not null check (extract(day from month) = 1),
    sessions                int not null,
    minutes                 int not null,
    primary key (case_id, coach_id, month)
);
create index case_fact_month_month on case_fact_month (month);

-- Ratings from 1 to 5 a form asked for (the evaluation at close, the follow-ups six months on).
create table case_rating (
    case_id     uuid not null,
    form_key    text not null,
    confidence  smallint check (confidence between 1 and 5),
    performance smallint check (performance between 1 and 5),
    leadership  smallint check (leadership between 1 and 5),
    given_at    timestamptz not null,
    primary key (case_id, form_key)
);
create index case_rating_given on case_rating (given_at);

-- Figures for the cases that exist already. Dates the app did not keep before (matched,
-- contracted, reviewed) are taken from the tasks that mark them.
insert into case_fact (case_id, thinker_id, sponsor_id, thinker_organisation_id, kind_wanted, support_kind,
                       development_areas, stage, requested_at, closed_at)
select c.id, c.thinker_id, c.sponsor_id, u.organisation_id, c.kind_wanted,
       coalesce((select t.decision from triage_decision t where t.case_id = c.id and t.decision <> 'SIGNPOST'),
                c.kind_wanted),
       coalesce(r.development_areas, '{}'), c.stage, c.requested_at, c.closed_at
from relationship_case c
join user_account u on u.id = c.thinker_id
left join case_request r on r.case_id = c.id;

update case_fact f set endorsed_at = e.decided_at from endorsement e
where e.case_id = f.case_id and e.decision = 'ENDORSED';
update case_fact f set triaged_at = t.decided_at, triage_proposal = t.proposal, triage_decision = t.decision
from triage_decision t where t.case_id = f.case_id;
update case_fact f set matched_at = w.first_done from (
    select case_id, min(completed_at) as first_done from work_item
    where element_id in ('coach-chemistry', 'thinker-chemistry') and state = 'COMPLETED' group by case_id) w
where w.case_id = f.case_id;
update case_fact f set contracted_at = w.first_done from (
    select case_id, min(completed_at) as first_done from work_item
    where element_id = 'record-contract' and state = 'COMPLETED' group by case_id) w
where w.case_id = f.case_id;
update case_fact f set reviewed_at = w.first_done from (
    select case_id, min(completed_at) as first_done from work_item
    where element_id in ('hold-review', 'record-observations') and state = 'COMPLETED' group by case_id) w
where w.case_id = f.case_id;
update case_fact f set chemistry_no_gos = x.n from (
    select case_id, count(*) as n from match_exclusion where reason = 'CHEMISTRY_NO_GO' group by case_id) x
where x.case_id = f.case_id;
update case_fact f set outcome = case
        when f.stage = 'DECLINED' then 'DECLINED'
        when f.stage = 'SIGNPOSTED' then 'SIGNPOSTED'
        when f.reviewed_at is not null then 'COMPLETED'
        when f.contracted_at is not null then 'ENDED_EARLY'
        else 'NOT_MATCHED' end
where f.closed_at is not null;

insert into case_fact_month (case_id, coach_id, coach_organisation_id, month, sessions, minutes)
select s.case_id, s.coach_id, u.organisation_id, date_trunc('month', s.held_on)::date, count(*), sum(s.minutes)
from session_log s join user_account u on u.id = s.coach_id
group by s.case_id, s.coach_id, u.organisation_id, date_trunc('month', s.held_on);
update case_fact f set sessions = x.n, minutes = x.m, first_session_on = x.first_on from (
    select case_id, count(*) as n, sum(minutes) as m, min(held_on) as first_on from session_log group by case_id) x
where x.case_id = f.case_id;

insert into case_rating (case_id, form_key, confidence, performance, leadership, given_at)
select a.case_id, a.form_key,
       max(case when a.field = 'confidence' then a.value::smallint end),
       max(case when a.field = 'performance' then a.value::smallint end),
       max(case when a.field = 'leadership' then a.value::smallint end),
       max(a.answered_at)
from task_answer a
where a.form_key = 'evaluation-thinker' and a.field in ('confidence', 'performance', 'leadership')
  and a.value ~ '^[1-5]$'
group by a.case_id, a.form_key;
