#!/usr/bin/env node
// Runs the graphql-http GraphQL-over-HTTP server audit suite against an endpoint.
//
// Usage:
//   node audit.mjs [url]
//
// Environment:
//   AUDIT_URL            endpoint URL if argv[2] is not given
//                        (default http://127.0.0.1:5080/graphql)
//   AUDIT_AUTHORIZATION  if set, sent as `Authorization: <value>` on every request
//   AUDIT_TIMEOUT_MS     per-request timeout in ms (default 15000)
//
// Output: one line per audit, `PASS|WARN|FAIL|NOTE <id> <name>`; WARN/FAIL/NOTE lines
// are followed by the reason and a truncated dump of the response.
//   PASS = status 'ok'
//   FAIL = status 'error'  (a MUST audit failed, or the request could not be made at all)
//   WARN = status 'warn'   (a SHOULD audit failed)
//   NOTE = status 'notice' (a MAY audit failed; informational only)
// Exit code: 1 if any FAIL, else 0.

import { serverAudits } from 'graphql-http';

const DEFAULT_URL = 'http://127.0.0.1:5080/graphql';
const MAX_DUMP = 300;

const url = process.argv[2] || process.env.AUDIT_URL || DEFAULT_URL;
const authorization = process.env.AUDIT_AUTHORIZATION;
const timeoutMs = Number(process.env.AUDIT_TIMEOUT_MS) || 15000;

/** fetch wrapper: adds the optional Authorization header and a request timeout. */
async function fetchFn(input, init = {}) {
  const headers = new Headers(init.headers ?? undefined);
  if (authorization) headers.set('authorization', authorization);
  return fetch(input, {
    ...init,
    headers,
    signal: init.signal ?? AbortSignal.timeout(timeoutMs),
  });
}

function truncate(s, max = MAX_DUMP) {
  const oneLine = String(s).replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max)}… (${oneLine.length} chars)` : oneLine;
}

/** Best-effort description of the Response an AuditFail carries. Never throws. */
async function describeResponse(res) {
  if (!res || typeof res !== 'object') return ['response: <none>'];
  const lines = [];
  try {
    lines.push(`response status: ${res.status} ${res.statusText ?? ''}`.trimEnd());
  } catch {
    lines.push('response status: <unavailable>');
  }
  try {
    const hdrs = [];
    res.headers?.forEach((value, key) => hdrs.push(`${key}: ${value}`));
    lines.push(`response headers: ${truncate(hdrs.join('; ') || '<none>')}`);
  } catch {
    lines.push('response headers: <unavailable>');
  }
  let body;
  try {
    if (res.bodyUsed) {
      body = '<body already consumed>';
    } else {
      const text = await Promise.race([
        res.text(),
        new Promise((_, reject) =>
          setTimeout(() => reject(new Error('timed out reading body')), timeoutMs).unref(),
        ),
      ]);
      body = text === '' ? '<empty>' : truncate(text);
    }
  } catch (err) {
    body = `<unreadable: ${err?.message ?? err}>`;
  }
  lines.push(`response body: ${body}`);
  return lines;
}

function describeError(err) {
  const parts = [err?.name, err?.message].filter(Boolean);
  let cause = err?.cause;
  while (cause) {
    parts.push(`cause: ${cause.code ?? ''} ${cause.message ?? cause}`.trim());
    cause = cause.cause;
  }
  return truncate(parts.join(' | ') || String(err));
}

const LABEL = { ok: 'PASS', warn: 'WARN', error: 'FAIL', notice: 'NOTE' };
const counts = { ok: 0, warn: 0, error: 0, notice: 0 };

console.log(`graphql-http server audit against ${url}${authorization ? ' (with Authorization header)' : ''}`);

const audits = serverAudits({ url, fetchFn });
for (const audit of audits) {
  let result;
  try {
    result = await audit.fn();
  } catch (err) {
    // audit.fn() only throws on "fatal" problems (e.g. connection refused, timeout).
    // Treat those as errors regardless of the audit's MUST/SHOULD/MAY level.
    counts.error++;
    console.log(`FAIL ${audit.id} ${audit.name}`);
    console.log(`    reason: fatal error while auditing: ${describeError(err)}`);
    continue;
  }
  const status = result?.status in counts ? result.status : 'error';
  counts[status]++;
  console.log(`${LABEL[status]} ${audit.id} ${audit.name}`);
  if (status !== 'ok') {
    console.log(`    reason: ${result?.reason ?? '<none>'}`);
    for (const line of await describeResponse(result?.response)) console.log(`    ${line}`);
  }
}

console.log(`notices (failed MAY audits, informational): ${counts.notice}`);
console.log(`audits: ${counts.ok} ok, ${counts.warn} warnings, ${counts.error} errors`);
process.exitCode = counts.error > 0 ? 1 : 0;
