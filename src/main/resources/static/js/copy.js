/*
 * A "Copy" button for a read-only field: data-copy names the field, data-copied the place
 * that says it worked. Without JavaScript the button stays hidden and the field can be
 * selected and copied by hand.
 */
(function () {
  'use strict';
  var buttons = document.querySelectorAll('button[data-copy]');
  Array.prototype.forEach.call(buttons, function (button) {
    var field = document.getElementById(button.getAttribute('data-copy'));
    var status = document.getElementById(button.getAttribute('data-copied'));
    if (!field) {
      return;
    }
    button.hidden = false;
    function done(copied) {
      if (status) {
        status.textContent = copied ? 'Link copied.' : 'Could not copy: select the link and copy it.';
      }
    }
    function byHand() {
      field.focus();
      field.select();
      var copied = false;
      try {
        copied = document.execCommand('copy');
      } catch (e) {
        copied = false;
      }
      done(copied);
    }
    button.addEventListener('click', function () {
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(field.value).then(function () { done(true); }, byHand);
      } else {
        byHand();
      }
    });
  });
})();
