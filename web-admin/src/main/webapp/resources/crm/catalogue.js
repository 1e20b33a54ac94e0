/* Catalogue pages (issue 7): the briefs' "Copier" buttons. The clipboard API where the page may use
   it, else the older copy command on a hidden text area; the button says whether it worked. */
function crmCopyFallback(text) {
  var area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  var copied = false;
  try {
    copied = document.execCommand("copy");
  } catch (e) {
    copied = false;
  }
  document.body.removeChild(area);
  return copied;
}

function crmCopy(button) {
  var text = document.getElementById(button.getAttribute("data-target")).textContent;
  var label = button.querySelector(".crm-copy-label");
  var show = function (copied) {
    button.classList.toggle("crm-copied", copied);
    button.setAttribute("data-copied", copied ? "true" : "false");
    label.textContent = button.getAttribute(copied ? "data-done" : "data-failed");
  };
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(
      function () { show(true); },
      function () { show(crmCopyFallback(text)); });
  } else {
    show(crmCopyFallback(text));
  }
}
