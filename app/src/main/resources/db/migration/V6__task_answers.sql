-- What people wrote in task forms, one row per field, each with who may read it. Choices that
-- steer the process go to the engine; everything written stays here.
create table task_answer (
    work_item_id uuid not null references work_item (id),
    case_id      uuid not null references relationship_case (id),
    form_key     text not null,
    field        text not null,
    value        text not null,
    visibility   text not null check (visibility in ('AUTHOR', 'AUTHOR_AND_POOL_ADMINS', 'THINKER_AND_COACH',
                                                     'PARTICIPANTS')),
    author_id    uuid not null references user_account (id),
    answered_at  timestamptz not null,
    primary key (work_item_id, field)
);
create index task_answer_case on task_answer (case_id);

-- A form saved half-way, to be resumed: only its author reads it.
create table task_draft (
    work_item_id uuid not null references work_item (id),
    author_id    uuid not null references user_account (id),
    values_json  jsonb not null,
    saved_at     timestamptz not null,
    primary key (work_item_id, author_id)
);
