-- An organisation that leaves the pool is closed: nobody new is added to it, its people and
-- everything they took part in stay.
alter table organisation add column active boolean not null default true;
