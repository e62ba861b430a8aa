-- The first answer to each creating request sent with an Idempotency-Key, kept 24 hours so that a
-- retry with the same key replays it. A row is inserted (claiming the key) and completed with the
-- answer in the transaction that creates the resource, so a committed row always has its answer.
create table idempotency_keys (
    user_id      uuid         not null references users (id) on delete cascade,
    idem_key     varchar(255) not null,
    request_hash char(64)     not null,
    status       smallint,
    body         text,
    location     text,
    etag         varchar(64),
    created_at   timestamptz  not null default now(),
    primary key (user_id, idem_key)
);
-- For the periodic removal of expired keys.
create index idempotency_keys_created_idx on idempotency_keys (created_at);
