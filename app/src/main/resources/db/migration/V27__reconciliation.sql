-- Reconciliation (ADR 0025): each hourly comparison of the database with the engine, and the
-- differences it found that lasted from one comparison to the next. Ids and counts only.
create table reconciliation_run (
    id             uuid primary key,
    ran_at         timestamptz not null,
    tasks_checked  int not null,
    cases_checked  int not null,
    engine_reached boolean not null,
    findings       jsonb not null
);
create index reconciliation_run_latest on reconciliation_run (ran_at desc);
