-- Organisations of a pool: members subscribe, associates take part on other terms; each has a
-- contact the pool team can reach.
alter table organisation add column kind text not null default 'MEMBER' check (kind in ('MEMBER', 'ASSOCIATE'));
alter table organisation add column contact_name text;
alter table organisation add column contact_email text;
