-- What the pool team did to get a stopped case moving beyond trying again (working a decision out
-- again with the live table), with the values the case then had and the engine's words before:
-- ids, states and periods, never text people wrote.
alter table case_problem add column correction text;
