-- Sums of a user's expenses over a date range (budget status and alerts: a rollover budget reads every
-- expense since the budget started, a yearly one a year of them) read this index alone, without
-- visiting the table: an index-only scan of 50,000 entries instead of 50,000 scattered row reads
-- (docs/performance.md, "Analytics and budget status of a large account").
create index expenses_user_date_cover_idx on expenses (user_id, date)
    include (category_id, currency, amount, converted_currency, converted_amount);
