-- Joining the pool: someone offers to coach or mentor, the pool team invites them to training,
-- records it, the new member writes a profile and the pool team approves it. A member whose
-- profile is not approved yet is "joining" and is never offered a case.
alter table pool_member drop constraint pool_member_status_check;
alter table pool_member add constraint pool_member_status_check
    check (status in ('ACTIVE', 'PAUSED', 'LEFT', 'JOINING'));

create table pool_application (
    id                    uuid primary key,
    applicant_id          uuid not null references user_account (id),
    kind                  text not null check (kind in ('COACH', 'MENTOR', 'BOTH')),
    motivation            text not null,
    experience            text,
    status                text not null check (status in ('OFFERED', 'IN_TRAINING', 'WRITING_PROFILE',
                              'AWAITING_APPROVAL', 'ACTIVE', 'NOT_TAKEN_FORWARD', 'TRAINING_NOT_COMPLETED')),
    training_completed_on date,
    accreditations        text[] not null default '{}',
    changes_requested     text,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    process_started_at    timestamptz
);
-- One offer at a time: a second while the first is open is refused.
create unique index pool_application_one_open on pool_application (applicant_id)
    where status in ('OFFERED', 'IN_TRAINING', 'WRITING_PROFILE', 'AWAITING_APPROVAL');
