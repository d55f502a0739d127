-- Where a case is in its process, for the diagram on the case page: the definition of the
-- relationship process the case runs, and the last stage-setting step it passed (which may be
-- inside a called process).
alter table relationship_case add column process_definition_key bigint;
alter table relationship_case add column position_definition_key bigint;
alter table relationship_case add column position_element_id text;
