-- Found by the simulator at 10,000 relationships a year: these reads scanned whole tables on
-- every match and every task for the pool team, so each step slowed as the pool grew.

-- Everyone with a role (the pool team for a team task, the coaches for matching): a handful of
-- people among thousands of thinkers and sponsors.
create index user_role_by_role on user_role (role);

-- Each coach's running relationships, counted for every ranking: the open cases alone, not every
-- case the pool has closed over the years.
create index relationship_case_open_by_coach on relationship_case (coach_id) where closed_at is null;

-- Pledged time used this year: sessions held since a date in running relationships, and the
-- ledger of closed ones, read for every ranking.
create index session_log_held_on on session_log (held_on);
create index ledger_entry_closed_on on ledger_entry (closed_on);
