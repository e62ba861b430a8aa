-- A recurring expense: the template of the expenses it creates and their schedule. The template follows
-- the expense rules (the service checks them through the expense domain); its category and payment
-- method are checked when the template is written and again each time an occurrence is created, so
-- they carry no foreign key here: deleting a category or payment method leaves the template pointing
-- at nothing, and its next occurrences are refused until the template is changed (docs/recurring.md).
--
-- `next_date` is the next occurrence still to create (null once `end_date` is passed); `last_date` the
-- latest occurrence created or skipped, from which the next one is computed again when the schedule
-- changes. Occurrence n is always computed from `start_date`, never from a previous one.
create table recurring_expenses (
    id                uuid          primary key,
    user_id           uuid          not null references users (id) on delete cascade,
    amount            numeric(16,4) not null,
    currency          char(3)       not null,
    category_id       uuid          not null,
    payment_method_id uuid,
    description       varchar(200),
    merchant          varchar(200),
    tags              text[]        not null default '{}',
    frequency         varchar(10)   not null,
    interval          integer       not null,
    start_date        date          not null,
    end_date          date,
    next_date         date,
    last_date         date,
    active            boolean       not null default true,
    version           bigint        not null default 0,
    created_at        timestamptz   not null default now(),
    updated_at        timestamptz   not null default now(),
    constraint recurring_expenses_amount_positive check (amount > 0),
    constraint recurring_expenses_frequency
        check (frequency in ('daily', 'weekly', 'biweekly', 'monthly', 'yearly')),
    constraint recurring_expenses_interval check (interval between 1 and 366),
    constraint recurring_expenses_dates check (end_date is null or end_date >= start_date)
);

-- The user's list, oldest first.
create index recurring_expenses_user_idx on recurring_expenses (user_id, created_at, id);
-- The materialisation job's scan for due occurrences.
create index recurring_expenses_due_idx on recurring_expenses (next_date) where active and next_date is not null;

-- Expenses created from a recurring expense keep it as their origin; deleting the recurring expense
-- keeps the expenses and forgets the origin.
alter table expenses
    add constraint expenses_recurring_expense_id_fkey
        foreign key (recurring_expense_id) references recurring_expenses (id) on delete set null;

-- Exactly once: one expense per recurring expense and occurrence date, whoever creates it (two
-- replicas, a re-run, a catch-up). It also serves the foreign-key check of the delete above.
create unique index expenses_recurring_occurrence_key on expenses (recurring_expense_id, date)
    where recurring_expense_id is not null;
