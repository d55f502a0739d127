-- A process that nothing starts can be retired: its versions leave the engine and the library,
-- and their rows stay here for the history of any case that ran on them.
alter table process_definition add column retired_at timestamptz;

alter table process_change drop constraint process_change_action_check;
alter table process_change add constraint process_change_action_check
    check (action in ('DEPLOY', 'ROLLBACK', 'MIGRATE', 'RETIRE'));
