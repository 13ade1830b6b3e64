// The login form: checks the credentials against the API (GET /me), then keeps them in memory only.
import { ApiError, signIn } from './api.js';
import { h, show } from './dom.js';
import { t } from './i18n.js';

export function renderLogin(main, onSuccess, launchError = null) {
  const message = h('p', { class: 'error', role: 'alert', id: 'login-error' }, launchError ?? '');
  const name = h('input', { id: 'login-user', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'panel login', id: 'login' },
    h('h1', {}, t('login.title')),
    h('p', { class: 'muted' }, t('login.hint')),
    h('label', {}, t('login.user'), name),
    h('label', {}, t('login.password'), password),
    message,
    h('button', { type: 'submit' }, t('login.submit')));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await signIn(name.value, password.value);
      onSuccess();
    } catch (error) {
      show(message, error instanceof ApiError && error.status === 401
        ? t('login.wrong') : t('login.failed', { detail: error.message }));
    }
  });
  show(main, form);
  name.focus({ preventScroll: true });
}
