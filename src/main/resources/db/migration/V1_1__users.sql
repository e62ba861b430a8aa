create table users (
    id              uuid primary key,
    email           varchar(254) not null,
    password_hash   varchar(100) not null,
    display_name    varchar(100),
    base_currency   char(3)      not null default 'USD',
    timezone        varchar(64)  not null default 'UTC',
    roles           text[]       not null default '{user}',
    disabled        boolean      not null default false,
    version         bigint       not null default 0,
    created_at      timestamptz  not null default now(),
    updated_at      timestamptz  not null default now(),
    constraint users_email_lower_case check (email = lower(email))
);
create unique index users_email_key on users (email);

-- Refresh tokens are opaque to clients; only their SHA-256 is kept, so a database leak yields no usable token.
create table refresh_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  char(64)    not null,
    expires_at  timestamptz not null,
    spent_at    timestamptz,
    revoked_at  timestamptz,
    created_at  timestamptz not null default now()
);
create unique index refresh_tokens_token_hash_key on refresh_tokens (token_hash);
create index refresh_tokens_family_idx on refresh_tokens (family_id);
create index refresh_tokens_user_idx on refresh_tokens (user_id);

create table password_reset_tokens (
    id          uuid primary key,
    user_id     uuid        not null references users (id) on delete cascade,
    token_hash  char(64)    not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    created_at  timestamptz not null default now()
);
create unique index password_reset_tokens_token_hash_key on password_reset_tokens (token_hash);
create index password_reset_tokens_user_idx on password_reset_tokens (user_id);
