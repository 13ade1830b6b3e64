// The login form: checks the credentials against the API (GET /me), then keeps them in memory only.
import { ApiError, signIn } from './api.js';
import { h, show } from './dom.js';

export function renderLogin(main, onSuccess, launchError = null) {
  const message = h('p', { class: 'error', role: 'alert', id: 'login-error' }, launchError ?? '');
  const name = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'panel login', id: 'login' },
    h('h1', {}, 'Log in'),
    h('p', { class: 'muted' }, 'Your Account Success user (the Karaf realm).'),
    h('label', {}, 'User', name),
    h('label', {}, 'Password', password),
    message,
    h('button', { type: 'submit' }, 'Log in'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(name.value, password.value);
      onSuccess();
    } catch (error) {
      show(message, error instanceof ApiError && error.status === 401
        ? 'Unknown user or wrong password.' : `Cannot log in: ${error.message}`);
    }
  });
  show(main, form);
  name.focus();
}
