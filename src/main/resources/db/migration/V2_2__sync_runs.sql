-- One row per run of a background sync job, for admins, metrics and the status endpoint.
create table sync_runs (
    id            uuid        primary key,
    job           varchar(40) not null,
    trigger       varchar(20) not null,
    started_at    timestamptz not null,
    finished_at   timestamptz,
    status        varchar(10) not null,
    provider      varchar(40),
    items_written integer     not null default 0,
    error         text,
    constraint sync_runs_status check (status in ('running', 'succeeded', 'partial', 'failed'))
);

create index sync_runs_job_started on sync_runs (job, started_at desc);

-- Per job: the last date it has complete data for. Advanced only in the transaction that wrote
-- that data, so a job that crashed or failed catches up from here on its next run.
create table sync_watermarks (
    job              varchar(40) primary key,
    complete_through date        not null,
    updated_at       timestamptz not null
);
