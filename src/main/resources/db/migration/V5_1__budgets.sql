-- Spending budgets, one row per budget (docs/budgets.md). `category_id` null means all spending; a
-- category covers its subcategories too. Its foreign key takes no action on delete: deleting a category
-- that a budget watches is refused (409 CATEGORY_IN_USE) rather than silently deleting or widening the
-- budget. Deleting the user deletes the budget through user_id (and the category in the same statement).
create table budgets (
    id               uuid          primary key,
    user_id          uuid          not null references users (id) on delete cascade,
    name             varchar(100)  not null,
    category_id      uuid          references categories (id),
    amount           numeric(16,4) not null,
    currency         char(3)       not null,
    period           varchar(10)   not null,
    start_date       date          not null,
    rollover         boolean       not null default false,
    alert_thresholds integer[]     not null default '{80,100}',
    active           boolean       not null default true,
    version          bigint        not null default 0,
    created_at       timestamptz   not null default now(),
    updated_at       timestamptz   not null default now(),
    constraint budgets_amount_positive check (amount > 0),
    constraint budgets_period check (period in ('weekly', 'monthly', 'quarterly', 'yearly')),
    constraint budgets_thresholds_at_most_10 check (cardinality(alert_thresholds) <= 10)
);

-- A user's budgets in list order; also the lock the alert check takes on the user's active budgets.
create index budgets_user_name_idx on budgets (user_id, lower(name), id);
-- The foreign-key check when a category is deleted.
create index budgets_category_idx on budgets (category_id) where category_id is not null;

-- Notifications of a user, newest first. A budget notification names the budget, the period and the
-- threshold it crossed; the unique index makes "one per budget, period and threshold" hold however
-- many expense writes race to create it (INSERT ... ON CONFLICT DO NOTHING). Rows without a budget
-- (other kinds) never collide, since nulls are distinct. Deleting the budget deletes its notifications.
create table notifications (
    id           uuid          primary key,
    user_id      uuid          not null references users (id) on delete cascade,
    type         varchar(40)   not null,
    budget_id    uuid          references budgets (id) on delete cascade,
    period_start date,
    period_end   date,
    threshold    integer,
    percent_used numeric(12,2),
    message      varchar(500)  not null,
    read         boolean       not null default false,
    created_at   timestamptz   not null default now()
);

create unique index notifications_budget_period_threshold_key on notifications (budget_id, period_start, threshold);
create index notifications_user_created_idx on notifications (user_id, created_at desc, id desc);
create index notifications_user_unread_idx on notifications (user_id, created_at desc, id desc) where not read;
