  var FIELDS = ['civilite', 'nom', 'prenom', 'email', 'code_postal', 'departement', 'ville',
    'adresse', 'type_logement', 'statut_occupant', 'surface_habitable', 'annee_construction',
    'type_chauffage', 'facture_electricite', 'facture_chauffage', 'type_projet', 'delai_projet',
    'budget'];
  var CONTEXT = {
    lp_code: CONFIG.MODE === 'embedded' ? CONFIG.LP_CODE : (param('lp') || CONFIG.LP_CODE),
    liaison_code: CONFIG.MODE === 'embedded'
      ? CONFIG.LIAISON_CODE : (param('liaison') || CONFIG.LIAISON_CODE)
  };
  window.__EnerSolar_CONTEXT__ = {
    API_URL: CONFIG.API_URL,
    FORM_CODE: CONFIG.FORM_CODE,
    LP_CODE: CONTEXT.lp_code,
    LIAISON_CODE: CONTEXT.liaison_code,
    PRODUCT_TYPE: CONFIG.PRODUCT_TYPE,
    MODE: CONFIG.MODE
  };
  if (CONFIG.MODE !== 'embedded') {
    ready(function () {
      push({ event: 'form_view', form_code: CONFIG.FORM_CODE, lp_code: CONTEXT.lp_code,
        liaison_code: CONTEXT.liaison_code });
    });
  }
  var started = false;
  /* Call on the first field focus or the first "Suivant" button: counted once per page. */
  window.trackFormStart = function () {
    if (started) { return; }
    started = true;
    track('/api/track/form-start', { form_code: CONFIG.FORM_CODE, lp_code: CONTEXT.lp_code,
      liaison_code: CONTEXT.liaison_code });
    push({ event: 'form_start', form_code: CONFIG.FORM_CODE, lp_code: CONTEXT.lp_code,
      liaison_code: CONTEXT.liaison_code });
  };
  /* A first check in the browser; the server reads the number again (libphonenumber). */
  window.validatePhone = function (phone) {
    var digits = String(phone === undefined || phone === null ? '' : phone).replace(/\D/g, '');
    if (digits.indexOf('0033') === 0) { digits = '0' + digits.substring(4); }
    else if (digits.length === 11 && digits.indexOf('33') === 0) { digits = '0' + digits.substring(2); }
    if (digits.length === 9 && digits.charAt(0) !== '0') { digits = '0' + digits; }
    if (digits.length !== 10) {
      return { valid: false, error: 'Le téléphone doit contenir 10 chiffres' };
    }
    if (digits.charAt(0) !== '0') {
      return { valid: false, error: 'Le téléphone doit commencer par 0' };
    }
    if (digits === '0123456789' || /^0(\d)\1{8}$/.test(digits)) {
      return { valid: false, error: 'Numéro invalide' };
    }
    return { valid: true, phone: digits };
  };
  function text(value) {
    return value === undefined || value === null ? '' : String(value);
  }
  function problem(data) {
    if (!data) { return 'Erreur inconnue'; }
    var detail = data.error || data.message || data.detail;
    return typeof detail === 'string' ? detail : 'Erreur inconnue';
  }
  function afterSuccess(data, payload) {
    push({ event: 'form_submit', form_code: CONFIG.FORM_CODE, lp_code: CONTEXT.lp_code,
      lead_id: data.lead_id, product_type: CONFIG.PRODUCT_TYPE,
      department: payload.departement || payload.code_postal.substring(0, 2) });
    var tracking = CONFIG.TRACKING_TYPE;
    var redirect = (tracking === 'redirect' || tracking === 'both') && CONFIG.REDIRECT_URL;
    var gone = false;
    function leave() {
      if (redirect && !gone) { gone = true; window.location.href = CONFIG.REDIRECT_URL; }
    }
    if ((tracking === 'gtm' || tracking === 'both') && CONFIG.CONVERSION_SEND_TO) {
      var gtag = window.gtag || function () { window.dataLayer.push(arguments); };
      gtag('event', 'conversion', { send_to: CONFIG.CONVERSION_SEND_TO,
        transaction_id: data.lead_id, event_callback: leave });
      /* The conversion has a second to leave before the thank-you page replaces this one. */
      setTimeout(leave, 1000);
    } else {
      leave();
    }
  }
  var submitting = null;
  /* Call with the form's values: submitLead({phone: '06…', nom: 'Dupont', code_postal: '75011'}). */
  window.submitLead = function (leadData) {
    leadData = leadData || {};
    var phone = window.validatePhone(leadData.phone);
    if (!phone.valid) {
      window.alert(phone.error);
      return Promise.reject(new Error(phone.error));
    }
    if (submitting) { return submitting; }
    var payload = { form_id: CONFIG.FORM_CODE };
    FIELDS.forEach(function (name) { payload[name] = text(leadData[name]); });
    payload.phone = phone.phone;
    payload.lp_code = CONTEXT.lp_code;
    payload.liaison_code = CONTEXT.liaison_code;
    payload.utm_source = UTM.utm_source || text(leadData.utm_source);
    payload.utm_medium = UTM.utm_medium || text(leadData.utm_medium);
    payload.utm_campaign = UTM.utm_campaign || text(leadData.utm_campaign);
    payload.source = text(leadData.source) || payload.utm_source;
    payload.rgpd_consent = leadData.rgpd_consent !== false;
    payload.newsletter = leadData.newsletter === true;
    payload.page_url = window.location.href;
    /* The tracking calls may still be opening the visitor's session: wait for them briefly. */
    submitting = settle(pending, 1500).then(function () {
      payload.session_id = session;
      return fetch(API + '/api/v1/leads', {
        method: 'POST',
        mode: 'cors',
        credentials: 'omit',
        headers: { 'Content-Type': 'application/json', 'Authorization': 'Token ' + CONFIG.API_KEY },
        body: JSON.stringify(payload)
      });
    }).then(function (response) {
      return response.json().catch(function () {
        return { success: false, error: 'Erreur HTTP ' + response.status };
      });
    }).then(function (data) {
      submitting = null;
      if (data && data.success) {
        afterSuccess(data, payload);
      } else {
        window.alert('Erreur: ' + problem(data));
      }
      return data;
    }, function (error) {
      submitting = null;
      window.alert('Erreur de connexion, veuillez réessayer.');
      throw error;
    });
    return submitting;
  };
