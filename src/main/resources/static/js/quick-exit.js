/*
 * Quick exit. Without JavaScript the "Leave this site" button is a plain link to a neutral
 * site. With it, the button, the Escape key, or Shift pressed three times hide the page at
 * once, blank the title, and take every page of ours out of the tab's history:
 *
 * 1. Every page of ours stamps its history entry with its position in the tab's history
 *    (history.state survives Back, Forward and reload), and sessionStorage keeps the
 *    position of the first entry of ours in this tab.
 * 2. On the key, the page is hidden, a "leaving" flag is set, and history.go goes back to
 *    that first entry.
 * 3. That entry, which hides itself before it is painted because the flag is set (this file
 *    is loaded without defer, so it runs before the body exists), replaces itself with the
 *    blank hop page /leaving.html.
 * 4. The hop page leaves for the neutral site by an ordinary navigation, which drops every
 *    later entry (all our other pages) from the history. If Back ever brings the reader to
 *    the hop page again, it replaces itself with the neutral site.
 *
 * This file runs in the head: the part that must run before painting runs at once, the
 * rest when the page has been parsed.
 */
(function () {
  'use strict';

  var FIRST = 'quickExit.first';
  var LEAVING = 'quickExit.leaving';
  var DESTINATION = 'quickExit.destination';
  var HOP = '/leaving.html';
  var root = document.documentElement;

  function storage() {
    try {
      return window.sessionStorage;
    } catch (e) {
      return null;
    }
  }

  var store = storage();

  function position() {
    var state = history.state;
    return state && typeof state.quickExitPosition === 'number' ? state.quickExitPosition : null;
  }

  function leaving() {
    return store !== null && store.getItem(LEAVING) === '1';
  }

  // Stamp a new entry with its position; a reload, Back or Forward finds it stamped.
  if (position() === null) {
    var here = history.length - 1;
    var state = history.state && typeof history.state === 'object' ? history.state : {};
    var stamped = {};
    for (var key in state) {
      if (Object.prototype.hasOwnProperty.call(state, key)) {
        stamped[key] = state[key];
      }
    }
    stamped.quickExitPosition = here;
    try {
      history.replaceState(stamped, '');
    } catch (e) {
      // Without history.state the exit still replaces this page (see leave).
    }
    if (store !== null && position() !== null) {
      var first = parseInt(store.getItem(FIRST), 10);
      // Entries from here on are new: an earlier first entry of ours at or after this
      // position has been dropped from the history.
      if (isNaN(first) || first >= here) {
        store.setItem(FIRST, String(here));
      }
    }
  }

  function hide() {
    root.classList.add('is-leaving');
    document.title = '';
  }

  /* Arrived at an entry while leaving: hide before anything is painted and move on. */
  var moving = false;

  function continueLeaving() {
    hide();
    if (moving) {
      return;
    }
    moving = true;
    var first = parseInt(store.getItem(FIRST), 10);
    var here = position();
    if (here !== null && !isNaN(first) && here > first) {
      history.go(first - here);
      return;
    }
    window.location.replace(HOP);
  }

  if (leaving()) {
    continueLeaving();
  }

  // Shown again from the back-forward cache while leaving: stay hidden and carry on.
  window.addEventListener('pageshow', function (event) {
    if (leaving()) {
      if (event.persisted) {
        moving = false;
      }
      continueLeaving();
    } else if (event.persisted) {
      root.classList.remove('is-leaving');
    }
  });

  // Hidden as it goes, so a copy kept in the back-forward cache comes back hidden.
  window.addEventListener('pagehide', function () {
    root.classList.add('is-leaving');
  });

  function wire() {
    var button = document.querySelector('[data-quick-exit]');
    if (!button) {
      return;
    }
    var destination = button.href;
    var shiftPresses = [];
    var SHIFT_WINDOW_MS = 1500;
    if (store !== null) {
      store.setItem(DESTINATION, destination);
    }

    function leave() {
      hide();
      var first = store === null ? NaN : parseInt(store.getItem(FIRST), 10);
      var here = position();
      if (store === null || here === null || isNaN(first)) {
        window.location.replace(destination);
        return;
      }
      store.setItem(DESTINATION, destination);
      store.setItem(LEAVING, '1');
      if (here > first) {
        history.go(first - here);
      } else {
        window.location.replace(HOP);
      }
    }

    /*
     * Escape leaves even while the visitor is typing. It does not when something else on
     * the page has already used it (a component that closes on Escape calls
     * preventDefault), when an open dialog or popover is there to close, or while an input
     * method is composing text.
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
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', wire);
  } else {
    wire();
  }
})();
