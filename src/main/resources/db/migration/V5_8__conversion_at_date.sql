-- The rule of the stored expense conversions (docs/expenses.md) as functions, for the statements that
-- convert on the fly (budget status, cycle summaries). Rates are per euro; the rate of a date is that
-- of the latest day on or before it on which both currencies are published; the exact ratio
-- rate_to / rate_from is applied and rounded once, half to even (expense_convert_half_even).

-- The euro rates to convert `from_code` into `to_code` at `on_date`: (rate_to, rate_from), (1, 1) for
-- the same currency, no row when no such day is known.
create function exchange_ratio_at(from_code char(3), to_code char(3), on_date date,
                                  out rate_to numeric, out rate_from numeric)
    returns setof record
    language sql stable strict parallel safe
    rows 1
as $$
    (select 1::numeric, 1::numeric
      where from_code = to_code)
    union all
    (select t.rate, 1
       from exchange_rates t
      where from_code = 'EUR' and to_code <> 'EUR'
        and t.base = 'EUR' and t.quote = to_code and t.rate_date <= on_date
      order by t.rate_date desc
      limit 1)
    union all
    (select 1, f.rate
       from exchange_rates f
      where to_code = 'EUR' and from_code <> 'EUR'
        and f.base = 'EUR' and f.quote = from_code and f.rate_date <= on_date
      order by f.rate_date desc
      limit 1)
    union all
    (select t.rate, f.rate
       from exchange_rates t
       join exchange_rates f
         on f.base = 'EUR' and f.quote = from_code and f.rate_date = t.rate_date
      where from_code <> 'EUR' and to_code <> 'EUR' and from_code <> to_code
        and t.base = 'EUR' and t.quote = to_code and t.rate_date <= on_date
      order by t.rate_date desc
      limit 1)
$$;

-- `amount` in `from_code` converted to `to_code` at the rate of `on_date`, to `scale` decimals. Null
-- when no rate is known: never a silent 1:1. The same currency is the amount itself.
create function convert_at_date(amount numeric, from_code char(3), to_code char(3), on_date date, scale integer)
    returns numeric
    language sql stable strict parallel safe
as $$
    select case when from_code = to_code then amount
                else expense_convert_half_even(amount, r.rate_to, r.rate_from, scale) end
      from exchange_ratio_at(from_code, to_code, on_date) r
$$;
