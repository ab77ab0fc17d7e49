// Calls to dyad's API. A server started with a token answers 401: the
// token is asked for once and kept for the tab's session.
export class ApiError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

function headers() {
  const token = sessionStorage.getItem('dyad-token');
  return token ? { Authorization: `Bearer ${token}` } : {};
}

export async function api(path, params = {}, options = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') query.set(k, v);
  const url = `/api/${path}${query.toString() ? `?${query}` : ''}`;
  const res = await fetch(url, { ...options, headers: { ...headers(), ...(options.headers || {}) } });
  if (res.status === 401 && !options.retried) {
    const token = window.prompt('This dyad server needs a token:');
    if (token) {
      sessionStorage.setItem('dyad-token', token);
      return api(path, params, { ...options, retried: true });
    }
  }
  const body = await res.json().catch(() => ({ error: `HTTP ${res.status}` }));
  if (!res.ok) throw new ApiError(res.status, body.error || `HTTP ${res.status}`);
  return body;
}
