-- Claiming: a person takes an unassigned task offered to their group; handing it back makes it
-- the group's again. Tasks the process assigned by name cannot be claimed or handed back.
alter table work_item add column offered_to_group boolean not null default false;
update work_item set offered_to_group = (assignee is null);
