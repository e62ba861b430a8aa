create table payment_methods (
    id          uuid primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    name        varchar(60)  not null,
    type        varchar(20)  not null,
    last4       char(4),
    archived    boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint payment_methods_type check (type in ('cash', 'debit_card', 'credit_card', 'bank_transfer', 'e_wallet', 'other')),
    constraint payment_methods_last4_digits check (last4 ~ '^[0-9]{4}$'),
    -- The last four digits identify a card or a bank account; cash, wallets and "other" have none.
    constraint payment_methods_last4_type check (last4 is null or type in ('debit_card', 'credit_card', 'bank_transfer'))
);
-- Names are unique per user regardless of case; the index also serves "payment methods of a user", in name order.
create unique index payment_methods_user_name_key on payment_methods (user_id, lower(name));
