-- Where a person works, for the pool team and for matching: their team (department), job title,
-- grade as their employer names it, a level of seniority the pool compares, and their line
-- manager. Matching never offers someone in the thinker's line-management chain or own team.
alter table user_account add column department text;
alter table user_account add column job_title text;
alter table user_account add column grade text;
alter table user_account add column seniority text
    check (seniority in ('EARLY_CAREER', 'PRACTITIONER', 'TEAM_MANAGER', 'SENIOR_MANAGER', 'EXECUTIVE'));
alter table user_account add column line_manager_id uuid references user_account (id)
    check (line_manager_id <> id);
create index user_account_line_manager on user_account (line_manager_id);

-- Coach and mentor profiles. Status says whether a member can be offered work now; a pause
-- has an end date. The pledge runs for a term from the day the member joined.
alter table pool_member add column accreditations text[] not null default '{}';
alter table pool_member add column specialisms text[] not null default '{}';
alter table pool_member add column modality text not null default 'BOTH'
    check (modality in ('VIRTUAL', 'IN_PERSON', 'BOTH'));
alter table pool_member add column location text;
alter table pool_member add column biography text;
alter table pool_member add column supervision_due date;
alter table pool_member add column cpd_due date;
alter table pool_member add column status text not null default 'ACTIVE' check (status in ('ACTIVE', 'PAUSED', 'LEFT'));
alter table pool_member add column paused_until date;
alter table pool_member add column pledge_term_years int not null default 2 check (pledge_term_years between 1 and 5);
alter table pool_member add column updated_at timestamptz;
alter table pool_member add constraint pool_member_pause_has_end check ((status = 'PAUSED') = (paused_until is not null));
alter table pool_member alter column pledged_hours_per_year set default 12;

-- Each candidate's score, its parts by criterion, and the reasons in plain words, as the pool
-- admin saw them when choosing. Rankings made before this have no breakdown.
alter table match_candidate add column score int not null default 0;
alter table match_candidate add column breakdown jsonb not null default '{}';
alter table match_candidate add column reasons text[] not null default '{}';

-- How much each matching criterion counts. Pool admins change them on a screen; every change
-- is kept in the history below, which the app only ever adds to.
create table matching_weight (
    criterion  text primary key,
    weight     int  not null check (weight between 0 and 100),
    changed_by uuid references user_account (id),
    changed_at timestamptz
);
insert into matching_weight (criterion, weight) values
    ('OTHER_ORGANISATION', 30), ('SPECIALISM', 25), ('MODALITY_AND_PLACE', 15), ('SENIORITY', 15),
    ('FAIR_SPREAD', 10), ('CAPACITY', 5);

create table matching_weight_change (
    id         uuid primary key,
    criterion  text not null references matching_weight (criterion),
    old_weight int  not null,
    new_weight int  not null,
    changed_by uuid not null references user_account (id),
    changed_at timestamptz not null
);
create index matching_weight_change_at on matching_weight_change (changed_at desc);
