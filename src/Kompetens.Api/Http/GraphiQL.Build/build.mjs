// Bundles GraphiQL (npm package graphiql) and Monaco's workers into ../graphiql/, which the service embeds and
// serves (Http/GraphQLIde.cs). Run `npm ci && npm run build` here after changing app.jsx or a version, and commit
// ../graphiql/: `dotnet run` then needs neither Node nor a CDN.
import { build } from 'esbuild';
import { copyFile, rm } from 'node:fs/promises';

const outdir = new URL('../graphiql/', import.meta.url).pathname;
await rm(outdir, { recursive: true, force: true });

const common = {
  bundle: true,
  minify: true,
  legalComments: 'linked',
  target: 'es2022',
  logLevel: 'info',
  define: { 'process.env.NODE_ENV': '"production"' },
};

await build({
  ...common,
  entryPoints: { graphiql: 'app.jsx' },
  outdir,
  format: 'iife',
  jsx: 'automatic',
  loader: { '.ttf': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.svg': 'dataurl' },
});

await build({
  ...common,
  entryPoints: {
    'editor.worker': 'monaco-editor/esm/vs/editor/editor.worker.js',
    'json.worker': 'monaco-editor/esm/vs/language/json/json.worker.js',
    'graphql.worker': 'monaco-graphql/esm/graphql.worker.js',
  },
  outdir,
  format: 'iife',
});

await copyFile(new URL('page.css', import.meta.url), new URL('page.css', new URL(`file://${outdir}`)));
