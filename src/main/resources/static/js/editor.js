/*
 * The release editor, enhanced: autosave, a warning before leaving unsaved words, and who
 * else has the editor open. The page works without it: saving is an ordinary form post.
 *
 * Autosave posts the form (with its CSRF token and the version the officer started from)
 * 15 seconds after typing stops, or after a minute of steady typing, and only when the words
 * changed since the last save. The server answers JSON; anything else (a refusal page, a
 * redirect to sign in) means the session has ended, and the words stay in the page: saving
 * then keeps them through the sign-in (see SignedOutSaves).
 */
(function () {
  'use strict';
  var form = document.querySelector('form[data-editor]');
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var QUIET = 15000;
  var LONGEST = 60000;
  var HEARTBEAT = 60000;
  var autosaveUrl = form.getAttribute('data-autosave-url');
  var heartbeatUrl = form.getAttribute('data-heartbeat-url');
  var status = document.querySelector('[data-autosave-status]');
  var others = document.querySelector('[data-other-editors]');
  var otherNames = document.querySelector('[data-other-editors-names]');
  var submitting = false;
  var stopped = false;
  var timer = null;
  var dirtySince = null;

  /* The words as they would be saved, without the token and version fields. */
  function words() {
    var data = new FormData(form);
    data.delete('_csrf');
    data.delete('version');
    data.delete('revision');
    data.delete('replacing');
    data.delete('choice');
    return new URLSearchParams(data).toString();
  }

  var saved = form.hasAttribute('data-unsaved') ? null : words();

  function isDirty() {
    return words() !== saved;
  }

  function say(text) {
    if (status) {
      status.textContent = text;
    }
  }

  function showEditors(names) {
    if (!others || !otherNames || !names) {
      return;
    }
    otherNames.textContent = names.join(', ');
    others.hidden = names.length === 0;
  }

  function post(url, body) {
    return fetch(url, {
      method: 'POST',
      body: body,
      credentials: 'same-origin',
      redirect: 'manual',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      var type = response.headers.get('Content-Type') || '';
      if (type.indexOf('application/json') === -1) {
        say('Your session has ended, so your words are not autosaved. They are still in this page: '
          + 'press Save, sign in, and your words will be back in the form to save.');
        stopped = true;
        return null;
      }
      return response.json().then(function (answer) {
        showEditors(answer.editors);
        return { ok: response.ok, status: response.status, answer: answer };
      });
    });
  }

  function autosave() {
    timer = null;
    if (submitting || stopped || !isDirty()) {
      return;
    }
    var sending = words();
    post(autosaveUrl, new URLSearchParams(new FormData(form))).then(function (result) {
      if (!result) {
        return;
      }
      if (result.ok) {
        form.elements.version.value = result.answer.version;
        form.elements.revision.value = result.answer.revision;
        saved = sending;
        dirtySince = isDirty() ? Date.now() : null;
      }
      else if (result.status === 409 || result.status === 403 || result.status === 404) {
        stopped = true;
      }
      say(result.answer.message);
    }).catch(function () {
      say('Could not autosave: check your connection. Your words are still in this page.');
    });
  }

  function typed() {
    if (!autosaveUrl || stopped) {
      return;
    }
    var now = Date.now();
    if (dirtySince === null) {
      dirtySince = now;
    }
    if (timer !== null) {
      if (now - dirtySince >= LONGEST) {
        return;
      }
      clearTimeout(timer);
    }
    timer = setTimeout(autosave, QUIET);
  }

  form.addEventListener('input', typed);
  form.addEventListener('change', typed);
  form.addEventListener('submit', function () {
    submitting = true;
    if (timer !== null) {
      clearTimeout(timer);
    }
  });

  window.addEventListener('beforeunload', function (event) {
    if (!submitting && isDirty()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  /* Back from the browser's cache after a submit that did not leave the page. */
  window.addEventListener('pageshow', function () {
    submitting = false;
  });

  if (heartbeatUrl) {
    setInterval(function () {
      if (!stopped && !submitting && document.visibilityState !== 'hidden') {
        var token = new URLSearchParams();
        token.set('_csrf', form.elements._csrf.value);
        post(heartbeatUrl, token).catch(function () {});
      }
    }, HEARTBEAT);
  }
})();
