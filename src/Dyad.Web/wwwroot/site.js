// Dyad's only script: upload with progress. Everything else works without it.
"use strict";
(function () {
  const form = document.getElementById("upload-form");
  if (!form) return;
  const token = document.querySelector('meta[name="csrf-token"]').content;
  const bar = document.getElementById("upload-bar");
  const percent = document.getElementById("upload-percent");
  const state = document.getElementById("upload-state");
  const list = document.getElementById("upload-documents");
  const panel = document.getElementById("upload-progress");

  function say(text) { state.textContent = text; }

  function show(status) {
    say(status.state + ": " + status.read + " of " + status.files + " file(s) read, " + status.added + " added, " +
        status.alreadyStored + " already stored, " + status.refused + " refused" + (status.error ? " (" + status.error + ")" : ""));
    list.replaceChildren();
    for (const d of status.documents) {
      const item = document.createElement("li");
      const link = document.createElement("a");
      link.href = "/documents/" + encodeURIComponent(d.id);
      link.textContent = d.source;          // text, never markup
      item.append(link, " " + d.outcome);
      list.append(item);
    }
    for (const r of status.refusals) {
      const item = document.createElement("li");
      item.className = "error";
      item.textContent = r.source + ": " + r.reason;
      list.append(item);
    }
  }

  function poll(url) {
    fetch(url, { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (status) {
        show(status);
        if (status.state === "done" || status.state === "failed") {
          form.dataset.done = status.state;
          return;
        }
        setTimeout(function () { poll(url); }, 400);
      })
      .catch(function (e) { say("lost track of the upload: " + e); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const data = new FormData(form);
    const xhr = new XMLHttpRequest();
    panel.hidden = false;
    delete form.dataset.done;
    xhr.upload.addEventListener("progress", function (e) {
      if (!e.lengthComputable) return;
      const p = Math.round(100 * e.loaded / e.total);
      bar.value = p;
      percent.textContent = p + "%";
    });
    xhr.addEventListener("load", function () {
      if (xhr.status !== 202) { say("upload refused (" + xhr.status + "): " + xhr.responseText.slice(0, 200)); return; }
      bar.value = 100;
      percent.textContent = "100%";
      say("analysing…");
      poll(JSON.parse(xhr.responseText).status);
    });
    xhr.addEventListener("error", function () { say("upload failed"); });
    xhr.open("POST", form.action);
    xhr.setRequestHeader("X-CSRF-TOKEN", token);
    xhr.send(data);
  });
})();
