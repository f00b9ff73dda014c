// GraphQL Code Generator validates every committed operation against the published schema and types it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { repository } from './env.mjs';

async function operationFiles(folder) {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.graphql')).map((e) => join(e.parentPath ?? e.path, e.name));
}

test('codegen types every committed operation', async () => {
  const files = await operationFiles(`${repository}schema/operations`);
  assert.ok(files.length > 0);

  const [output] = await generate({
    schema: `${repository}schema/schema.graphql`,
    documents: `${repository}schema/operations/**/*.graphql`,
    silent: true,
    generates: { 'operations.ts': { plugins: ['typescript', 'typescript-operations'] } },
  }, false);

  for (const file of files) {
    const source = await import('node:fs/promises').then((fs) => fs.readFile(file, 'utf8'));
    for (const [, kind, name] of source.matchAll(/^(query|mutation)\s+(\w+)/gm)) {
      const suffix = kind === 'query' ? 'Query' : 'Mutation';
      assert.match(output.content, new RegExp(`export type ${name}${name.endsWith(suffix) ? '' : suffix} = `), `${file}: ${name}`);
    }
  }
});
