-- Institutions (banks, brokers) and the accounts a user holds with them, with dated balance
-- snapshots (docs/accounts.md). Deleting the user deletes all three through user_id and account_id.

create table institutions (
    id          uuid          primary key,
    user_id     uuid          not null references users (id) on delete cascade,
    name        varchar(100)  not null,
    country     char(2)       not null,
    website     varchar(2048),
    version     bigint        not null default 0,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    constraint institutions_country check (country ~ '^[A-Z]{2}$')
);
-- Names are unique per user regardless of case; the index also serves the list, in name order.
create unique index institutions_user_name_key on institutions (user_id, lower(name));

-- institution_id takes no action on delete: deleting an institution that accounts name is refused
-- (409 INSTITUTION_IN_USE) rather than silently detaching them. Deleting the user deletes both in one
-- statement, which the check at the end of that statement allows.
create table accounts (
    id              uuid          primary key,
    user_id         uuid          not null references users (id) on delete cascade,
    name            varchar(100)  not null,
    type            varchar(20)   not null,
    currency        char(3)       not null,
    institution_id  uuid          references institutions (id),
    archived        boolean       not null default false,
    version         bigint        not null default 0,
    created_at      timestamptz   not null default now(),
    updated_at      timestamptz   not null default now(),
    constraint accounts_type check (type in ('checking', 'savings', 'credit_card', 'investment', 'cash', 'loan'))
);
-- A user's accounts in the default list order (by name, case-insensitively); the filters narrow it.
create index accounts_user_name_idx on accounts (user_id, lower(name), id);
-- The filter by institution, and the foreign-key check when an institution is deleted.
create index accounts_institution_idx on accounts (institution_id) where institution_id is not null;

-- One balance per account and date. The primary key serves the time series (ascending by date, within
-- a range) and the latest balance (the last entry); an upsert is INSERT ... ON CONFLICT on it, so two
-- writes of one date leave one row however they race. Balances may be negative (loans, credit cards);
-- numeric(16,4) holds every amount up to 999,999,999,999.9999 in either direction.
create table account_values (
    account_id  uuid          not null references accounts (id) on delete cascade,
    date        date          not null,
    balance     numeric(16,4) not null,
    created_at  timestamptz   not null default now(),
    updated_at  timestamptz   not null default now(),
    primary key (account_id, date)
);
