  var API = String(CONFIG.API_URL).replace(/\/+$/, '');
  var SESSION_KEY = 'enersolar_session_id';
  var SESSION_FORMAT = /^[0-9a-fA-F-]{36}$/;
  var query = {};
  try {
    new URLSearchParams(window.location.search).forEach(function (value, key) {
      if (!Object.prototype.hasOwnProperty.call(query, key)) { query[key] = value; }
    });
  } catch (e) { /* very old browser: no campaign parameters */ }
  function param(name) {
    return Object.prototype.hasOwnProperty.call(query, name) ? query[name] : '';
  }
  var UTM = {
    utm_source: param('utm_source'),
    utm_medium: param('utm_medium'),
    utm_campaign: param('utm_campaign')
  };
  window.dataLayer = window.dataLayer || [];
  function push(event) {
    if (CONFIG.DATALAYER) { window.dataLayer.push(event); }
  }
  function storedSession() {
    try { return window.sessionStorage.getItem(SESSION_KEY) || ''; } catch (e) { return ''; }
  }
  var session = '';
  function remember(id) {
    if (typeof id !== 'string' || !SESSION_FORMAT.test(id)) { return; }
    session = id;
    try { window.sessionStorage.setItem(SESSION_KEY, id); } catch (e) { /* private mode */ }
  }
  remember(param('session_id') || storedSession());
  /* Tracking calls run one after the other, so each sends the session the previous one opened. */
  var pending = Promise.resolve();
  function track(path, fields, keepalive) {
    var call = pending.then(function () {
      var body = {
        session_id: session,
        utm_source: UTM.utm_source,
        utm_medium: UTM.utm_medium,
        utm_campaign: UTM.utm_campaign
      };
      for (var key in fields) {
        if (Object.prototype.hasOwnProperty.call(fields, key)) { body[key] = fields[key]; }
      }
      return fetch(API + path, {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        keepalive: !!keepalive,
        headers: { 'Content-Type': 'text/plain;charset=UTF-8' },
        body: JSON.stringify(body)
      }).then(function (response) { return response.json(); }).then(function (data) {
        if (data && data.session_id) { remember(data.session_id); }
        return data;
      });
    }).catch(function (error) {
      if (window.console) { window.console.warn('[EnerSolar] ' + path, error); }
    });
    pending = call;
    return call;
  }
  /* Waits for a promise at most so long, never failing: the visitor is never held up for long. */
  function settle(promise, millis) {
    return new Promise(function (resolve) {
      var timer = setTimeout(resolve, millis);
      promise.then(function () { clearTimeout(timer); resolve(); }, function () {
        clearTimeout(timer);
        resolve();
      });
    });
  }
  function ready(callback) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', callback);
    } else {
      callback();
    }
  }
