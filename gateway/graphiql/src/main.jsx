// Must come first: bundles Monaco's web workers locally (the esm.sh variant loads them from a CDN).
import 'graphiql/setup-workers/vite';
import { StrictMode, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL, HISTORY_PLUGIN } from 'graphiql';
import { explorerPlugin } from '@graphiql/plugin-explorer';
import 'graphiql/style.css';
import '@graphiql/plugin-explorer/style.css';

const ENDPOINT = '/graphql';
const TOKEN_KEY = 'crm.graphiql.token';
const explorer = explorerPlugin();
const plugins = [HISTORY_PLUGIN, explorer]; // module-level: a new array on each render would reset the plugins

// `#token=...` (the link `npm start` prints) wins over a token kept for this tab.
function initialToken() {
  const fromUrl = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    history.replaceState(null, '', location.pathname + location.search); // keep the token out of the address bar
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function createFetcher(token) {
  return async (params, opts) => {
    const headers = new Headers({ 'content-type': 'application/json', accept: 'application/json' });
    if (token) headers.set('authorization', `Bearer ${token}`);
    for (const [name, value] of Object.entries(opts?.headers ?? {})) headers.set(name, String(value)); // the headers tab wins
    const res = await fetch(ENDPOINT, { method: 'POST', headers, body: JSON.stringify(params) });
    const text = await res.text();
    try {
      return JSON.parse(text);
    } catch {
      return { errors: [{ message: `HTTP ${res.status}: ${text.slice(0, 500)}` }] };
    }
  };
}

function TokenForm({ token, onChange }) {
  const submit = (event) => {
    event.preventDefault();
    onChange(new FormData(event.currentTarget).get('token').trim());
  };
  return (
    <form className="crm-token" onSubmit={submit}>
      <label htmlFor="crm-token">Bearer token</label>
      <input
        id="crm-token"
        name="token"
        type="password"
        autoComplete="off"
        defaultValue={token}
        placeholder="pnpm token --tenant demo --role analyst"
      />
      <button type="submit">Use token</button>
    </form>
  );
}

function App() {
  const [token, setToken] = useState(initialToken);
  // A new fetcher makes GraphiQL introspect again, so docs and autocomplete follow the token.
  const fetcher = useMemo(() => createFetcher(token), [token]);
  const changeToken = (next) => {
    sessionStorage.setItem(TOKEN_KEY, next);
    setToken(next);
  };
  return (
    <GraphiQL fetcher={fetcher} plugins={plugins} visiblePlugin={explorer} shouldPersistHeaders={false}>
      <GraphiQL.Logo>
        <TokenForm token={token} onChange={changeToken} />
      </GraphiQL.Logo>
    </GraphiQL>
  );
}

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
