/*
 * Quick exit. Without JavaScript the "Leave this site" button is a plain link to a neutral
 * site. With it, the button, the Escape key, or Shift pressed three times hide the page at
 * once, blank the title and leave with location.replace, so Back does not return here.
 */
(function () {
  'use strict';

  var button = document.querySelector('[data-quick-exit]');
  if (!button) {
    return;
  }
  var destination = button.getAttribute('href');
  var shiftPresses = [];
  var SHIFT_WINDOW_MS = 1500;

  function leave() {
    document.documentElement.classList.add('is-leaving');
    document.title = '';
    try {
      window.location.replace(destination);
    } catch (e) {
      window.location.href = destination;
    }
  }

  /*
   * Escape leaves even while the visitor is typing. It does not when something else on the
   * page has already used it (a component that closes on Escape calls preventDefault), when
   * an open dialog or popover is there to close, or while an input method is composing text.
   */
  function escapeIsForSomethingElse(event) {
    if (event.defaultPrevented || event.isComposing) {
      return true;
    }
    var target = event.target;
    if (target && target.closest && target.closest('dialog[open], [popover]:popover-open')) {
      return true;
    }
    return document.querySelector('dialog[open]') !== null;
  }

  button.addEventListener('click', function (event) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    leave();
  });

  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      if (!escapeIsForSomethingElse(event)) {
        event.preventDefault();
        leave();
      }
      return;
    }
    if (event.key === 'Shift') {
      if (event.repeat) {
        return;
      }
      var now = Date.now();
      shiftPresses = shiftPresses.filter(function (at) { return now - at < SHIFT_WINDOW_MS; });
      shiftPresses.push(now);
      if (shiftPresses.length >= 3) {
        shiftPresses = [];
        leave();
      }
      return;
    }
    shiftPresses = [];
  });

  var hint = document.querySelector('[data-quick-exit-hint]');
  if (hint) {
    hint.hidden = false;
  }

  // If the browser shows this page again from its back-forward cache, keep it hidden.
  window.addEventListener('pageshow', function (event) {
    if (event.persisted && document.documentElement.classList.contains('is-leaving')) {
      window.location.replace(destination);
    }
  });
})();
