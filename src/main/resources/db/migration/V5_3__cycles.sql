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

-- `amount` in `from_code` converted to `to_code` at the rate of `on_date`, by the rule of the stored
-- expense conversions (docs/expenses.md): rates are per euro, the rate of the latest day on or before
-- `on_date` on which both currencies are published, the exact ratio rounded once, half to even, to
-- `scale` decimals (expense_convert_half_even). Null when no such rate is known: never a silent 1:1.
-- The same currency is the amount itself.
create function convert_at_date(amount numeric, from_code char(3), to_code char(3), on_date date, scale integer)
    returns numeric
    language sql stable strict parallel safe
as $$
    select c.converted
      from (select amount as converted
             where from_code = to_code
            union all
            (select expense_convert_half_even(amount, t.rate, 1, scale)
               from exchange_rates t
              where from_code = 'EUR' and to_code <> 'EUR'
                and t.base = 'EUR' and t.quote = to_code and t.rate_date <= on_date
              order by t.rate_date desc
              limit 1)
            union all
            (select expense_convert_half_even(amount, 1, f.rate, scale)
               from exchange_rates f
              where to_code = 'EUR' and from_code <> 'EUR'
                and f.base = 'EUR' and f.quote = from_code and f.rate_date <= on_date
              order by f.rate_date desc
              limit 1)
            union all
            (select expense_convert_half_even(amount, t.rate, f.rate, scale)
               from exchange_rates t
               join exchange_rates f
                 on f.base = 'EUR' and f.quote = from_code and f.rate_date = t.rate_date
              where from_code <> 'EUR' and to_code <> 'EUR' and from_code <> to_code
                and t.base = 'EUR' and t.quote = to_code and t.rate_date <= on_date
              order by t.rate_date desc
              limit 1)) c
     limit 1
$$;
