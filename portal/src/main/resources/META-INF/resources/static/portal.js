// Progressive enhancement for the portal; every page works without it.
// 1. The inbox badge follows the notification stream (Server-Sent Events) and tells the page ("ea:notification").
// 2. Draft forms keep what was typed in sessionStorage until the server has it, so a session that ends in the
//    middle of a form, or a service that is down, loses nothing: after signing in again the same draft comes back.
// 3. A live check that finds the session ended (499 from the portal) reloads the page, which signs in again.
(function () {
  'use strict';

  function badge() { return document.getElementById('inbox-badge'); }

  function setUnread(n) {
    var b = badge();
    if (!b) { return; }
    b.textContent = String(n);
    b.setAttribute('aria-label', n + ' unread');
  }

  function startStream() {
    var b = badge();
    if (!b || !window.EventSource) { return; }
    var failures = 0;
    var source;
    function open() {
      source = new EventSource('/inbox/stream');
      source.addEventListener('ready', function () { failures = 0; b.setAttribute('data-live', 'on'); });
      source.addEventListener('notification', function (e) {
        var current = parseInt(badge().textContent, 10);
        var read = false;
        try { read = JSON.parse(e.data).read === true; } catch (ignored) { read = false; }
        if (!read) { setUnread((isNaN(current) ? 0 : current) + 1); }
        document.body.dispatchEvent(new CustomEvent('ea:notification', { detail: e.data }));
      });
      source.onerror = function () {
        b.setAttribute('data-live', 'off');
        source.close();
        failures++;
        if (failures < 6) { setTimeout(open, Math.min(30000, 1000 * Math.pow(2, failures))); }
      };
    }
    open();
    window.addEventListener('pagehide', function () { if (source) { source.close(); } });
  }

  function formValues(form) {
    var out = [];
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || el.type === 'hidden' && el.name !== 'programId' && el.name.indexOf('rows.') !== 0) { return; }
      if ((el.type === 'checkbox' || el.type === 'radio')) { out.push([el.name, el.value, el.checked]); }
      else if (el.tagName !== 'BUTTON') { out.push([el.name, el.value]); }
    });
    return out;
  }

  function restore(form, saved) {
    saved.forEach(function (entry) {
      var els = form.querySelectorAll('[name="' + CSS.escape(entry[0]) + '"]');
      Array.prototype.forEach.call(els, function (el) {
        if (el.type === 'checkbox' || el.type === 'radio') {
          if (el.value === entry[1]) { el.checked = entry[2]; }
        } else if (entry.length === 2) {
          el.value = entry[1];
        }
      });
    });
  }

  function keepDrafts() {
    var form = document.getElementById('draft-form');
    if (!form || !window.sessionStorage) { return; }
    var key = 'ea-draft-' + form.getAttribute('data-draft-key');
    var retries = 0;
    var stored = null;
    try { stored = JSON.parse(sessionStorage.getItem(key)); } catch (ignored) { stored = null; }
    if (stored && stored.basedOn === form.getAttribute('data-draft-version')) {
      restore(form, stored.values);
      var note = document.createElement('p');
      note.className = 'ok';
      note.id = 'restored';
      note.setAttribute('role', 'status');
      note.textContent = 'What you typed before signing in again is back; it is being saved now.';
      form.insertBefore(note, form.firstChild);
      if (window.htmx) { htmx.trigger(form, 'change'); }
    } else if (stored) {
      sessionStorage.removeItem(key);
    }
    function remember() {
      sessionStorage.setItem(key, JSON.stringify({ basedOn: form.getAttribute('data-draft-version'), values: formValues(form) }));
    }
    form.addEventListener('input', remember);
    form.addEventListener('change', remember);
    document.body.addEventListener('htmx:afterRequest', function (e) {
      var xhr = e.detail.xhr;
      if (!xhr || e.detail.elt !== form) { return; }
      var version = xhr.getResponseHeader('EA-Draft-Version');
      var invalid = xhr.getResponseHeader('EA-Invalid');
      if (version) { form.setAttribute('data-draft-version', version); }
      // saved and nothing refused: the server has it all; otherwise keep the copy (refused or unsaved values)
      if (version && invalid === '0') { sessionStorage.removeItem(key); } else { remember(); }
      // a service could not answer: check again in a few seconds, a few times, without losing anything
      if (xhr.getResponseHeader('EA-Retry') === 'true' && retries < 5) {
        retries++;
        setTimeout(function () { htmx.trigger(form, 'change'); }, 3000);
      } else if (!xhr.getResponseHeader('EA-Retry')) {
        retries = 0;
      }
    });
  }

  // marks inputs whose problem changed with a live check, for screen readers
  function syncInvalid() {
    Array.prototype.forEach.call(document.querySelectorAll('.field-error[data-for]'), function (p) {
      var input = document.getElementById(p.getAttribute('data-for'));
      if (!input) { return; }
      var has = p.textContent.trim().length > 0;
      if (has) { input.setAttribute('aria-invalid', 'true'); } else { input.removeAttribute('aria-invalid'); }
      var wrap = p.parentElement;
      if (wrap && wrap.classList.contains('field')) { wrap.classList.toggle('has-error', has); }
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    startStream();
    keepDrafts();
    document.body.addEventListener('htmx:afterSettle', syncInvalid);
    document.body.addEventListener('htmx:responseError', function (e) {
      if (e.detail.xhr && e.detail.xhr.status === 499) { window.location.reload(); }
    });
  });
})();
