// The GraphiQL console served at GET /graphql. Built by build.mjs into ../graphiql/ (committed); loads nothing
// from outside the service: Monaco's workers, styles and fonts are all in that folder.
import React from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';

const base = new URL('./', document.querySelector('script[src$="graphiql.js"]').src);

globalThis.MonacoEnvironment = {
  getWorker(_workerId, label) {
    const file = label === 'json' ? 'json.worker.js' : label === 'graphql' ? 'graphql.worker.js' : 'editor.worker.js';
    return new Worker(new URL(file, base));
  },
};

// The service writes its settings into the page (GraphQLIde.cs): the endpoint, and in Development an example.
const config = JSON.parse(document.getElementById('kompetens-config').textContent);

async function fetcher(params, options) {
  const response = await fetch(config.endpoint, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
      ...(options?.headers ?? {}),
    },
    body: JSON.stringify(params),
  });
  return response.json();
}

function Console() {
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={config.defaultQuery}
      initialHeaders={config.defaultHeaders}
      defaultEditorToolsVisibility="headers"
      shouldPersistHeaders={false}
    >
      <GraphiQL.Logo>Kompetens</GraphiQL.Logo>
    </GraphiQL>
  );
}

if (config.tokenHelp) {
  document.getElementById('token-help').textContent = config.tokenHelp;
}

createRoot(document.getElementById('graphiql')).render(<Console />);
