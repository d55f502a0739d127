-- Failed sign-ins, to slow down guessing: kept for a day, then deleted. The name is as it was
-- typed (lower case), whether or not an account has it, so the throttle treats every name alike.
create table sign_in_failure (
    id bigserial primary key,
    account_key text not null,
    address text not null,
    failed_at timestamptz not null
);
create index sign_in_failure_by_account on sign_in_failure (account_key, failed_at);
create index sign_in_failure_by_address on sign_in_failure (address, failed_at);
