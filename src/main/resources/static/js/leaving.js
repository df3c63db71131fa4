/*
 * The quick exit's hop page (see quick-exit.js): blank, it only sends the reader on to the
 * neutral site. Reached while leaving, it waits until it has loaded (a navigation before
 * that would only replace it) and leaves by an ordinary navigation, which drops every later
 * entry of ours from the tab's history. Reached again by Back or Forward, it replaces itself
 * with the neutral site, so no entry of ours is left at all.
 */
(function () {
  'use strict';

  var store = null;
  try {
    store = window.sessionStorage;
  } catch (e) {
    store = null;
  }
  var destination = store === null ? null : store.getItem('quickExit.destination');
  if (!destination) {
    return;
  }

  function go() {
    if (store.getItem('quickExit.leaving') === '1') {
      store.removeItem('quickExit.leaving');
      store.removeItem('quickExit.first');
      window.setTimeout(function () {
        window.location.href = destination;
      }, 0);
    } else {
      window.location.replace(destination);
    }
  }

  window.addEventListener('pageshow', function (event) {
    if (event.persisted) {
      go();
    }
  });

  if (document.readyState === 'complete') {
    go();
  } else {
    window.addEventListener('load', go);
  }
})();
