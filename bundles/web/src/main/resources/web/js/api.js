// The REST API client. The credentials live in this module only (never in storage) and go out as
// an HTTP Basic Authorization header; credentials: 'omit' keeps the browser's own login prompt away.

const BASE = new URL('api/v1/', document.baseURI);
let authorization = null;
let user = null;

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

export function signIn(name, password) {
  const bytes = new TextEncoder().encode(`${name}:${password}`);
  authorization = 'Basic ' + btoa(String.fromCharCode(...bytes));
  user = name;
}

export function signOut() {
  authorization = null;
  user = null;
}

export function currentUser() {
  return user;
}

/** GET a resource under /api/v1 with the given query parameters (empty ones left out). */
export async function get(path, parameters = {}) {
  const url = new URL(path, BASE);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  const response = await fetch(url, {
    headers: { Authorization: authorization ?? '', Accept: 'application/json' },
    credentials: 'omit',
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, problem.detail ?? `${response.status} ${response.statusText}`);
  }
  return response.json();
}
