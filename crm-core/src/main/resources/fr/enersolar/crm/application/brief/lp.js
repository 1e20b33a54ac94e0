  ready(function () {
    track('/api/track/lp-visit', { lp_code: CONFIG.LP_CODE, referrer: document.referrer || '' });
    push({ event: 'lp_view', lp_code: CONFIG.LP_CODE, product_type: CONFIG.PRODUCT_TYPE });
  });
  function formLink() {
    var url = String(CONFIG.FORM_URL);
    var hash = '';
    var at = url.indexOf('#');
    if (at >= 0) { hash = url.substring(at); url = url.substring(0, at); }
    var parts = ['lp=' + encodeURIComponent(CONFIG.LP_CODE),
      'liaison=' + encodeURIComponent(CONFIG.LIAISON_CODE)];
    ['utm_source', 'utm_medium', 'utm_campaign'].forEach(function (name) {
      if (UTM[name]) { parts.push(name + '=' + encodeURIComponent(UTM[name])); }
    });
    if (session) { parts.push('session_id=' + encodeURIComponent(session)); }
    return url + (url.indexOf('?') >= 0 ? '&' : '?') + parts.join('&') + hash;
  }
  /* Wire on every call to action: onclick="return trackCTAClick('cta-hero', 'Devis gratuit')". */
  window.trackCTAClick = function (ctaId, ctaText) {
    var click = track('/api/track/cta-click',
      { lp_code: CONFIG.LP_CODE, form_code: CONFIG.FORM_CODE }, true);
    push({ event: 'cta_click', lp_code: CONFIG.LP_CODE, cta_id: ctaId || '', cta_text: ctaText || '' });
    if (CONFIG.MODE === 'embedded') {
      var target = document.getElementById('form-container') || document.getElementById('formulaire');
      if (target) { target.scrollIntoView({ behavior: 'smooth' }); }
      return false;
    }
    if (CONFIG.FORM_URL) {
      /* The form page needs the visitor's session: wait for it, a second at most. */
      settle(click, 1000).then(function () { window.location.href = formLink(); });
    }
    return false;
  };
