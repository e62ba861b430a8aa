-- Duplicate detection of CSV imports (docs/expenses.md, "Import and export"): a row is a duplicate of
-- an expense of the same user with the same date, amount, currency, description and merchant. The
-- import looks each batch of rows up with one statement; this index finds the candidates of a row by
-- its first four columns, and description and merchant (up to 200 characters each, often null) are
-- compared on the few rows it returns rather than stored in the index a second time.
create index expenses_import_key_idx on expenses (user_id, date, amount, currency);
