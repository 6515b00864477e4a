// Laurel: the cycle set-up form asks before a page change would drop what was typed
// and not saved. The form works without this script.
(function () {
  "use strict";
  var form = document.getElementById("setup");
  if (!form) return;
  var changed = false;
  function touched() { changed = true; }
  form.addEventListener("input", touched);
  form.addEventListener("change", touched);
  // Every button of the form sends what was typed: saving, or adding, removing and
  // moving an item, which shows the form again with it.
  form.addEventListener("submit", function () { changed = false; });
  window.addEventListener("beforeunload", function (event) {
    if (!changed) return;
    event.preventDefault();
    event.returnValue = "";
  });
})();
