-- One row per expense. `amount` is exact (numeric) in the expense's own currency, at most
-- 999,999,999,999.9999 and already at the currency's minor units (the service refuses more decimals).
-- The category belongs to the same user: the service checks that, the foreign key only keeps the
-- category from disappearing under its expenses. `payment_method_id` gets its foreign key from the
-- migration that follows the payment-method table.
--
-- The five conversion columns hold the amount in the owner's base currency at the rate of `date`
-- (docs/expenses.md): all null while no rate is known, all set otherwise. They are derived data,
-- written only by the conversion statement (ExpenseConversions), never by the entity.
create table expenses (
    id                   uuid          primary key,
    user_id              uuid          not null references users (id) on delete cascade,
    amount               numeric(16,4) not null,
    currency             char(3)       not null,
    date                 date          not null,
    category_id          uuid          not null references categories (id),
    payment_method_id    uuid,
    description          varchar(200),
    merchant             varchar(200),
    notes                varchar(2000),
    tags                 text[]        not null default '{}',
    recurring_expense_id uuid,
    converted_amount     numeric,
    converted_currency   char(3),
    rate                 numeric,
    rate_date            date,
    rate_source          varchar(100),
    version              bigint        not null default 0,
    created_at           timestamptz   not null default now(),
    updated_at           timestamptz   not null default now(),
    constraint expenses_amount_positive check (amount > 0),
    constraint expenses_tags_at_most_20 check (cardinality(tags) <= 20),
    constraint expenses_conversion_all_or_nothing
        check (num_nulls(converted_amount, converted_currency, rate, rate_date, rate_source) in (0, 5))
);

-- The default list order (newest first, id as the tiebreaker) and date-range filters of one user:
-- an index scan that stops after one page.
create index expenses_user_date_idx on expenses (user_id, date desc, created_at desc, id desc);
-- Filters by category and the category's own questions (is it in use, how many expenses). Category ids
-- belong to one user, so the leading column is as selective as (user_id, category_id); it also serves
-- the foreign-key check when a category is deleted.
create index expenses_category_date_idx on expenses (category_id, date);
-- Filter by payment method, and the foreign-key check once payment methods can be deleted.
create index expenses_payment_method_idx on expenses (payment_method_id) where payment_method_id is not null;
-- Newly stored exchange rates refresh the conversions of every user's expenses from their first date on.
create index expenses_date_idx on expenses (date);

-- amount x rate_to / rate_from rounded to `scale` decimals, half to even, computed exactly: integer
-- division of amount x rate_to x 10^scale by rate_from, then the remainder decides the last digit.
-- Postgres' round() rounds half away from zero, and rounding a rounded quotient again can be off by
-- one unit; this does neither. Every argument is positive.
create function expense_convert_half_even(amount numeric, rate_to numeric, rate_from numeric, scale integer)
    returns numeric
    language sql immutable strict parallel safe
as $$
    select round(case when 2 * remainder > rate_from then quotient + 1
                      when 2 * remainder < rate_from then quotient
                      else quotient + mod(quotient, 2) end
                 / power(10::numeric, scale), scale)
      from (select div(scaled, rate_from) as quotient, mod(scaled, rate_from) as remainder
              from (select amount * rate_to * power(10::numeric, scale) as scaled) as s) as q
$$;
