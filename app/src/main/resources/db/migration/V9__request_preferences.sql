-- What the request form now asks: how, where and when the thinker would like to meet, and the
-- readiness questions (states only). Requests made before keep "either" and "ready".
alter table case_request add column meeting_preference text not null default 'EITHER'
    check (meeting_preference in ('IN_PERSON', 'VIRTUAL', 'EITHER'));
alter table case_request add column place text;
alter table case_request add column availability text;
alter table case_request add column formal_process text not null default 'NO' check (formal_process in ('NO', 'YES'));
alter table case_request add column choosing text not null default 'YES' check (choosing in ('YES', 'NOT_SURE', 'NO'));
alter table case_request add column wellbeing text not null default 'COPING'
    check (wellbeing in ('COPING', 'SOMETIMES', 'STRUGGLING'));
alter table case_request add column readiness text not null default 'READY'
    check (readiness in ('READY', 'REFER_ON', 'NOT_SUITABLE'));
