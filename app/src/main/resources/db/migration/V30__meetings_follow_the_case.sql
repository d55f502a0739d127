-- A meeting the service cancelled because its relationship ended has no person who changed it.
alter table meeting alter column changed_by drop not null;
