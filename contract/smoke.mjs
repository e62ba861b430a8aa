// Every endpoint of the API, called once or more through a Prism validation proxy
// (`prism proxy --errors`) that checks each request and answer against the served OpenAPI
// document. Started by bin/contract-check, which sets the environment below.
//
// A call fails when its status is not the one expected, when Prism reports a violation of the
// document (the sl-violations header, or its own problem answer instead of the application's),
// or when the answer did not come from the application at all (no X-Request-Id). At the end,
// every operation of the document must have been called.
//
// Adding an endpoint: one line per request in the right section below, e.g.
//   const pets = (await call(201, 'POST', '/api/v1/categories', { token, body: { name: 'Pets', color: '#AA5500' } })).body;
//   await call(404, 'GET', `/api/v1/categories/${randomUUID()}`, { token });
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';

const PROXY = required('CONTRACT_PROXY_URL'); // Prism, in front of the application
const APP = required('CONTRACT_APP_URL'); // the application itself, for what Prism cannot carry
const DOCUMENT = JSON.parse(readFileSync(required('CONTRACT_DOCUMENT'), 'utf8'));
const ADMIN_EMAIL = required('CONTRACT_ADMIN_EMAIL'); // listed in COFFER_ADMIN_EMAILS of the application
const STAMP = required('CONTRACT_STAMP'); // makes this run's accounts unique
const results = [];
const called = new Set(); // operations of the document called, as "METHOD /template"

const password = 'correct horse battery';
const newPassword = 'battery staple horse correct';
const ada = `ada-${STAMP}@contract.test`;
const bob = `bob-${STAMP}@contract.test`;

// --- Auth --------------------------------------------------------------------------------------
const adaUser = (await call(201, 'POST', '/api/v1/auth/register', { body: { email: ada, password, display_name: 'Ada', base_currency: 'EUR', timezone: 'Europe/Paris' } })).body;
const bobUser = (await call(201, 'POST', '/api/v1/auth/register', { body: { email: bob, password } })).body;
await call(201, 'POST', '/api/v1/auth/register', { body: { email: ADMIN_EMAIL, password } });
await call(409, 'POST', '/api/v1/auth/register', { body: { email: ada, password } });
await call(422, 'POST', '/api/v1/auth/register', { body: { email: `carol-${STAMP}@contract.test`, password, base_currency: 'ABC' } });
await direct(400, 'POST', '/api/v1/auth/register', { rawBody: '{"email": "dan@contract.test", "password":' });
const first = (await call(200, 'POST', '/api/v1/auth/login', { body: { email: ada, password } })).body;
await call(401, 'POST', '/api/v1/auth/login', { body: { email: ada, password: 'not the password' } });
const second = (await call(200, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: first.refresh_token } })).body;
await call(401, 'POST', '/api/v1/auth/refresh', { body: { refresh_token: 'no-such-refresh-token' } });
await call(204, 'POST', '/api/v1/auth/logout', { token: second.access_token, body: { refresh_token: second.refresh_token } });
let token = (await call(200, 'POST', '/api/v1/auth/login', { body: { email: ada, password } })).body.access_token;
await call(204, 'POST', '/api/v1/auth/password', { token, body: { current_password: password, new_password: newPassword } });
await call(403, 'POST', '/api/v1/auth/password', { token, body: { current_password: password, new_password: newPassword } });
await call(202, 'POST', '/api/v1/auth/password-reset', { body: { email: ada } });
const nobody = `nobody-${STAMP}@contract.test`; // 3 reset requests an hour per address
await call(202, 'POST', '/api/v1/auth/password-reset', { body: { email: nobody } });
await call(202, 'POST', '/api/v1/auth/password-reset', { body: { email: nobody } });
await call(202, 'POST', '/api/v1/auth/password-reset', { body: { email: nobody } });
await call(429, 'POST', '/api/v1/auth/password-reset', { body: { email: nobody } });
await call(400, 'POST', '/api/v1/auth/password-reset/confirm', { body: { token: 'no-such-reset-token', new_password: password } });

// --- Users -------------------------------------------------------------------------------------
const me = await call(200, 'GET', '/api/v1/users/me', { token });
await call(401, 'GET', '/api/v1/users/me', { token: 'not-a-valid-token' });
await direct(401, 'GET', '/api/v1/users/me', {}); // no token at all: Prism would answer this itself
await call(200, 'PATCH', '/api/v1/users/me', { token, headers: { 'If-Match': me.headers.get('etag') }, body: { display_name: 'Ada Lovelace' } });
await call(412, 'PATCH', '/api/v1/users/me', { token, headers: { 'If-Match': '"999999"' }, body: { timezone: 'UTC' } });
await call(422, 'PATCH', '/api/v1/users/me', { token, body: { timezone: 'Mars/Olympus_Mons' } });
await direct(400, 'PATCH', '/api/v1/users/me', { token, rawBody: '{"display_name": ' });
await call(403, 'DELETE', '/api/v1/users/me', { token, body: { password: 'not the password' } });

// --- Administration: users ---------------------------------------------------------------------
const admin = (await call(200, 'POST', '/api/v1/auth/login', { body: { email: ADMIN_EMAIL, password } })).body.access_token;
await call(403, 'GET', '/api/v1/admin/users', { token });
await call(200, 'GET', `/api/v1/admin/users?q=${STAMP}&page=1&size=10`, { token: admin });
await call(200, 'PATCH', `/api/v1/admin/users/${bobUser.id}`, { token: admin, body: { disabled: true } });
await call(403, 'POST', '/api/v1/auth/login', { body: { email: bob, password } });
await call(404, 'PATCH', `/api/v1/admin/users/${randomUUID()}`, { token: admin, body: { disabled: true } });
await call(412, 'PATCH', `/api/v1/admin/users/${adaUser.id}`, { token: admin, headers: { 'If-Match': '"999999"' }, body: { disabled: false } });
await call(422, 'PATCH', `/api/v1/admin/users/${adaUser.id}`, { token: admin, body: { roles: ['owner'] } });

// --- Administration: sync (the application's ECB provider is a local fake serving today's rates) --
await call(404, 'POST', '/api/v1/admin/sync/no-such-job', { token: admin });
await call(403, 'POST', '/api/v1/admin/sync/exchange-rates', { token });
const run = (await call(202, 'POST', '/api/v1/admin/sync/exchange-rates', { token: admin })).body;
const finished = await eventually(async () => {
    const runs = (await call(200, 'GET', '/api/v1/admin/sync/runs?job=exchange-rates', { token: admin })).body;
    return runs.items.find(candidate => candidate.id === run.id && candidate.status !== 'running');
});
expect(finished.status === 'succeeded', `the sync run succeeded (${finished.status}: ${finished.error})`);
await call(200, 'GET', '/api/v1/sync/status', { token });

// --- Currencies and exchange rates --------------------------------------------------------------
await call(200, 'GET', '/api/v1/currencies?page=2&size=20');
const latest = (await call(200, 'GET', '/api/v1/exchange-rates/latest?base=USD&symbols=EUR,GBP,JPY', { token })).body;
await call(422, 'GET', '/api/v1/exchange-rates/latest?symbols=XXX', { token });
await call(200, 'GET', `/api/v1/exchange-rates/${latest.date}?base=EUR`, { token });
await call(404, 'GET', '/api/v1/exchange-rates/1990-01-02', { token });
await call(200, 'GET', `/api/v1/exchange-rates/history?base=GBP&symbol=USD&start_date=${daysBefore(latest.date, 30)}&end_date=${latest.date}`, { token });
await call(422, 'GET', `/api/v1/exchange-rates/history?symbol=USD&start_date=${latest.date}&end_date=${daysBefore(latest.date, 1)}`, { token });
await call(200, 'GET', '/api/v1/exchange-rates/convert?amount=25.50&from=EUR&to=JPY', { token });
await call(422, 'GET', '/api/v1/exchange-rates/convert?amount=0&from=EUR&to=USD', { token });
await call(404, 'GET', '/api/v1/exchange-rates/convert?amount=10&from=EUR&to=USD&date=1990-01-02', { token });

// --- Categories --------------------------------------------------------------------------------
await call(200, 'GET', '/api/v1/categories', { token });
await call(200, 'GET', '/api/v1/categories?include_archived=true', { token });
const petsKey = { 'Idempotency-Key': `pets-${STAMP}` };
const pets = await call(201, 'POST', '/api/v1/categories', { token, headers: petsKey, body: { name: 'Pets', color: '#AA5500', icon: 'paw' } });
const petsAgain = await call(201, 'POST', '/api/v1/categories', { token, headers: petsKey, body: { name: 'Pets', color: '#AA5500', icon: 'paw' } });
expect(petsAgain.body.id === pets.body.id, 'a replayed Idempotency-Key answers with the first category');
await call(422, 'POST', '/api/v1/categories', { token, headers: petsKey, body: { name: 'Plants', color: '#00AA00' } });
await call(409, 'POST', '/api/v1/categories', { token, body: { name: 'PETS', color: '#AA5500' } });
await direct(422, 'POST', '/api/v1/categories', { token, rawBody: JSON.stringify({ name: 'Garden', color: 'green' }) });
await direct(400, 'POST', '/api/v1/categories', { token, rawBody: '{"name": ' });
const vet = (await call(201, 'POST', '/api/v1/categories', { token, body: { name: 'Vet', color: '#123456', parent_id: pets.body.id } })).body;
await call(422, 'POST', '/api/v1/categories', { token, body: { name: 'Vaccines', color: '#123456', parent_id: vet.id } });
const petsNow = await call(200, 'GET', `/api/v1/categories/${pets.body.id}`, { token });
await call(404, 'GET', `/api/v1/categories/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/categories/not-an-id', { token });
const renamed = await call(200, 'PATCH', `/api/v1/categories/${pets.body.id}`, { token, headers: { 'If-Match': petsNow.headers.get('etag') }, body: { name: 'Pet care', archived: false } });
await call(412, 'PATCH', `/api/v1/categories/${pets.body.id}`, { token, headers: { 'If-Match': petsNow.headers.get('etag') }, body: { icon: 'dog' } });
await call(409, 'PATCH', `/api/v1/categories/${vet.id}`, { token, body: { name: 'pet care' } });
await direct(422, 'PATCH', `/api/v1/categories/${vet.id}`, { token, rawBody: JSON.stringify({ color: '#12345' }) });
await call(404, 'PATCH', `/api/v1/categories/${randomUUID()}`, { token, body: { icon: 'dog' } });
await call(200, 'GET', `/api/v1/categories/${pets.body.id}/descriptions`, { token });
const food = (await call(201, 'POST', `/api/v1/categories/${pets.body.id}/descriptions`, { token, body: { text: 'Dog food' } })).body;
await call(200, 'POST', `/api/v1/categories/${pets.body.id}/descriptions`, { token, body: { text: 'dog food ' } });
await direct(422, 'POST', `/api/v1/categories/${pets.body.id}/descriptions`, { token, rawBody: JSON.stringify({ text: '' }) });
await call(404, 'POST', `/api/v1/categories/${randomUUID()}/descriptions`, { token, body: { text: 'Dog food' } });
await call(204, 'DELETE', `/api/v1/categories/${pets.body.id}/descriptions/${food.id}`, { token });
await call(404, 'DELETE', `/api/v1/categories/${pets.body.id}/descriptions/${food.id}`, { token });

// --- Expenses (while the categories above still exist) -----------------------------------------
// Ada's today: the application reads "today" in her time zone, a day ahead of UTC from 23:00 UTC in winter.
const today = dayIn('Europe/Paris');
const lunchKey = { 'Idempotency-Key': `lunch-${STAMP}` };
const lunchBody = { amount: '25.50', currency: 'USD', date: today, category_id: pets.body.id, description: 'Lunch', merchant: 'Chez Marcel', tags: ['work'] };
const lunch = await call(201, 'POST', '/api/v1/expenses', { token, headers: lunchKey, body: lunchBody });
const lunchAgain = await call(201, 'POST', '/api/v1/expenses', { token, headers: lunchKey, body: lunchBody });
expect(lunchAgain.body.id === lunch.body.id, 'a replayed Idempotency-Key answers with the first expense');
await call(422, 'POST', '/api/v1/expenses', { token, headers: lunchKey, body: { ...lunchBody, amount: '26.00' } });
await call(422, 'POST', '/api/v1/expenses', { token, body: { amount: '1.5', currency: 'JPY', date: today, category_id: pets.body.id } });
await call(422, 'POST', '/api/v1/expenses', { token, body: { amount: '10.00', date: daysBefore(today, -5), category_id: pets.body.id } });
await call(422, 'POST', '/api/v1/expenses', { token, body: { amount: '10.00', date: today, category_id: pets.body.id, payment_method_id: randomUUID() } });
await direct(400, 'POST', '/api/v1/expenses', { token, rawBody: '{"amount": ' });
const taxi = (await call(201, 'POST', '/api/v1/expenses', { token, body: { amount: '3000', currency: 'JPY', date: today, category_id: vet.id } })).body;
const lunchNow = await call(200, 'GET', `/api/v1/expenses/${lunch.body.id}`, { token });
await call(404, 'GET', `/api/v1/expenses/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/expenses/not-an-id', { token });
await call(200, 'GET', `/api/v1/expenses?start_date=${daysBefore(today, 7)}&end_date=${today}&category_id=${pets.body.id}&category_id=${vet.id}&currency=USD&min_amount=1&max_amount=100&tag=work&q=lunch&sort=-amount,date&page=1&size=10`, { token });
await call(200, 'GET', '/api/v1/expenses', { token });
await call(422, 'GET', '/api/v1/expenses?sort=merchant', { token });
await direct(422, 'GET', '/api/v1/expenses?size=201', { token }); // Prism refuses it itself: the document says at most 200
const csv = { 'Content-Type': 'text/csv' };
const csvFile = `date,amount,currency,category,description,merchant,notes,tags,payment_method\n${today},4.20,EUR,Snacks,"Crisps, salted",,"two\nlines",work;snack,\n`;
await call(200, 'POST', '/api/v1/expenses/import?dry_run=true', { token, headers: csv, rawBody: csvFile });
await call(200, 'POST', '/api/v1/expenses/import', { token, headers: csv, rawBody: csvFile });
await call(200, 'POST', '/api/v1/expenses/import?partial=true&map=Datum:date', { token, headers: csv, rawBody: 'Datum,amount,category\n2025-02-30,1,Snacks\n' });
await call(422, 'POST', '/api/v1/expenses/import?map=Betrag:price', { token, headers: csv, rawBody: csvFile });
await call(422, 'POST', '/api/v1/expenses/import', { token, headers: csv, rawBody: 'date,currency\n' });
await direct(415, 'POST', '/api/v1/expenses/import', { token, rawBody: '{}' }); // Prism refuses a media type the document does not list
const exported = await call(200, 'GET', `/api/v1/expenses/export?start_date=${daysBefore(today, 7)}&category_id=${pets.body.id}&sort=date`, { token, headers: { Accept: 'text/csv' } });
await call(200, 'POST', '/api/v1/expenses/import', { token, headers: csv, rawBody: exported.body });
await call(200, 'GET', '/api/v1/expenses/export?format=json&q=crisps', { token });
await call(422, 'GET', '/api/v1/expenses/export?sort=merchant', { token });
await direct(422, 'GET', '/api/v1/expenses/export?format=xml', { token }); // Prism refuses it itself: not in the document's enum
const patched = await call(200, 'PATCH', `/api/v1/expenses/${lunch.body.id}`, { token, headers: { 'If-Match': lunchNow.headers.get('etag') }, body: { notes: 'with the team', merchant: null } });
await call(412, 'PATCH', `/api/v1/expenses/${lunch.body.id}`, { token, headers: { 'If-Match': lunchNow.headers.get('etag') }, body: { notes: 'stale' } });
await call(422, 'PATCH', `/api/v1/expenses/${lunch.body.id}`, { token, body: { amount: '-1' } });
await call(404, 'PATCH', `/api/v1/expenses/${randomUUID()}`, { token, body: { notes: 'nobody' } });
await call(200, 'PUT', `/api/v1/expenses/${lunch.body.id}`, { token, headers: { 'If-Match': patched.headers.get('etag') }, body: { amount: '27.00', currency: 'USD', date: today, category_id: pets.body.id, description: 'Lunch' } });
await call(412, 'PUT', `/api/v1/expenses/${lunch.body.id}`, { token, headers: { 'If-Match': patched.headers.get('etag') }, body: { amount: '28.00', date: today, category_id: pets.body.id } });
const month = (await call(200, 'GET', `/api/v1/expenses/summary?start_date=${daysBefore(today, 29)}&end_date=${today}`, { token })).body;
const listed = (await call(200, 'GET', `/api/v1/expenses?start_date=${daysBefore(today, 29)}&end_date=${today}&size=1`, { token })).body;
expect(month.by_day.length === 30 && month.count + month.unconverted_count === listed.total,
    `the summary lists every day and counts every expense the list has for those days (${month.count} + ${month.unconverted_count} of ${listed.total})`);
await call(200, 'GET', '/api/v1/expenses/summary', { token }); // no dates: the current month in Europe/Paris
await call(422, 'GET', `/api/v1/expenses/summary?start_date=${today}&end_date=${daysBefore(today, 1)}`, { token });
await call(422, 'GET', `/api/v1/expenses/summary?start_date=${daysBefore(today, 400)}&end_date=${today}`, { token });
await call(200, 'GET', `/api/v1/expenses/stats?start_date=${daysBefore(today, 29)}&end_date=${today}`, { token });
await call(422, 'GET', `/api/v1/expenses/stats?start_date=${today}`, { token });
await direct(422, 'GET', '/api/v1/expenses/stats?start_date=2025-13-01&end_date=2025-12-31', { token }); // Prism refuses a malformed date itself
const [year, monthOfYear] = today.split('-').map(Number);
const analytics = (await call(200, 'GET', `/api/v1/analytics/monthly/${year}/${monthOfYear}`, { token })).body;
expect(analytics.daily.length >= 28 && analytics.compared_to_previous_month !== undefined, 'the month lists every day and the previous month');
await call(422, 'GET', `/api/v1/analytics/monthly/${year}/13`, { token });
await call(422, 'GET', '/api/v1/analytics/monthly/1899/1', { token });
const trends = (await call(200, 'GET', '/api/v1/analytics/trends?months=3', { token })).body;
expect(trends.months.length === 3, 'the trends list the three months asked for');
await call(200, 'GET', '/api/v1/analytics/trends', { token });
await call(422, 'GET', '/api/v1/analytics/trends?months=25', { token });
const insights = (await call(200, 'GET', '/api/v1/analytics/insights', { token })).body;
expect(insights.date === today && Array.isArray(insights.items), 'the insights are for today and list their findings');
await call(200, 'GET', `/api/v1/analytics/insights?date=${today}`, { token });
await call(422, 'GET', '/api/v1/analytics/insights?date=1899-12-31', { token });
await direct(422, 'GET', '/api/v1/analytics/insights?date=2025-13-01', { token }); // Prism refuses a malformed date itself
await call(422, 'GET', '/api/v1/analytics/forecast', { token }); // NOT_ENOUGH_HISTORY: every expense so far is this month's
const pastMonths = [];
for (const days of [100, 70, 40]) {
    pastMonths.push((await call(201, 'POST', '/api/v1/expenses', { token, body: { amount: `${days}.00`, currency: 'EUR', date: daysBefore(today, days), category_id: pets.body.id } })).body);
}
const forecast = (await call(200, 'GET', '/api/v1/analytics/forecast?months=2', { token })).body;
expect(forecast.overall.length === 2 && forecast.history_months >= 3 && forecast.by_category.some((category) => category.category_id === pets.body.id),
    'the forecast covers the two months asked for, from at least three months of history, with the category spent in');
await call(200, 'GET', '/api/v1/analytics/forecast', { token });
await call(422, 'GET', '/api/v1/analytics/forecast?months=7', { token });
for (const expense of pastMonths) {
    await call(204, 'DELETE', `/api/v1/expenses/${expense.id}`, { token });
}
await call(409, 'DELETE', `/api/v1/categories/${vet.id}`, { token }); // CATEGORY_IN_USE: the taxi is filed under it
await call(204, 'DELETE', `/api/v1/expenses/${taxi.id}`, { token });
await call(404, 'DELETE', `/api/v1/expenses/${taxi.id}`, { token });

// --- Categories, continued: deleting them (the lunch above moves with reassign_to) -------------
await call(422, 'DELETE', `/api/v1/categories/${vet.id}?reassign_to=${randomUUID()}`, { token });
await call(412, 'DELETE', `/api/v1/categories/${pets.body.id}`, { token, headers: { 'If-Match': petsNow.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/categories/${pets.body.id}?reassign_to=${vet.id}`, { token, headers: { 'If-Match': renamed.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/categories/${pets.body.id}`, { token });

// --- Payment methods ---------------------------------------------------------------------------
await call(200, 'GET', '/api/v1/payment-methods', { token });
const visa = await call(201, 'POST', '/api/v1/payment-methods', { token, headers: { 'Idempotency-Key': `visa-${STAMP}` }, body: { name: 'Visa', type: 'credit_card', last4: '4242' } });
await call(201, 'POST', '/api/v1/payment-methods', { token, body: { name: 'Wallet', type: 'cash' } });
await call(409, 'POST', '/api/v1/payment-methods', { token, body: { name: 'visa', type: 'debit_card' } });
await direct(422, 'POST', '/api/v1/payment-methods', { token, rawBody: JSON.stringify({ name: 'Shells', type: 'barter' }) });
await call(422, 'POST', '/api/v1/payment-methods', { token, body: { name: 'Coins', type: 'cash', last4: '1234' } });
await call(200, 'GET', '/api/v1/payment-methods?include_archived=true', { token });
await call(200, 'GET', `/api/v1/payment-methods/${visa.body.id}`, { token });
await call(404, 'GET', `/api/v1/payment-methods/${randomUUID()}`, { token });
const archived = await call(200, 'PATCH', `/api/v1/payment-methods/${visa.body.id}`, { token, headers: { 'If-Match': visa.headers.get('etag') }, body: { archived: true } });
await call(412, 'PATCH', `/api/v1/payment-methods/${visa.body.id}`, { token, headers: { 'If-Match': visa.headers.get('etag') }, body: { archived: false } });
await call(409, 'PATCH', `/api/v1/payment-methods/${visa.body.id}`, { token, body: { name: 'WALLET' } });
await direct(422, 'PATCH', `/api/v1/payment-methods/${visa.body.id}`, { token, rawBody: JSON.stringify({ last4: '12' }) });
await call(404, 'PATCH', `/api/v1/payment-methods/${randomUUID()}`, { token, body: { archived: true } });
await call(412, 'DELETE', `/api/v1/payment-methods/${visa.body.id}`, { token, headers: { 'If-Match': visa.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/payment-methods/${visa.body.id}`, { token, headers: { 'If-Match': archived.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/payment-methods/${visa.body.id}`, { token });

// --- Budgets and notifications (the vet category still exists) ---------------------------------
const monthStart = `${today.slice(0, 8)}01`;
const budgetKey = { 'Idempotency-Key': `vet-budget-${STAMP}` };
const budgetBody = { name: 'Vet bills', category_id: vet.id, amount: '40.00', currency: 'USD', period: 'monthly', start_date: monthStart, alert_thresholds: [50, 100] };
const vetBudget = await call(201, 'POST', '/api/v1/budgets', { token, headers: budgetKey, body: budgetBody });
const vetBudgetAgain = await call(201, 'POST', '/api/v1/budgets', { token, headers: budgetKey, body: budgetBody });
expect(vetBudgetAgain.body.id === vetBudget.body.id, 'a replayed Idempotency-Key answers with the first budget');
await call(422, 'POST', '/api/v1/budgets', { token, body: { ...budgetBody, amount: '1.005' } });
await direct(422, 'POST', '/api/v1/budgets', { token, rawBody: JSON.stringify({ ...budgetBody, period: 'daily' }) });
await direct(400, 'POST', '/api/v1/budgets', { token, rawBody: '{"name": ' });
await call(200, 'GET', '/api/v1/budgets?page=1&size=10', { token });
const vetBudgetNow = await call(200, 'GET', `/api/v1/budgets/${vetBudget.body.id}`, { token });
await call(404, 'GET', `/api/v1/budgets/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/budgets/not-an-id', { token });
const vetBudgetPatched = await call(200, 'PATCH', `/api/v1/budgets/${vetBudget.body.id}`, { token, headers: { 'If-Match': vetBudgetNow.headers.get('etag') }, body: { rollover: true } });
await call(412, 'PATCH', `/api/v1/budgets/${vetBudget.body.id}`, { token, headers: { 'If-Match': vetBudgetNow.headers.get('etag') }, body: { amount: '50.00' } });
await call(422, 'PATCH', `/api/v1/budgets/${vetBudget.body.id}`, { token, body: { alert_thresholds: [80, 80] } });
await call(404, 'PATCH', `/api/v1/budgets/${randomUUID()}`, { token, body: { amount: '50.00' } });
await call(201, 'POST', '/api/v1/expenses', { token, body: { amount: '30.00', currency: 'USD', date: today, category_id: vet.id } });
const statuses = (await call(200, 'GET', `/api/v1/budgets/status?date=${today}`, { token })).body;
expect(statuses.length === 1 && statuses[0].status !== 'ok', 'the vet budget is past its first threshold');
await call(200, 'GET', '/api/v1/budgets/status', { token }); // no date: today in Europe/Paris
await direct(422, 'GET', '/api/v1/budgets/status?date=2025-13-01', { token }); // Prism refuses a malformed date itself
const unread = (await call(200, 'GET', '/api/v1/notifications?unread=true&page=1&size=10', { token })).body;
expect(unread.total >= 1, 'crossing a threshold of the vet budget created a notification');
await call(200, 'POST', `/api/v1/notifications/${unread.items[0].id}/read`, { token });
await call(200, 'POST', `/api/v1/notifications/${unread.items[0].id}/read`, { token }); // idempotent
await call(404, 'POST', `/api/v1/notifications/${randomUUID()}/read`, { token });
await call(200, 'GET', '/api/v1/notifications', { token });
await call(412, 'DELETE', `/api/v1/budgets/${vetBudget.body.id}`, { token, headers: { 'If-Match': vetBudgetNow.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/budgets/${vetBudget.body.id}`, { token, headers: { 'If-Match': vetBudgetPatched.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/budgets/${vetBudget.body.id}`, { token });
// --- Recurring expenses ------------------------------------------------------------------------
const rentKey = { 'Idempotency-Key': `rent-${STAMP}` };
const rentBody = { template: { amount: '950.00', currency: 'EUR', category_id: vet.id, description: 'Rent', tags: ['home'] }, frequency: 'daily', start_date: daysBefore(today, 2) };
const rent = await call(201, 'POST', '/api/v1/recurring-expenses', { token, headers: rentKey, body: rentBody });
const rentAgain = await call(201, 'POST', '/api/v1/recurring-expenses', { token, headers: rentKey, body: rentBody });
expect(rentAgain.body.id === rent.body.id, 'an Idempotency-Key replays the recurring expense created first');
await call(422, 'POST', '/api/v1/recurring-expenses', { token, body: { ...rentBody, end_date: daysBefore(today, 3) } });
await direct(422, 'POST', '/api/v1/recurring-expenses', { token, rawBody: JSON.stringify({ ...rentBody, frequency: 'hourly' }) });
await call(200, 'GET', '/api/v1/recurring-expenses?page=1&size=10', { token });
await call(200, 'GET', `/api/v1/recurring-expenses/${rent.body.id}`, { token });
await call(404, 'GET', `/api/v1/recurring-expenses/${randomUUID()}`, { token });
const monthly = await call(201, 'POST', '/api/v1/recurring-expenses', { token, body: { ...rentBody, frequency: 'monthly', start_date: '2024-01-31', end_date: '2024-03-31', active: false } });
const skipped = await call(200, 'POST', `/api/v1/recurring-expenses/${monthly.body.id}/skip`, { token, headers: { 'If-Match': monthly.headers.get('etag') } });
expect(skipped.body.next_date === '2024-02-29', `skipping Jan 31 moves next_date to Feb 29 (${skipped.body.next_date})`);
await call(412, 'POST', `/api/v1/recurring-expenses/${monthly.body.id}/skip`, { token, headers: { 'If-Match': monthly.headers.get('etag') } });
await call(404, 'POST', `/api/v1/recurring-expenses/${randomUUID()}/skip`, { token });
const paused = await call(200, 'PATCH', `/api/v1/recurring-expenses/${monthly.body.id}`, { token, headers: { 'If-Match': skipped.headers.get('etag') }, body: { interval: 2, end_date: null } });
await call(412, 'PATCH', `/api/v1/recurring-expenses/${monthly.body.id}`, { token, headers: { 'If-Match': skipped.headers.get('etag') }, body: { interval: 3 } });
await call(422, 'PATCH', `/api/v1/recurring-expenses/${monthly.body.id}`, { token, body: { end_date: '2023-12-31' } });
await call(404, 'PATCH', `/api/v1/recurring-expenses/${randomUUID()}`, { token, body: { active: true } });
await call(412, 'DELETE', `/api/v1/recurring-expenses/${monthly.body.id}`, { token, headers: { 'If-Match': monthly.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/recurring-expenses/${monthly.body.id}`, { token, headers: { 'If-Match': paused.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/recurring-expenses/${monthly.body.id}`, { token });
const recurringRun = (await call(202, 'POST', '/api/v1/admin/sync/recurring', { token: admin })).body;
const recurringFinished = await eventually(async () => {
    const runs = (await call(200, 'GET', '/api/v1/admin/sync/runs?job=recurring', { token: admin })).body;
    return runs.items.find(candidate => candidate.id === recurringRun.id && candidate.status !== 'running');
});
expect(recurringFinished.status === 'succeeded', `the recurring run succeeded (${recurringFinished.status}: ${recurringFinished.error})`);
const fromRent = (await call(200, 'GET', `/api/v1/expenses?start_date=${daysBefore(today, 2)}&size=50`, { token })).body;
expect(fromRent.items.filter(expense => expense.recurring_expense_id === rent.body.id).length >= 2,
    'the recurring run created the due occurrences of the rent');

// --- Institutions, accounts and balances --------------------------------------------------------
const bankKey = { 'Idempotency-Key': `bank-${STAMP}` };
const bankBody = { name: 'Deutsche Bank', country: 'DE', website: 'https://www.deutsche-bank.de' };
const bank = await call(201, 'POST', '/api/v1/institutions', { token, headers: bankKey, body: bankBody });
const bankAgain = await call(201, 'POST', '/api/v1/institutions', { token, headers: bankKey, body: bankBody });
expect(bankAgain.body.id === bank.body.id, 'a replayed Idempotency-Key answers with the first institution');
await call(409, 'POST', '/api/v1/institutions', { token, body: { name: 'DEUTSCHE BANK', country: 'DE' } });
await call(422, 'POST', '/api/v1/institutions', { token, body: { name: 'Nowhere', country: 'XX' } });
await call(422, 'POST', '/api/v1/institutions', { token, body: { name: 'Gopher', country: 'US', website: 'gopher://bank.example' } });
await direct(422, 'POST', '/api/v1/institutions', { token, rawBody: JSON.stringify({ name: 'Lower', country: 'de' }) });
await direct(400, 'POST', '/api/v1/institutions', { token, rawBody: '{"name": ' });
await call(200, 'GET', '/api/v1/institutions?page=1&size=10', { token });
await call(200, 'GET', `/api/v1/institutions/${bank.body.id}`, { token });
await call(404, 'GET', `/api/v1/institutions/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/institutions/not-an-id', { token });
const bankPatched = await call(200, 'PATCH', `/api/v1/institutions/${bank.body.id}`, { token, headers: { 'If-Match': bank.headers.get('etag') }, body: { website: null } });
await call(412, 'PATCH', `/api/v1/institutions/${bank.body.id}`, { token, headers: { 'If-Match': bank.headers.get('etag') }, body: { country: 'AT' } });
await call(422, 'PATCH', `/api/v1/institutions/${bank.body.id}`, { token, body: { country: 'QQ' } });
await call(404, 'PATCH', `/api/v1/institutions/${randomUUID()}`, { token, body: { country: 'AT' } });
const giroKey = { 'Idempotency-Key': `giro-${STAMP}` };
const giroBody = { name: 'Giro', type: 'checking', currency: 'EUR', institution_id: bank.body.id };
const giro = await call(201, 'POST', '/api/v1/accounts', { token, headers: giroKey, body: giroBody });
const giroAgain = await call(201, 'POST', '/api/v1/accounts', { token, headers: giroKey, body: giroBody });
expect(giroAgain.body.id === giro.body.id, 'a replayed Idempotency-Key answers with the first account');
await call(422, 'POST', '/api/v1/accounts', { token, body: { ...giroBody, institution_id: randomUUID() } });
await direct(422, 'POST', '/api/v1/accounts', { token, rawBody: JSON.stringify({ ...giroBody, type: 'brokerage' }) });
await direct(400, 'POST', '/api/v1/accounts', { token, rawBody: '{"name": ' });
await call(409, 'DELETE', `/api/v1/institutions/${bank.body.id}`, { token });
await call(200, 'GET', `/api/v1/accounts?type=checking&archived=false&institution_id=${bank.body.id}&sort=-name,created_at&page=1&size=10`, { token });
await call(422, 'GET', '/api/v1/accounts?sort=balance', { token });
await call(200, 'GET', `/api/v1/accounts/${giro.body.id}`, { token });
await call(404, 'GET', `/api/v1/accounts/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/accounts/not-an-id', { token });
const firstBalance = await call(201, 'POST', `/api/v1/accounts/${giro.body.id}/values`, { token, headers: { 'Idempotency-Key': `giro-jan-${STAMP}` }, body: { date: '2025-01-31', balance: '1520.75' } });
expect(firstBalance.body.balance === '1520.75', `the balance comes back at EUR's minor units (${firstBalance.body.balance})`);
await call(200, 'POST', `/api/v1/accounts/${giro.body.id}/values`, { token, body: { date: '2025-01-31', balance: '-80.10' } });
await call(201, 'POST', `/api/v1/accounts/${giro.body.id}/values`, { token, body: { date: '2025-02-28', balance: '99' } });
await call(422, 'POST', `/api/v1/accounts/${giro.body.id}/values`, { token, body: { date: '2025-03-31', balance: '1.005' } });
await call(404, 'POST', `/api/v1/accounts/${randomUUID()}/values`, { token, body: { date: '2025-03-31', balance: '1.00' } });
const series = (await call(200, 'GET', `/api/v1/accounts/${giro.body.id}/values?start_date=2025-01-01&end_date=2025-12-31&page=1&size=10`, { token })).body;
expect(series.total === 2 && series.items[0].date === '2025-01-31', 'the balances come oldest first, one per date');
await call(422, 'GET', `/api/v1/accounts/${giro.body.id}/values?start_date=2025-02-01&end_date=2025-01-01`, { token });
await call(404, 'GET', `/api/v1/accounts/${randomUUID()}/values`, { token });
const giroNow = await call(200, 'GET', `/api/v1/accounts/${giro.body.id}`, { token });
expect(giroNow.body.latest_balance?.date === '2025-02-28', 'the account carries its latest balance');
await call(409, 'PATCH', `/api/v1/accounts/${giro.body.id}`, { token, body: { currency: 'USD' } });
const giroPatched = await call(200, 'PATCH', `/api/v1/accounts/${giro.body.id}`, { token, headers: { 'If-Match': giroNow.headers.get('etag') }, body: { archived: true, institution_id: null } });
await call(412, 'PATCH', `/api/v1/accounts/${giro.body.id}`, { token, headers: { 'If-Match': giroNow.headers.get('etag') }, body: { name: 'Old giro' } });
await direct(422, 'PATCH', `/api/v1/accounts/${giro.body.id}`, { token, rawBody: JSON.stringify({ type: 'piggy_bank' }) });
await call(404, 'PATCH', `/api/v1/accounts/${randomUUID()}`, { token, body: { archived: true } });
await call(204, 'DELETE', `/api/v1/accounts/${giro.body.id}/values/2025-02-28`, { token });
await call(404, 'DELETE', `/api/v1/accounts/${giro.body.id}/values/2025-02-28`, { token });
await call(404, 'DELETE', `/api/v1/accounts/${randomUUID()}/values/2025-01-31`, { token });
await call(412, 'DELETE', `/api/v1/institutions/${bank.body.id}`, { token, headers: { 'If-Match': bank.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/institutions/${bank.body.id}`, { token, headers: { 'If-Match': bankPatched.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/institutions/${bank.body.id}`, { token });
await call(412, 'DELETE', `/api/v1/accounts/${giro.body.id}`, { token, headers: { 'If-Match': giroNow.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/accounts/${giro.body.id}`, { token, headers: { 'If-Match': giroPatched.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/accounts/${giro.body.id}`, { token });
// --- Securities and prices (the application's Yahoo Finance is a local fake knowing AAPL only) ---
// Securities are shared: a database that served an earlier run already has AAPL.
const aaplKnown = (await call(200, 'GET', '/api/v1/securities?q=AAPL', { token })).body.items.some(security => security.symbol === 'AAPL');
const aapl = (await call(aaplKnown ? 200 : 201, 'POST', '/api/v1/securities', { token, body: { symbol: 'aapl' } })).body;
expect(aapl.latest_price !== null, 'registering AAPL back-filled its prices');
await call(200, 'POST', '/api/v1/securities', { token, body: { symbol: 'AAPL', type: 'equity' } });
await call(422, 'POST', '/api/v1/securities', { token, body: { symbol: `NOSUCH${STAMP.slice(-4)}` } });
await direct(422, 'POST', '/api/v1/securities', { token, rawBody: '{"symbol": "AAPL", "type": "stock"}' }); // Prism refuses it itself: not in the document's enum
await direct(400, 'POST', '/api/v1/securities', { token, rawBody: '{"symbol": ' });
await direct(422, 'GET', '/api/v1/securities?size=201', { token }); // Prism refuses it itself: the document says at most 200
await call(200, 'GET', '/api/v1/securities/AAPL', { token });
await call(404, 'GET', '/api/v1/securities/NOSUCH', { token });
const aaplPrices = (await call(200, 'GET', `/api/v1/securities/AAPL/prices?start_date=${daysBefore(aapl.latest_price.as_of, 30)}&end_date=${aapl.latest_price.as_of}`, { token })).body;
expect(aaplPrices.prices.length > 0, 'AAPL has prices in the last 30 days of its back-fill');
await call(404, 'GET', '/api/v1/securities/NOSUCH/prices', { token });
await call(422, 'GET', '/api/v1/securities/AAPL/prices?start_date=2020-11-06&end_date=2020-11-05', { token });
const pricesRun = (await call(202, 'POST', '/api/v1/admin/sync/prices', { token: admin })).body;
const pricesFinished = await eventually(async () => {
    const runs = (await call(200, 'GET', '/api/v1/admin/sync/runs?job=prices', { token: admin })).body;
    return runs.items.find(candidate => candidate.id === pricesRun.id && candidate.status !== 'running');
});
expect(pricesFinished.status === 'succeeded', `the price sync run succeeded (${pricesFinished.status}: ${pricesFinished.error})`);
// --- Pay cycles (the daily rent is the only active recurring expense) --------------------------
const cycleKey = { 'Idempotency-Key': `cycle-${STAMP}` };
const cycleBody = { name: 'Six weeks', start_date: daysBefore(today, 2), end_date: daysBefore(today, -39), income_amount: '3200.00', currency: 'EUR' };
const payCycle = await call(201, 'POST', '/api/v1/cycles?generate_from_recurring=true', { token, headers: cycleKey, body: cycleBody });
const payCycleAgain = await call(201, 'POST', '/api/v1/cycles?generate_from_recurring=true', { token, headers: cycleKey, body: cycleBody });
expect(payCycleAgain.body.id === payCycle.body.id, 'an Idempotency-Key replays the cycle created first');
await call(409, 'POST', '/api/v1/cycles', { token, body: { ...cycleBody, name: 'Overlapping', start_date: cycleBody.end_date, end_date: daysBefore(today, -50) } });
const nextCycle = await call(201, 'POST', '/api/v1/cycles', { token, body: { ...cycleBody, name: 'Next', start_date: daysBefore(today, -40), end_date: daysBefore(today, -81) } });
await call(422, 'POST', '/api/v1/cycles', { token, body: { ...cycleBody, start_date: '2020-01-01', end_date: '2021-01-01' } }); // 367 days
await call(422, 'POST', '/api/v1/cycles', { token, body: { ...cycleBody, start_date: '2020-01-01', end_date: '2020-01-31', income_amount: '1.005' } });
await direct(422, 'POST', '/api/v1/cycles', { token, rawBody: JSON.stringify({ ...cycleBody, status: 'open' }) });
await direct(400, 'POST', '/api/v1/cycles', { token, rawBody: '{"name": ' });
await call(200, 'GET', '/api/v1/cycles?page=1&size=10', { token });
const payCycleNow = await call(200, 'GET', `/api/v1/cycles/${payCycle.body.id}`, { token });
await call(404, 'GET', `/api/v1/cycles/${randomUUID()}`, { token });
await call(404, 'GET', '/api/v1/cycles/not-an-id', { token });
const expectedItems = (await call(200, 'GET', `/api/v1/cycles/${payCycle.body.id}/expected?page=1&size=50`, { token })).body;
expect(expectedItems.total === 42 && expectedItems.items.every(item => item.recurring_expense_id === rent.body.id),
    `the 42-day cycle expects the daily rent on each of its days (${expectedItems.total})`);
await call(404, 'GET', `/api/v1/cycles/${randomUUID()}/expected`, { token });
await direct(422, 'GET', `/api/v1/cycles/${payCycle.body.id}/expected?size=500`, { token });
const cycleSummary = (await call(200, 'GET', `/api/v1/cycles/${payCycle.body.id}/summary`, { token })).body;
expect(cycleSummary.expected_total === '39900.00' && cycleSummary.income === '3200.00',
    `the summary expects 42 x 950.00 EUR (${cycleSummary.expected_total})`);
await call(404, 'GET', `/api/v1/cycles/${randomUUID()}/summary`, { token });
const payCyclePatched = await call(200, 'PATCH', `/api/v1/cycles/${payCycle.body.id}`, { token, headers: { 'If-Match': payCycleNow.headers.get('etag') }, body: { status: 'active' } });
await call(412, 'PATCH', `/api/v1/cycles/${payCycle.body.id}`, { token, headers: { 'If-Match': payCycleNow.headers.get('etag') }, body: { name: 'Stale' } });
await call(409, 'PATCH', `/api/v1/cycles/${nextCycle.body.id}`, { token, body: { start_date: cycleBody.end_date } });
await call(422, 'PATCH', `/api/v1/cycles/${nextCycle.body.id}`, { token, body: { end_date: cycleBody.start_date } });
await call(404, 'PATCH', `/api/v1/cycles/${randomUUID()}`, { token, body: { name: 'Nobody' } });
await call(412, 'DELETE', `/api/v1/cycles/${payCycle.body.id}`, { token, headers: { 'If-Match': payCycleNow.headers.get('etag') } });
await call(204, 'DELETE', `/api/v1/cycles/${payCycle.body.id}`, { token, headers: { 'If-Match': payCyclePatched.headers.get('etag') } });
await call(404, 'DELETE', `/api/v1/cycles/${payCycle.body.id}`, { token });

// --- Holdings and the portfolio (AAPL from above, priced by the fake Yahoo, rates by the fake ECB) ---
const brokerage = (await call(201, 'POST', '/api/v1/accounts', { token, body: { name: 'Brokerage', type: 'investment', currency: 'USD' } })).body;
const holdingsPath = `/api/v1/accounts/${brokerage.id}/holdings`;
const holdingKey = { 'Idempotency-Key': `aapl-${STAMP}` };
const holdingBody = { security_id: aapl.id, quantity: '10.12345678', cost_basis: '1500.00' };
const holding = await call(201, 'POST', holdingsPath, { token, headers: holdingKey, body: holdingBody });
const holdingAgain = await call(201, 'POST', holdingsPath, { token, headers: holdingKey, body: holdingBody });
expect(holdingAgain.body.id === holding.body.id, 'a replayed Idempotency-Key answers with the first holding');
expect(holding.body.cost_currency === 'USD', `the cost currency defaults to the security's (${holding.body.cost_currency})`);
await call(409, 'POST', holdingsPath, { token, body: { ...holdingBody, quantity: '1' } });
await call(422, 'POST', holdingsPath, { token, body: { ...holdingBody, quantity: '0.123456789' } });
await call(422, 'POST', holdingsPath, { token, body: { ...holdingBody, security_id: randomUUID() } });
await call(422, 'POST', holdingsPath, { token, body: { ...holdingBody, cost_basis: '1.001' } });
await direct(400, 'POST', holdingsPath, { token, rawBody: '{"quantity": ' });
await call(404, 'POST', `/api/v1/accounts/${randomUUID()}/holdings`, { token, body: holdingBody });
await call(200, 'GET', `${holdingsPath}?page=1&size=10`, { token });
await direct(422, 'GET', `${holdingsPath}?size=201`, { token }); // Prism refuses it itself: the document says at most 200
await call(404, 'GET', `/api/v1/accounts/${randomUUID()}/holdings`, { token });
await call(200, 'GET', `${holdingsPath}/${holding.body.id}`, { token });
await call(404, 'GET', `${holdingsPath}/${randomUUID()}`, { token });
await call(404, 'GET', `${holdingsPath}/not-an-id`, { token });
const holdingPatched = await call(200, 'PATCH', `${holdingsPath}/${holding.body.id}`, { token, headers: { 'If-Match': holding.headers.get('etag') }, body: { quantity: '12.5' } });
await call(412, 'PATCH', `${holdingsPath}/${holding.body.id}`, { token, headers: { 'If-Match': holding.headers.get('etag') }, body: { quantity: '13' } });
await call(422, 'PATCH', `${holdingsPath}/${holding.body.id}`, { token, body: { cost_basis: '-1' } });
await direct(400, 'PATCH', `${holdingsPath}/${holding.body.id}`, { token, rawBody: '{"quantity": ' });
await call(404, 'PATCH', `${holdingsPath}/${randomUUID()}`, { token, body: { quantity: '1' } });
const portfolio = (await call(200, 'GET', `/api/v1/portfolio?date=${aapl.latest_price.as_of}`, { token })).body;
expect(portfolio.holdings.length === 1 && portfolio.holdings[0].price_date === aapl.latest_price.as_of,
    `the portfolio values AAPL at its latest close (${JSON.stringify(portfolio.holdings[0])})`);
await call(200, 'GET', '/api/v1/portfolio', { token });
await call(422, 'GET', '/api/v1/portfolio?date=1899-12-31', { token });
const performance = (await call(200, 'GET', `/api/v1/portfolio/performance?start_date=${daysBefore(aapl.latest_price.as_of, 6)}&end_date=${aapl.latest_price.as_of}`, { token })).body;
expect(performance.values.length === 7, `a week of daily values (${performance.values.length})`);
await call(200, 'GET', '/api/v1/portfolio/performance', { token });
await call(422, 'GET', '/api/v1/portfolio/performance?start_date=2024-01-01&end_date=2025-06-30', { token });
await call(422, 'GET', '/api/v1/portfolio/performance?start_date=2025-02-02&end_date=2025-02-01', { token });
await call(412, 'DELETE', `${holdingsPath}/${holding.body.id}`, { token, headers: { 'If-Match': holding.headers.get('etag') } });
await call(204, 'DELETE', `${holdingsPath}/${holding.body.id}`, { token, headers: { 'If-Match': holdingPatched.headers.get('etag') } });
await call(404, 'DELETE', `${holdingsPath}/${holding.body.id}`, { token });
await call(204, 'DELETE', `/api/v1/accounts/${brokerage.id}`, { token });

// --- Last: the account goes --------------------------------------------------------------------
await call(204, 'DELETE', '/api/v1/users/me', { token, body: { password: newPassword } });

finish();

// -----------------------------------------------------------------------------------------------

/** Sends a request through Prism and checks the answer; returns {status, headers, body}. */
async function call(expected, method, path, { token, headers = {}, body, rawBody } = {}) {
    const response = await send(PROXY, method, path, token, headers, body === undefined ? rawBody : JSON.stringify(body));
    const problems = [];
    const violations = response.headers.get('sl-violations');
    if (violations) {
        problems.push(`Prism reports violations of the document: ${violations}`);
    }
    if (!response.headers.get('x-request-id')) {
        problems.push('the answer did not come from the application (no X-Request-Id): Prism answered for it'
            + (response.body?.type?.includes('stoplight') ? ` (${response.body.title})` : ''));
    }
    record(method, path, expected, response, problems);
    return response;
}

/**
 * Sends a request straight to the application, for what Prism cannot pass on (malformed JSON, and
 * a body or parameter that breaks a constraint of the document, such as a pattern, an enum or a
 * maximum, which it refuses itself; a missing token, which it answers itself), and checks that the
 * document lists the status for the operation with a problem body that has the required fields.
 */
async function direct(expected, method, path, { token, headers = {}, rawBody } = {}) {
    const response = await send(APP, method, path, token, headers, rawBody);
    const problems = [];
    const operation = operationOf(method, path);
    const documented = operation && resolve(operation.operation.responses?.[String(response.status)]);
    const schema = documented?.content?.['application/problem+json']?.schema;
    if (!schema) {
        problems.push(`the document lists no problem+json answer ${response.status} for ${method} ${path}`);
    } else {
        for (const field of resolve(schema).required ?? []) {
            if (response.body?.[field] === undefined) {
                problems.push(`the problem body lacks the required field ${field}`);
            }
        }
        if (!String(response.headers.get('content-type')).startsWith('application/problem+json')) {
            problems.push(`content type ${response.headers.get('content-type')} instead of application/problem+json`);
        }
    }
    if (!response.headers.get('x-request-id')) {
        problems.push('no X-Request-Id header');
    }
    record(method, path, expected, response, problems, ' (straight to the application)');
    return response;
}

async function send(base, method, path, token, headers, body) {
    const all = { Accept: 'application/json', ...headers };
    if (token) {
        all.Authorization = `Bearer ${token}`;
    }
    if (body !== undefined && all['Content-Type'] === undefined) {
        all['Content-Type'] = 'application/json';
    }
    const response = await fetch(base + path, { method, headers: all, body, signal: AbortSignal.timeout(30_000) });
    const text = await response.text();
    let parsed = text;
    try {
        parsed = text ? JSON.parse(text) : undefined;
    } catch {
        // not JSON: reported as it is
    }
    return { status: response.status, headers: response.headers, body: parsed };
}

function record(method, path, expected, response, problems, note = '') {
    if (response.status !== expected) {
        problems.unshift(`status ${response.status}, expected ${expected}`);
    }
    const operation = operationOf(method, path);
    if (operation) {
        called.add(operation.id);
    } else {
        problems.push('no operation of the document matches this route');
    }
    results.push({ ok: problems.length === 0 });
    const line = `${method.padEnd(6)} ${path} -> ${response.status}${note}`;
    if (problems.length === 0) {
        console.log(`ok    ${line}`);
    } else {
        console.log(`FAIL  ${line}\n      ${problems.join('\n      ')}\n      body: ${JSON.stringify(response.body)}`);
    }
}

function expect(condition, what) {
    results.push({ ok: condition });
    console.log(`${condition ? 'ok  ' : 'FAIL'}  ${what}`);
}

async function eventually(probe, seconds = 60) {
    const deadline = Date.now() + seconds * 1000;
    for (;;) {
        const found = await probe();
        if (found) {
            return found;
        }
        if (Date.now() > deadline) {
            throw new Error(`gave up after ${seconds} s`);
        }
        await new Promise(resolve => setTimeout(resolve, 500));
    }
}

/** The document's operation for a concrete method and path, matching path templates segment by segment. */
function operationOf(method, path) {
    const segments = new URL(path, 'http://x').pathname.split('/');
    let best;
    for (const [template, item] of Object.entries(DOCUMENT.paths)) {
        const parts = template.split('/');
        const operation = item[method.toLowerCase()];
        if (!operation || parts.length !== segments.length) {
            continue;
        }
        const literal = parts.filter((part, i) => part === segments[i]).length;
        if (parts.every((part, i) => part === segments[i] || /^\{.+\}$/.test(part)) && (!best || literal > best.literal)) {
            best = { id: `${method.toUpperCase()} ${template}`, operation, literal };
        }
    }
    return best;
}

function resolve(node) {
    let current = node;
    while (current?.$ref) {
        current = current.$ref.replace(/^#\//, '').split('/').reduce((at, key) => at?.[key], DOCUMENT);
    }
    return current;
}

function daysBefore(date, days) {
    const day = new Date(`${date}T00:00:00Z`);
    day.setUTCDate(day.getUTCDate() - days);
    return day.toISOString().slice(0, 10);
}

function dayIn(timeZone) {
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date()).map(({ type, value }) => [type, value]));
    return `${parts.year}-${parts.month}-${parts.day}`;
}

function required(name) {
    const value = process.env[name];
    if (!value) {
        console.error(`smoke.mjs: ${name} is not set; run bin/contract-check`);
        process.exit(2);
    }
    return value;
}

function finish() {
    const operations = Object.entries(DOCUMENT.paths)
        .flatMap(([template, item]) => Object.keys(item)
            .filter(key => ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(key))
            .map(method => ({ id: `${method.toUpperCase()} ${template}`, operationId: item[method].operationId })))
        .filter(operation => operation.id.includes(' /api/'));
    const untested = operations.filter(operation => !called.has(operation.id));
    for (const operation of untested) {
        console.log(`FAIL  never called: ${operation.id} (${operation.operationId}); add a line for it to contract/smoke.mjs`);
    }
    const failed = results.filter(result => !result.ok).length + untested.length;
    console.log(`contract smoke: ${results.length} checks, ${operations.length - untested.length}/${operations.length} operations called, ${failed} failing`);
    process.exit(failed === 0 ? 0 : 1);
}
