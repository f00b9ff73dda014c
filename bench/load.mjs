// Sends each scenario's GraphQL request a fixed number of times at a fixed concurrency to a running Kompetens.Api
// on loopback, and prints latency percentiles as a Markdown table. Usage: node load.mjs <url> <scenarios.json>
import { readFileSync } from 'node:fs';

const [url = 'http://127.0.0.1:5090/graphql', file = 'scenarios.json'] = process.argv.slice(2);
const scenarios = JSON.parse(readFileSync(file, 'utf8'));
const tokens = JSON.parse(process.env.BENCH_TOKENS ?? '{}');

async function once(scenario) {
  const started = performance.now();
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${tokens[scenario.caller]}` },
    body: JSON.stringify({ query: scenario.query, variables: scenario.variables ?? {} }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) throw new Error(`${scenario.name}: ${response.status} ${JSON.stringify(body.errors)}`);
  return performance.now() - started;
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

console.log('| scenario | caller | requests | concurrency | p50 ms | p95 ms | max ms | req/s |');
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const scenario of scenarios) {
  const { requests = 200, concurrency = 4 } = scenario;
  for (let i = 0; i < 10; i++) await once(scenario); // warm-up: JIT, query plans, pools
  const timings = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next++ < requests) timings.push(await once(scenario));
  }));
  const seconds = (performance.now() - started) / 1000;
  timings.sort((a, b) => a - b);
  console.log(`| ${scenario.name} | ${scenario.caller} | ${requests} | ${concurrency} | ${percentile(timings, 50).toFixed(1)} | ${percentile(timings, 95).toFixed(1)} | ${timings.at(-1).toFixed(1)} | ${(requests / seconds).toFixed(0)} |`);
}
