// Laurel: saves a nomination draft as the focal point types, and counts characters.
// The form works without this script; with it, a dropped connection or a closed
// laptop costs seconds of typing, not an evening's.
(function () {
  "use strict";
  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.FormData) return;
  var status = document.getElementById("autosave-status");
  var version = form.querySelector("input[name=version]");
  var timer = null;
  var inFlight = false;
  var pending = false;

  function say(text) { if (status) status.textContent = text; }
  // The words come from the page, in its language: `{when}`, `{why}`, `{n}` mark
  // where the script puts what only it knows.
  function words(element, name, fill) {
    var text = element.getAttribute("data-say-" + name) || "";
    Object.keys(fill || {}).forEach(function (key) { text = text.split("{" + key + "}").join(fill[key]); });
    return text;
  }

  function counters() {
    var fields = form.querySelectorAll("[data-counter]");
    Array.prototype.forEach.call(fields, function (field) {
      var out = form.querySelector("[data-counter-for='" + field.id + "']");
      if (!out) return;
      var max = Number(field.getAttribute("data-counter"));
      var update = function () {
        var n = field.value.length;
        out.textContent = words(field, n >= max ? "full" : "count", { n: String(n) });
      };
      field.addEventListener("input", update);
      update();
    });
  }

  function save() {
    if (inFlight) { pending = true; return; }
    inFlight = true;
    var data = new FormData(form);
    data.delete("file");
    data.set("action", "autosave");
    say(words(form, "saving"));
    // getAttribute: the form's buttons are named "action", which shadows `form.action`.
    fetch(form.getAttribute("action"), { method: "POST", body: data, credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) {
        return response.json().then(function (body) { return { ok: response.ok, body: body }; });
      })
      .then(function (result) {
        if (result.ok) {
          version.value = result.body.version;
          if (form.getAttribute("action") !== result.body.url) {
            // The first save of a new nomination created it: from now on the form
            // edits that nomination, and a reload finds it.
            form.setAttribute("action", result.body.url);
            if (window.history && history.replaceState) history.replaceState(null, "", result.body.url);
          }
          say(words(form, "saved", { when: result.body.saved }));
        } else {
          say(words(form, "unsaved", { why: result.body.message }));
        }
      })
      .catch(function () {
        say(words(form, "offline"));
        pending = true;
      })
      .then(function () {
        inFlight = false;
        if (pending && navigator.onLine !== false) { pending = false; schedule(); }
      });
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(save, 1500);
  }

  form.addEventListener("input", function (event) {
    if (event.target && event.target.type === "file") return;
    schedule();
  });
  window.addEventListener("online", function () { if (pending) { pending = false; save(); } });
  counters();
})();
