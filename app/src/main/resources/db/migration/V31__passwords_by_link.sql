-- Issue 27: nobody learns another person's password. A pool admin sends a one-time link instead of
-- setting a temporary password; the link's token is kept only as a hash.
create table password_link (
    id          uuid primary key,
    user_id     uuid not null references user_account (id),
    token_hash  text not null unique,
    purpose     text not null check (purpose in ('SET_UP', 'RESET')),
    created_by  uuid references user_account (id),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_link_user on password_link (user_id);

-- Every session that began before this moment ends: a reset, or a password set, ends them all.
alter table user_account add column sessions_valid_from timestamptz;

-- A message with a secret link keeps it sealed here until it is sent, then forgets it.
alter table mail_outbox add column secret_link text;

-- Sign-in and password events are audited as a kind of their own.
alter table audit_event drop constraint audit_event_action_check;
alter table audit_event add constraint audit_event_action_check
    check (action in ('READ_CONFIDENTIAL', 'ACCESS_REFUSED', 'DECISION', 'ADMIN_CHANGE', 'SAFEGUARDING', 'ACCOUNT'));

-- Browsers a person has signed in from: a correct sign-in from one is never paused by failures
-- others caused (issue 27). The cookie holds a random token; only its hash is kept.
create table known_device (
    token_hash   text primary key,
    account_key  text not null,
    created_at   timestamptz not null,
    last_used_at timestamptz not null
);
create index known_device_account on known_device (account_key);

-- A failure from a known browser counts against that browser, not against the account or address.
alter table sign_in_failure add column device_hash text;
create index sign_in_failure_by_device on sign_in_failure (device_hash, failed_at);

-- Single sign-on binds an account to the provider's stable id for the person on first use, so a
-- later sign-in is matched by that id, not by an email address anyone else might come to hold.
alter table user_account add column sso_issuer text;
alter table user_account add column sso_subject text;
create unique index user_account_sso on user_account (sso_issuer, sso_subject) where sso_subject is not null;
