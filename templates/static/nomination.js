// Laurel: saves a nomination draft as the focal point types, keeps a copy on the device
// until the server has it, keeps the checklist of what is still needed current, counts
// characters, and refuses a file too large to send before sending it.
// The form works without this script; with it, a dropped connection or a closed
// laptop costs nothing typed.
(function () {
  "use strict";
  var form = document.querySelector("form.nomination");
  if (!form || !window.FormData) return;
  var autosave = form.hasAttribute("data-autosave") && !!window.fetch;
  var status = document.getElementById("autosave-status");
  var version = form.querySelector("input[name=version]");
  var timer = null;
  var inFlight = false;
  var pending = false;
  // Each change typed gets a number; the copy on the device is dropped only once the
  // server has confirmed a save that included the latest one.
  var typed = 0;

  function say(text) { if (status) status.textContent = text; }
  // The words come from the page, in its language: `{when}`, `{why}`, `{n}` mark
  // where the script puts what only it knows.
  function words(element, name, fill) {
    var text = element.getAttribute("data-say-" + name) || "";
    Object.keys(fill || {}).forEach(function (key) { text = text.split("{" + key + "}").join(fill[key]); });
    return text;
  }

  // ---- The copy on this device ---------------------------------------------------
  var store = null;
  try { store = window.localStorage; } catch (e) { store = null; }
  function key() {
    var category = form.querySelector("input[name=category]");
    return "laurel:draft:" + form.getAttribute("action") + (category ? ":" + category.value : "");
  }
  function fields() {
    return Array.prototype.filter.call(form.elements, function (e) {
      return e.name && e.type !== "file" && e.type !== "hidden" && e.type !== "submit" && e.type !== "button";
    });
  }
  function keep() {
    if (!store) return;
    var values = {};
    fields().forEach(function (e) { values[e.name] = e.value; });
    try { store.setItem(key(), JSON.stringify({ version: version.value, values: values })); } catch (e) { /* full */ }
  }
  function forget(oldKey) {
    if (!store) return;
    try { store.removeItem(oldKey || key()); } catch (e) { /* private mode */ }
  }
  function restore() {
    if (!store) return false;
    var copy = null;
    try { copy = JSON.parse(store.getItem(key()) || "null"); } catch (e) { copy = null; }
    if (!copy || !copy.values) return false;
    var changed = false;
    fields().forEach(function (e) {
      if (Object.prototype.hasOwnProperty.call(copy.values, e.name) && copy.values[e.name] !== e.value) {
        e.value = copy.values[e.name];
        changed = true;
      }
    });
    if (!changed) { forget(); return false; }
    // Saved against the version it was typed on: if someone else has saved since,
    // the server says so instead of overwriting them.
    if (copy.version) version.value = copy.version;
    return true;
  }

  // ---- The checklist ---------------------------------------------------------------
  function checklist(todo) {
    var section = document.getElementById("checklist");
    if (!section || !todo) return;
    var list = section.querySelector("ul");
    var ready = section.querySelector(".ready");
    while (list.firstChild) list.removeChild(list.firstChild);
    var open = {};
    todo.forEach(function (t) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = t.href;
      a.textContent = t.text;
      li.appendChild(a);
      list.appendChild(li);
      open[t.href.slice(1) + "-todo"] = true;
    });
    if (ready) ready.hidden = todo.length > 0;
    section.hidden = false;
    // A problem fixed since the page loaded leaves its field.
    Array.prototype.forEach.call(form.querySelectorAll(".field-todo[id]"), function (p) {
      p.hidden = !open[p.id];
    });
  }

  // ---- Saving ------------------------------------------------------------------------
  function save() {
    if (inFlight) { pending = true; return; }
    inFlight = true;
    var sent = typed;
    var sentKey = key();
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
            forget(sentKey);
            form.setAttribute("action", result.body.url);
            if (window.history && history.replaceState) history.replaceState(null, "", result.body.url);
          }
          if (sent === typed) forget(); else keep();
          say(words(form, "saved", { when: result.body.saved }));
          checklist(result.body.todo);
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

  // ---- Characters and files ----------------------------------------------------------
  function counters() {
    Array.prototype.forEach.call(form.querySelectorAll("[data-counter]"), function (field) {
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

  function fileLimit() {
    var input = form.querySelector("input[type=file][data-max-bytes]");
    var error = document.getElementById("f-file-error");
    if (!input || !error) return;
    var max = Number(input.getAttribute("data-max-bytes"));
    input.addEventListener("change", function () {
      var file = input.files && input.files[0];
      if (file && max > 0 && file.size > max) {
        error.textContent = words(input, "too-large", { name: file.name });
        error.hidden = false;
        input.setAttribute("aria-invalid", "true");
        // Not sent: the rest of the form still saves and submits without it.
        input.value = "";
        input.focus();
      } else {
        error.hidden = true;
        error.textContent = "";
        input.removeAttribute("aria-invalid");
      }
    });
  }

  counters();
  fileLimit();
  // A submitted nomination is saved by its button alone: the page it loads is the
  // stored one, and nothing typed here is waiting for the server.
  if (!autosave) { forget(); return; }
  form.addEventListener("input", function (event) {
    if (event.target && event.target.type === "file") return;
    typed += 1;
    keep();
    schedule();
  });
  // A save by button replaces what the device kept.
  form.addEventListener("submit", function () { keep(); });
  window.addEventListener("online", function () { if (pending) { pending = false; save(); } });
  if (restore()) {
    say(words(form, "restored"));
    typed += 1;
    schedule();
  }
})();
