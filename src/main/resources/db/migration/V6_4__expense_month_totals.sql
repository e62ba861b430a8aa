-- Each user's expenses summed per calendar month, category, currency and stored conversion, kept by
-- the triggers below in the same transaction as every write to `expenses` (API, import, recurring job,
-- conversion refresh after new rates, deletes). Budget status and alerts read the whole months of a
-- long window (a yearly budget, every period of a rollover budget since it started) from here, and only
-- the days at its edges from the expenses themselves (BudgetFigures, docs/budgets.md).
--
-- A row holds the exact sum of `amount`, the exact sum of the stored conversion (null while the
-- expenses of the group have none: the conversion columns are all set or all null, and the stored
-- conversion currency is part of the key) and how many expenses it sums. Rows that drop to no expense
-- are deleted. There is no foreign key to categories: a category cannot be deleted while expenses use
-- it, and then no row names it either.
create table expense_month_totals (
    user_id            uuid     not null references users (id) on delete cascade,
    month              date     not null,
    category_id        uuid     not null,
    currency           char(3)  not null,
    converted_currency char(3),
    amount             numeric  not null,
    converted_amount   numeric,
    expenses           integer  not null,
    constraint expense_month_totals_first_day check (extract(day from month) = 1)
);

-- One row per group, a missing conversion being a group of its own; also the read path (user, months).
create unique index expense_month_totals_key
    on expense_month_totals (user_id, month, category_id, currency, converted_currency) nulls not distinct;

-- Applies what one statement did to `expenses`. The rows it inserted count +1, the rows it deleted -1,
-- a changed row -1 in its old group and +1 in its new one; summed per group first, groups the statement
-- left as they were (a new description, a conversion refreshed to the same figures) are not written.
-- Existing groups are updated; the others are inserted in key order (ON CONFLICT adds to a group a
-- concurrent transaction inserted meanwhile); groups left with no expense are deleted. A group is only
-- ever inserted with expenses added to it: deleting a user deletes their expenses after their groups,
-- and that must not bring a group back.
create function expense_month_totals_apply() returns trigger
    language plpgsql
as $fn$
declare
    source text := case tg_op
        when 'INSERT' then 'select n.*, 1 as sign from new_rows n'
        when 'DELETE' then 'select o.*, -1 as sign from old_rows o'
        else 'select n.*, 1 as sign from new_rows n union all select o.*, -1 as sign from old_rows o' end;
begin
    execute format($sql$
        with d as (
            select r.user_id, cast(date_trunc('month', r.date) as date) as month, r.category_id, r.currency,
                   r.converted_currency, sum(r.sign * r.amount) as amount,
                   sum(r.sign * r.converted_amount) as converted_amount, cast(sum(r.sign) as integer) as expenses
              from (%s) r
             group by 1, 2, 3, 4, 5
            having sum(r.sign) <> 0 or sum(r.sign * r.amount) <> 0 or coalesce(sum(r.sign * r.converted_amount), 0) <> 0),
        updated as (
            update expense_month_totals t
               set amount = t.amount + d.amount, converted_amount = t.converted_amount + d.converted_amount,
                   expenses = t.expenses + d.expenses
              from d
             where t.user_id = d.user_id and t.month = d.month and t.category_id = d.category_id
               and t.currency = d.currency and t.converted_currency is not distinct from d.converted_currency
            returning t.user_id, t.month, t.category_id, t.currency, t.converted_currency)
        insert into expense_month_totals as t
               (user_id, month, category_id, currency, converted_currency, amount, converted_amount, expenses)
        select d.user_id, d.month, d.category_id, d.currency, d.converted_currency, d.amount, d.converted_amount,
               d.expenses
          from d
         where d.expenses > 0
           and not exists (select 1 from updated u
                            where u.user_id = d.user_id and u.month = d.month and u.category_id = d.category_id
                              and u.currency = d.currency
                              and u.converted_currency is not distinct from d.converted_currency)
         order by d.user_id, d.month, d.category_id, d.currency, d.converted_currency
        on conflict (user_id, month, category_id, currency, converted_currency) do update
           set amount = t.amount + excluded.amount,
               converted_amount = t.converted_amount + excluded.converted_amount,
               expenses = t.expenses + excluded.expenses
        $sql$, source);
    if tg_op <> 'INSERT' then
        delete from expense_month_totals t
         using (select distinct o.user_id, cast(date_trunc('month', o.date) as date) as month, o.category_id,
                       o.currency, o.converted_currency
                  from old_rows o) g
         where t.expenses = 0 and t.user_id = g.user_id and t.month = g.month and t.category_id = g.category_id
           and t.currency = g.currency and t.converted_currency is not distinct from g.converted_currency;
    end if;
    return null;
end
$fn$;

create trigger expense_month_totals_insert after insert on expenses
    referencing new table as new_rows for each statement execute function expense_month_totals_apply();
create trigger expense_month_totals_update after update on expenses
    referencing old table as old_rows new table as new_rows for each statement execute function expense_month_totals_apply();
create trigger expense_month_totals_delete after delete on expenses
    referencing old table as old_rows for each statement execute function expense_month_totals_apply();

-- The expenses stored before this migration.
insert into expense_month_totals (user_id, month, category_id, currency, converted_currency, amount,
                                  converted_amount, expenses)
select e.user_id, cast(date_trunc('month', e.date) as date), e.category_id, e.currency, e.converted_currency,
       sum(e.amount), sum(e.converted_amount), count(*)
  from expenses e
 group by 1, 2, 3, 4, 5;
