-- A coach or mentor is held for a case from the moment an offer to them is made until they
-- answer, the offer lapses or the case ends, so two cases never take the same last place.
create table match_hold (
    id          uuid primary key,
    case_id     uuid not null references relationship_case (id),
    coach_id    uuid not null references user_account (id),
    held_at     timestamptz not null,
    released_at timestamptz
);
create unique index match_hold_one_open on match_hold (case_id, coach_id) where released_at is null;
create index match_hold_open_by_coach on match_hold (coach_id) where released_at is null;

-- The mentor who volunteered first for a case's mentor-list round. One row per round: a second
-- volunteer at the same moment is refused and told.
create table match_volunteer (
    case_id        uuid not null references relationship_case (id),
    round          int  not null,
    coach_id       uuid not null references user_account (id),
    work_item_id   uuid not null unique references work_item (id),
    volunteered_at timestamptz not null,
    primary key (case_id, round)
);
