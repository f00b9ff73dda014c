// graphql-js's standard introspection query, as GraphiQL, Apollo, Postman and codegen send it, builds a client
// schema equal to the published schema/schema.graphql.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { GraphQLSchema, buildClientSchema, buildSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from 'graphql';
import { authorization, repository, url } from './env.mjs';

const print = (schema) => printSchema(lexicographicSortSchema(schema));

for (const [name, options] of [
  ['default options', undefined],
  ['every option', { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true }],
]) {
  test(`standard introspection (${name}) builds the published schema`, async () => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json', ...authorization },
      body: JSON.stringify({ query: getIntrospectionQuery(options), operationName: 'IntrospectionQuery' }),
    });
    const result = await response.json();
    assert.equal(response.status, 200, JSON.stringify(result.errors));
    assert.equal(result.errors, undefined);

    const published = buildSchema(await readFile(`${repository}schema/schema.graphql`, 'utf8'));
    // Without `schemaDescription` the query does not ask for the schema's description.
    const expected = options?.schemaDescription ? published : new GraphQLSchema({ ...published.toConfig(), description: undefined });
    const client = buildClientSchema(result.data);

    assert.equal(print(client), print(expected));
  });
}
