-- Email. Each message is written here in the transaction that caused it and sent after that
-- commits, so a job delivered twice or a crash before sending neither doubles nor loses mail.
-- A message holds who, what to do, by when and a link: never text people wrote.
create table mail_outbox (
    id              uuid primary key,
    -- What caused the message (a work item, a notification, a digest): with the recipient it
    -- makes a second delivery of the same cause a no-op.
    cause           text not null,
    recipient_id    uuid not null references user_account (id),
    -- Name and address as they were when written, so the record of what was sent stays true.
    to_name         text not null,
    to_address      text not null,
    kind            text not null,
    case_id         uuid references relationship_case (id),
    case_reference  text,
    subject         text not null,
    body            text not null,
    link            text not null,
    -- A line of the recipient's daily digest rather than a message of its own.
    digest_line     boolean not null,
    state           text not null check (state in ('WAITING', 'SENDING', 'SENT', 'CAUGHT', 'FAILED', 'IN_DIGEST')),
    attempts        int not null default 0,
    next_attempt_at timestamptz not null,
    last_error      text,
    digest_id       uuid references mail_outbox (id),
    created_at      timestamptz not null,
    sent_at         timestamptz,
    unique (cause, recipient_id)
);
create index mail_outbox_due on mail_outbox (next_attempt_at) where state in ('WAITING', 'SENDING');
create index mail_outbox_recent on mail_outbox (created_at desc);
create index mail_outbox_failed on mail_outbox (created_at) where state = 'FAILED';
create index mail_outbox_recipient on mail_outbox (recipient_id, created_at desc);

-- How each person wants their email: each message as it happens (the default) or one a day.
create table mail_preference (
    user_id    uuid primary key references user_account (id),
    frequency  text not null check (frequency in ('EACH', 'DAILY')),
    changed_at timestamptz not null
);
