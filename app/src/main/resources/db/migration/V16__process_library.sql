-- The process library: every version of every process and decision table, who made it live and
-- why; drafts the process admins edit in the browser; the audit of every change to what runs.

-- Where a version came from: the app's processes/ folder, or a process admin in the browser.
alter table process_definition add column origin text not null default 'FILES'
    check (origin in ('FILES', 'ADMIN', 'ROLLBACK'));
alter table process_definition add column deployed_by uuid references user_account (id);
alter table process_definition add column comment text;

create table decision_definition (
    decision_requirements_key bigint primary key,
    decision_requirements_id  text not null,
    version                   int not null,
    name                      text not null,
    resource_name             text not null,
    dmn_xml                   text not null,
    decision_ids              text[] not null,
    deployed_at               timestamptz not null,
    origin                    text not null default 'FILES' check (origin in ('FILES', 'ADMIN', 'ROLLBACK')),
    deployed_by               uuid references user_account (id),
    comment                   text,
    unique (decision_requirements_id, version)
);

-- Which content of each file in processes/ was last deployed: start-up deploys a file only when
-- it changed, so a version a process admin made live survives restarts (ADR 0010).
create table deployed_file (
    resource_name text primary key,
    sha256        text not null,
    deployed_at   timestamptz not null
);

create table process_draft (
    id            uuid primary key,
    kind          text not null check (kind in ('PROCESS', 'DECISION')),
    resource_id   text not null,
    resource_name text not null,
    content       text not null,
    base_version  int,
    revision      int not null default 0,
    created_by    uuid not null references user_account (id),
    created_at    timestamptz not null,
    updated_by    uuid not null references user_account (id),
    updated_at    timestamptz not null
);
create index process_draft_resource on process_draft (kind, resource_id);

-- Append-only: what changed in what runs, by whom, when, from which version to which, and why.
create table process_change (
    id            bigserial primary key,
    at            timestamptz not null,
    by_user       uuid references user_account (id),
    action        text not null check (action in ('DEPLOY', 'ROLLBACK', 'MIGRATE')),
    kind          text not null check (kind in ('PROCESS', 'DECISION')),
    resource_id   text not null,
    from_version  int,
    to_version    int,
    comment       text not null,
    difference    jsonb not null default '[]'
);
create index process_change_resource on process_change (kind, resource_id, at desc);
