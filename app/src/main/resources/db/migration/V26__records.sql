-- Records (ADR 0023): how long a closed case is kept, and erasure, at the end of that period or
-- when a person asks.

-- The pool's retention period, in whole years after a case closes. One row; 3 years unless the
-- pool team changes it.
create table retention_setting (
    only_one          boolean primary key default true check (only_one),
    years_after_close int not null check (years_after_close between 1 and 10),
    changed_by        uuid references user_account (id),
    changed_at        timestamptz not null
);
insert into retention_setting (years_after_close, changed_at) values (3, now());

-- What was erased, so the pool team can answer "what happened to CP-2023-0012?". A reference
-- and dates only: nothing here says who the case was about.
create table erased_case (
    case_id    uuid primary key,
    reference  text not null,
    reason     text not null check (reason in ('RETENTION', 'REQUEST')),
    closed_at  timestamptz,
    erased_at  timestamptz not null,
    erased_by  uuid references user_account (id)
);
create index erased_case_erased on erased_case (erased_at desc);

-- People whose records were erased at their request. The account row stays, emptied, because
-- other records (sessions a coach logged, decisions a sponsor took, the audit log) point at it.
create table erased_person (
    user_id    uuid primary key references user_account (id),
    erased_at  timestamptz not null,
    erased_by  uuid not null references user_account (id),
    cases      int not null
);

-- Everything that hangs off a case goes with it: one delete of the case row erases the case, and
-- a table added later cannot be forgotten (RecordsTest checks every reference cascades).
do $$
declare
    fk record;
begin
    for fk in
        select c.conname, c.conrelid::regclass as owner, pg_get_constraintdef(c.oid) as definition
        from pg_constraint c
        where c.contype = 'f'
          and c.confrelid in ('relationship_case'::regclass, 'work_item'::regclass)
          and c.conrelid <> 'ledger_entry'::regclass
    loop
        execute format('alter table %s drop constraint %I', fk.owner, fk.conname);
        execute format('alter table %s add constraint %I %s on delete cascade', fk.owner, fk.conname, fk.definition);
    end loop;
end $$;

-- A coach's ledger is the coach's record of hours given against their pledge: it outlives the
-- case, which it names by id alone.
alter table ledger_entry drop constraint ledger_entry_case_id_fkey;
