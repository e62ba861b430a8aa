-- Securities: global reference data (not per user), registered by symbol after a price provider
-- confirmed it (docs/market.md). `symbol` is stored upper case and unique; `provider_key` is what a
-- provider needs besides the symbol (CoinGecko's coin id for crypto), null when the symbol is enough.
create table securities (
    id           uuid         primary key,
    symbol       varchar(32)  not null,
    name         varchar(200) not null,
    type         varchar(10)  not null,
    exchange     varchar(64),
    currency     char(3)      not null,
    provider_key varchar(100),
    created_at   timestamptz  not null default now(),
    constraint securities_symbol_key unique (symbol),
    constraint securities_symbol_upper check (symbol = upper(symbol)),
    constraint securities_type check (type in ('equity', 'etf', 'fund', 'crypto', 'bond', 'other'))
);

-- Search: a symbol prefix (the unique index above serves `symbol like 'AA%'` in the C collation only,
-- so this one with pattern ops does it in any) and a name fragment (the table is small reference
-- data; the name scan stays cheap).
create index securities_symbol_pattern_idx on securities (symbol varchar_pattern_ops);

-- Daily prices exactly as the provider published them (unconstrained numeric keeps its digits).
-- A day a provider has no bar for has no row, never zeros. `source` names the provider of the row.
-- The primary key makes every re-sync an upsert.
create table security_prices (
    security_id uuid        not null references securities (id) on delete cascade,
    price_date  date        not null,
    open        numeric,
    high        numeric,
    low         numeric,
    close       numeric     not null,
    adj_close   numeric,
    volume      bigint,
    source      varchar(40) not null,
    fetched_at  timestamptz not null,
    constraint security_prices_pk primary key (security_id, price_date),
    constraint security_prices_close_positive check (close > 0),
    constraint security_prices_volume_not_negative check (volume is null or volume >= 0)
);
