-- A calendar invitation (RFC 5545) sent with the message, exactly as sent, so an update or a
-- cancellation written later can be checked against it. Built from dates, kinds and names only.
alter table mail_outbox add column calendar text;
alter table mail_outbox add column calendar_method text check (calendar_method in ('REQUEST', 'CANCEL'));
