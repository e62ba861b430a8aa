-- Descriptions a user saved for quick picking in a category. Deleting the category (or the user) deletes them.
create table category_descriptions (
    id          uuid primary key,
    user_id     uuid         not null references users (id) on delete cascade,
    category_id uuid         not null references categories (id) on delete cascade,
    text        varchar(200) not null,
    created_at  timestamptz  not null default now()
);
-- One text per category regardless of case; also serves "descriptions of a category" in text order
-- and the cascade from categories.
create unique index category_descriptions_category_text_key on category_descriptions (category_id, lower(text));
-- For the cascade when a user is deleted.
create index category_descriptions_user_idx on category_descriptions (user_id);
