-- Holdings: how much of a registered security an account holds and what it cost in total
-- (docs/portfolio.md). One holding per account and security. Deleting the user or the account deletes
-- its holdings; security_id takes no action on delete, so a held security cannot be deleted and no
-- holding is ever left without its security.
create table holdings (
    id            uuid          primary key,
    user_id       uuid          not null references users (id) on delete cascade,
    account_id    uuid          not null references accounts (id) on delete cascade,
    security_id   uuid          not null references securities (id),
    -- Up to 8 decimals (fractional shares, crypto); at most 999,999,999,999.99999999.
    quantity      numeric(20,8) not null,
    -- The total paid for the whole quantity, in cost_currency's minor units (never per unit).
    cost_basis    numeric(16,4) not null,
    cost_currency char(3)       not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint holdings_quantity_positive check (quantity > 0),
    constraint holdings_cost_basis_not_negative check (cost_basis >= 0)
);
-- One holding per account and security; the index also serves an account's list and its deletion.
create unique index holdings_account_security_key on holdings (account_id, security_id);
-- The securities anyone holds (the price job's list) and the foreign-key check of a security's deletion.
create index holdings_security_idx on holdings (security_id);
-- A user's portfolio: every holding of the user.
create index holdings_user_idx on holdings (user_id);
