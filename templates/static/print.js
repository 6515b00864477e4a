// Laurel: a "Print" button on a receipt, shown only where a script can press it.
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  if (!button || !window.print) return;
  button.hidden = false;
  button.addEventListener("click", function () { window.print(); });
})();
