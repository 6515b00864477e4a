// Laurel: saves a juror's scores and comments as a draft while they work, so a closed
// laptop or a dropped line costs nothing. The form works without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.rubric[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.getElementById("autosave-status");
  var timer = null;
  var inFlight = false;
  var pending = false;

  function words(name, fill) {
    var text = form.getAttribute("data-say-" + name) || "";
    Object.keys(fill || {}).forEach(function (key) { text = text.split("{" + key + "}").join(fill[key]); });
    return text;
  }
  function say(text) { if (status) status.textContent = text; }

  function save() {
    if (inFlight) { pending = true; return; }
    inFlight = true;
    var data = new FormData(form);
    data.set("action", "autosave");
    say(words("saving"));
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: new URLSearchParams(data),
      credentials: "same-origin",
      headers: { "Accept": "application/json" }
    })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        say(result.ok ? words("saved", { when: result.body.saved }) : words("unsaved", { why: result.body.message }));
      })
      .catch(function () { say(words("offline")); pending = true; })
      .then(function () {
        inFlight = false;
        if (pending) { pending = false; schedule(); }
      });
  }
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 1200);
  }
  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);
})();
