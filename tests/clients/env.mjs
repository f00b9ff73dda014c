// What the suite is pointed at: set by ClientSuiteTests.cs (or by hand, see README.md here).
import { fileURLToPath } from 'node:url';

export const url = process.env.GRAPHQL_URL ?? 'http://127.0.0.1:5080/graphql';
export const token = process.env.KOMPETENS_TOKEN ?? '';
export const repository = fileURLToPath(new URL('../../', import.meta.url));
export const authorization = { Authorization: `Bearer ${token}` };
