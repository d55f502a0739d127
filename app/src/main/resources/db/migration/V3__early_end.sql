-- A thinker or coach ending a relationship early. The reason is private to its author and the
-- pool admins, who decide on a rematch or a close.
create table early_end (
    id           uuid primary key,
    case_id      uuid not null references relationship_case (id),
    requested_by uuid not null references user_account (id),
    reason       text not null,
    requested_at timestamptz not null
);
create index early_end_case on early_end (case_id);
