create table categories (
    id          uuid primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    name        varchar(60)  not null,
    color       char(7)      not null,
    icon        varchar(40),
    parent_id   uuid references categories (id),
    archived    boolean      not null default false,
    version     bigint       not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now(),
    constraint categories_color_format check (color ~ '^#[0-9A-Fa-f]{6}$')
);
-- Names are unique per user regardless of case; the index also serves "categories of a user" lookups.
create unique index categories_user_name_key on categories (user_id, lower(name));
create index categories_parent_idx on categories (parent_id) where parent_id is not null;
