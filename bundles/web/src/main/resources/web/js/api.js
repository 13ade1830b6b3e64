// The REST API client. The credentials live in this module only (never in storage) and go out as
// an Authorization header: HTTP Basic after the login form, or Bearer with the session a CRM launch
// token was exchanged for; credentials: 'omit' keeps the browser's own login prompt away.

const BASE = new URL('api/v1/', document.baseURI);
let authorization = null;
let user = null;
let roles = [];

/** A failed request: the HTTP status and the problem's detail; {@code problem} is the whole problem JSON. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail ?? `${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** Checks the credentials with GET /me and keeps them, with the caller's roles, when they work. */
export async function signIn(name, password) {
  const bytes = new TextEncoder().encode(`${name}:${password}`);
  authorization = 'Basic ' + btoa(String.fromCharCode(...bytes));
  try {
    const me = await get('me');
    user = me.user;
    roles = me.roles;
  } catch (error) {
    signOut();
    throw error;
  }
}

/** Exchanges a launch token from the host CRM for a session (POST /sessions) and keeps it in memory. */
export async function signInWithLaunch(launchToken) {
  const session = await post('sessions', { launchToken });
  authorization = `Bearer ${session.token}`;
  try {
    const me = await get('me');
    user = me.user;
    roles = me.roles;
  } catch (error) {
    signOut();
    throw error;
  }
}

export function signOut() {
  if (authorization?.startsWith('Bearer ')) {
    // ends the session on the server too; the page forgets it either way
    send(new URL('sessions/current', BASE), { method: 'DELETE' }).catch(() => {});
  }
  authorization = null;
  user = null;
  roles = [];
}

export function currentUser() {
  return user;
}

/** Whether the signed-in user has a product role: admin, manager, rep or hr. */
export function hasRole(role) {
  return roles.includes(role);
}

/** Admins, managers and reps see accounts; hr sees only the eNPS. */
export function seesAccounts() {
  return ['admin', 'manager', 'rep'].some(hasRole);
}

/** GET a resource under /api/v1 with the given query parameters (empty ones left out). */
export async function get(path, parameters = {}) {
  const url = new URL(path, BASE);
  for (const [name, value] of Object.entries(parameters)) {
    if (value !== undefined && value !== null && value !== '') {
      url.searchParams.set(name, value);
    }
  }
  return send(url, { method: 'GET' });
}

/** POST a JSON body to a resource under /api/v1 (no body: an empty POST). */
export function post(path, body) {
  return write('POST', path, body);
}

/** PATCH a resource under /api/v1 with a JSON body of the fields to change. */
export function patch(path, body) {
  return write('PATCH', path, body);
}

function write(method, path, body) {
  const init = { method };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json' };
  }
  return send(new URL(path, BASE), init);
}

async function send(url, init) {
  const response = await fetch(url, {
    ...init,
    // X-Requested-With: the API takes writes only with it, which another site's page cannot send
    headers: { ...init.headers, Authorization: authorization ?? '', Accept: 'application/json',
      'X-Requested-With': 'account-success' },
    credentials: 'omit',
  });
  if (!response.ok) {
    const problem = await response.json().catch(() => ({}));
    throw new ApiError(response.status, { detail: `${response.status} ${response.statusText}`, ...problem });
  }
  return response.status === 204 ? null : response.json();
}
