-- After an early end, no meetings are arranged with that coach or mentor on that case while the
-- pool team decides what happens next; a rematch brings a new coach, who arranges their own.
create table meeting_pause (
    case_id   uuid not null references relationship_case (id) on delete cascade,
    coach_id  uuid not null references user_account (id) on delete cascade,
    paused_at timestamptz not null,
    primary key (case_id, coach_id)
);
