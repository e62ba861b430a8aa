-- Pay cycles (docs/cycles.md): a custom-length span of days with the income expected in it. A user's
-- cycles never overlap, and the exclusion constraint holds that however many requests race to create
-- or move cycles: the second of two overlapping writes waits for the first and then fails with
-- SQLSTATE 23P01, which the API answers as 409 CYCLE_OVERLAP. btree_gist lets the constraint compare
-- the owner with = in the same GiST index as the date ranges (a trusted extension: the database owner
-- may create it).
create extension if not exists btree_gist;

create table cycles (
    id            uuid          primary key,
    user_id       uuid          not null references users (id) on delete cascade,
    name          varchar(100)  not null,
    start_date    date          not null,
    end_date      date          not null,
    income_amount numeric(16,4) not null,
    currency      char(3)       not null,
    status        varchar(10)   not null,
    version       bigint        not null default 0,
    created_at    timestamptz   not null default now(),
    updated_at    timestamptz   not null default now(),
    constraint cycles_income_not_negative check (income_amount >= 0),
    constraint cycles_status check (status in ('draft', 'active', 'completed')),
    -- At most 366 days, both ends included.
    constraint cycles_dates check (start_date <= end_date and end_date - start_date <= 365),
    constraint cycles_no_overlap
        exclude using gist (user_id with =, daterange(start_date, end_date, '[]') with &&)
);

-- A user's cycles in list order (by start date).
create index cycles_user_start_idx on cycles (user_id, start_date, id);

-- The expenses a cycle expects: occurrences of the user's recurring expenses inside the cycle, written
-- when the cycle is created with generate_from_recurring. They are not expenses. Deleting the cycle
-- deletes them; deleting the recurring expense keeps them without their origin. Like a recurring
-- expense's template, the category carries no foreign key: a deleted category leaves the item under
-- an unnamed category in the summary.
create table cycle_expected_items (
    id                   uuid          primary key,
    cycle_id             uuid          not null references cycles (id) on delete cascade,
    recurring_expense_id uuid          references recurring_expenses (id) on delete set null,
    date                 date          not null,
    amount               numeric(16,4) not null,
    currency             char(3)       not null,
    category_id          uuid          not null,
    description          varchar(200),
    constraint cycle_expected_items_amount_positive check (amount > 0)
);

-- A cycle's items by date (the list and the summary).
create index cycle_expected_items_cycle_idx on cycle_expected_items (cycle_id, date, id);
-- The foreign-key action when a recurring expense is deleted.
create index cycle_expected_items_recurring_idx on cycle_expected_items (recurring_expense_id)
    where recurring_expense_id is not null;
