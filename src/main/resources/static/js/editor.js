/*
 * The release editor, enhanced: autosave, a warning before leaving unsaved words, and who
 * else has the editor open. The page works without it: saving is an ordinary form post.
 *
 * Autosave posts the form (with its CSRF token and the version the officer started from)
 * 15 seconds after typing stops, or after a minute of steady typing, and only when the words
 * changed since the last save. The server answers JSON; anything else (a refusal page, a
 * redirect to sign in) means the session has ended, and the words stay in the page: saving
 * then keeps them through the sign-in (see SignedOutSaves). What is sent is kept in the tab
 * too, for a failure that never reaches the editor.
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
  form.addEventListener('submit', function (event) {
    submitting = true;
    if (timer !== null) {
      clearTimeout(timer);
    }
    if (!event.submitter || event.submitter.value !== 'preview') {
      stash();
    }
  });

  /*
   * What was sent is also kept in this tab (sessionStorage), for when the answer is not the
   * editor at all: a database so slow or down that even the session cannot be read gives the
   * service-problem page. Opened again, the editor offers the words back, with the version
   * they were written on, so a save made meanwhile is still a conflict. Kept twelve hours.
   */
  var STASH = 'newsroom.editor:' + form.getAttribute('action');
  var KEPT_FOR = 12 * 60 * 60 * 1000;

  function stash() {
    try {
      var fields = [];
      new FormData(form).forEach(function (value, name) {
        if (name !== '_csrf' && typeof value === 'string') {
          fields.push([name, value]);
        }
      });
      sessionStorage.setItem(STASH, JSON.stringify({ at: Date.now(), fields: fields }));
    }
    catch (e) {
      /* Storage full or refused: the server-side ways of keeping the words remain. */
    }
  }

  function stashedWords(fields) {
    var data = new URLSearchParams();
    fields.forEach(function (field) {
      if (['version', 'revision', 'replacing', 'choice'].indexOf(field[0]) === -1) {
        data.append(field[0], field[1]);
      }
    });
    return data.toString();
  }

  function putBack(fields) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name || element.name === '_csrf' || element.type === 'submit' || element.type === 'button') {
        return;
      }
      var values = fields.filter(function (field) { return field[0] === element.name; })
        .map(function (field) { return field[1]; });
      if (element.type === 'checkbox' || element.type === 'radio') {
        element.checked = values.indexOf(element.value) !== -1;
      }
      else if (values.length > 0 || element.type !== 'hidden') {
        element.value = values.length > 0 ? values[0] : '';
      }
    });
    saved = null;
  }

  function offerStash() {
    var kept;
    try {
      kept = JSON.parse(sessionStorage.getItem(STASH));
    }
    catch (e) {
      return;
    }
    if (!kept || !kept.fields) {
      return;
    }
    if (Date.now() - kept.at > KEPT_FOR || stashedWords(kept.fields) === words()) {
      sessionStorage.removeItem(STASH);
      return;
    }
    var offer = document.querySelector('[data-restore]');
    var text = document.querySelector('[data-restore-text]');
    var button = document.querySelector('[data-restore-button]');
    if (!offer || !text || !button) {
      return;
    }
    text.textContent = 'At ' + new Date(kept.at).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })
      + ' you sent words from this tab that are not in the form: if that save did not go through, '
      + 'put them back and save again. Nothing is saved until you do.';
    offer.hidden = false;
    button.addEventListener('click', function () {
      putBack(kept.fields);
      sessionStorage.removeItem(STASH);
      offer.hidden = true;
      say('Your words are back in the form. Nothing is saved until you save.');
      form.querySelector('#title').focus();
    });
  }

  offerStash();

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
