// Generates a payroll batch of N employees (and the unit tree they work in) as syncOrganisationUnits and
// syncEmployees inputs, and times a FULL sync, an unchanged re-sync and a 1% delta against a running service.
//   node bench/payroll-batch.mjs <graphql-url> <payroll-token> [employees=40000]
// Every 8th person also holds a part-time post in a neighbouring workplace.
import { readFileSync } from 'node:fs';

const [url, token, n = '40000'] = process.argv.slice(2);
const count = Number(n);
const operation = name => readFileSync(new URL(`../schema/operations/payroll/${name}.graphql`, import.meta.url), 'utf8');
const workplaces = Math.max(10, Math.ceil(count / 40));

export function units() {
  const list = [{ code: 'CITY', name: 'Staden', kind: 'CITY', parentCode: null }];
  for (let a = 0; a < 8; a++) list.push({ code: `A${a}`, name: `Förvaltning ${a}`, kind: 'ADMINISTRATION', parentCode: 'CITY' });
  for (let d = 0; d < 40; d++) list.push({ code: `D${d}`, name: `Avdelning ${d}`, kind: 'DEPARTMENT', parentCode: `A${d % 8}` });
  for (let w = 0; w < workplaces; w++) list.push({ code: `W${w}`, name: `Arbetsplats ${w}`, nameFi: `Työpaikka ${w}`, kind: 'WORKPLACE', parentCode: `D${w % 40}`, managerEmployeeNumber: `E${100000 + w}` });
  return list;
}

export function employees(changed = 0) {
  const list = [];
  for (let i = 0; i < count; i++) {
    const unit = i < workplaces ? i : i % workplaces;
    const posts = [{ unitCode: `W${unit}`, jobTitle: i < workplaces ? 'Enhetschef' : 'Närvårdare', startDate: `20${10 + (i % 15)}-08-01`, endDate: null, primary: true, extentPercent: i % 8 === 0 ? 60 : 100 }];
    if (i % 8 === 0) posts.push({ unitCode: `W${(unit + 1) % workplaces}`, jobTitle: 'Vårdbiträde', startDate: '2023-01-01', endDate: null, primary: false, extentPercent: 40 });
    const hex = (100000 + i).toString(16).padStart(12, '0');
    list.push({
      employeeNumber: `E${100000 + i}`, entraObjectId: `5f0c2a6e-0000-4000-8000-${hex}`,
      givenName: 'Anna', familyName: i < changed ? `Berg-${i}` : `Andersson-${i}`,
      email: `anna.andersson${i}@stad.example`, preferredLanguage: ['sv', 'fi', 'en'][i % 3], employments: posts,
    });
  }
  return list;
}

async function send(name, input) {
  const body = JSON.stringify({ query: operation(name), variables: { input } });
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body });
  const json = await response.json();
  const seconds = (performance.now() - started) / 1000;
  const payload = json.data?.[name === 'SyncEmployees' ? 'syncEmployees' : 'syncOrganisationUnits'];
  if (!payload?.syncRun) throw new Error(`${name}: ${JSON.stringify(json).slice(0, 500)}`);
  const r = payload.syncRun;
  return `| ${input.batchId} | ${(body.length / 1048576).toFixed(1)} MiB | ${r.received} | ${r.created} | ${r.updated} | ${r.unchanged} | ${r.rejected} | ${seconds.toFixed(2)} s |`;
}

if (url) {
  const run = Date.now();
  console.log('| batch | body | received | created | updated | unchanged | rejected | time |');
  console.log('|---|---|---|---|---|---|---|---|');
  console.log(await send('SyncOrganisationUnits', { source: 'bench', batchId: `units-${run}`, mode: 'FULL', units: units() }));
  console.log(await send('SyncEmployees', { source: 'bench', batchId: `full-${run}`, mode: 'FULL', employees: employees() }));
  console.log(await send('SyncEmployees', { source: 'bench', batchId: `resync-${run}`, mode: 'FULL', employees: employees() }));
  console.log(await send('SyncEmployees', { source: 'bench', batchId: `delta-${run}`, mode: 'FULL', employees: employees(Math.floor(count / 100)) }));
}
