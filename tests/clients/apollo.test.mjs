// Apollo Client as an integrator uses it: relayStylePagination walks a whole list, and the persisted-query link
// (automatic persisted queries) falls back from hash to text once and then runs by hash.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, gql } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { PersistedQueryLink } from '@apollo/client/link/persisted-queries';
import { authorization, url } from './env.mjs';

const sha256 = (text) => createHash('sha256').update(text).digest('hex');

function recordingFetch(log) {
  return async (input, init) => {
    log.push(JSON.parse(init.body));
    return fetch(input, init);
  };
}

test('relayStylePagination walks every competence exactly once', async () => {
  const client = new ApolloClient({
    link: new HttpLink({ uri: url, headers: authorization }),
    cache: new InMemoryCache({ typePolicies: { Query: { fields: { competences: relayStylePagination(['where', 'order']) } } } }),
  });
  const query = gql`
    query CompetencePages($after: String) {
      competences(first: 7, after: $after, order: [{ code: ASC }]) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { cursor node { id code } }
      }
    }`;

  const observable = client.watchQuery({ query });
  const subscription = observable.subscribe(() => {});
  await client.query({ query });
  let data = client.readQuery({ query });
  let pages = 1;
  while (data.competences.pageInfo.hasNextPage) {
    await observable.fetchMore({ variables: { after: data.competences.pageInfo.endCursor } });
    data = client.readQuery({ query });
    pages++;
  }

  subscription.unsubscribe();

  const codes = data.competences.edges.map((e) => e.node.code);
  assert.ok(pages > 1, 'more than one page');
  assert.equal(codes.length, data.competences.totalCount);
  assert.equal(new Set(codes).size, codes.length, 'no duplicates');
  assert.deepEqual(codes, [...codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
});

test('Apollo APQ: unknown hash, then hash and text, then hash alone', async () => {
  const log = [];
  const link = ApolloLink.from([new PersistedQueryLink({ sha256 }), new HttpLink({ uri: url, headers: authorization, fetch: recordingFetch(log) })]);
  const client = () => new ApolloClient({ link, cache: new InMemoryCache() });
  // A name of its own, so that the service has never seen this text before.
  const query = gql(`query ApqTrainings${Date.now()}($n: Int) { trainings(first: $n) { nodes { id code } } }`);

  const first = await client().query({ query, variables: { n: 3 } });
  const second = await client().query({ query, variables: { n: 3 } });

  assert.equal(first.data.trainings.nodes.length, 3);
  assert.deepEqual(second.data, first.data);
  const hash = log[0].extensions.persistedQuery.sha256Hash;
  assert.deepEqual(log.map((body) => [body.query !== undefined, body.extensions.persistedQuery.sha256Hash === hash]),
    [[false, true], [true, true], [false, true]]);
});
