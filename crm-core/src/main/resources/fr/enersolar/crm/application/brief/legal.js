  var banner = document.getElementById('legal-banner');
  if (banner) {
    var buttons = banner.querySelectorAll('[data-legal-toggle]');
    for (var i = 0; i !== buttons.length; i++) {
      buttons[i].addEventListener('click', function (event) {
        var panel = document.getElementById(event.currentTarget.getAttribute('data-legal-toggle'));
        if (panel) { panel.hidden = !panel.hidden; }
      });
    }
  }
