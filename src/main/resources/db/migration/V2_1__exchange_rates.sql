-- Rates exactly as providers published them: units of `quote` per one `base` on `rate_date`.
-- Inverse and cross rates are derived on read and never stored. `rate` is an unconstrained
-- numeric so the provider's digits are kept as published.
create table exchange_rates (
    rate_date  date        not null,
    base       char(3)     not null,
    quote      char(3)     not null,
    rate       numeric     not null,
    source     varchar(40) not null,
    fetched_at timestamptz not null,
    constraint exchange_rates_pk primary key (base, quote, rate_date),
    constraint exchange_rates_rate_positive check (rate > 0),
    constraint exchange_rates_distinct_pair check (base <> quote)
);

-- "Latest day on or before D for a base" and "every rate of that day".
create index exchange_rates_base_date on exchange_rates (base, rate_date desc);
