/* Record a voice message in the browser, listen to it, record again, send it.
 *
 * Reusable: every element with data-recorder and data-upload-url becomes a recorder. Inside it:
 *   a <form> (its fields, the CSRF token among them, are sent along),
 *   [data-action=record|stop|rerecord] buttons, a [type=submit] button,
 *   <audio data-role=preview>, [data-role=timer], [data-role=status],
 *   <input type=file> (the fallback where MediaRecorder is missing, or to send a file instead),
 *   [data-role=controls] shown only where the browser can record.
 * Options (data-*): field (default "audio"), max-seconds (default 180), and the texts shown,
 * in the page's language: msg-recording, msg-denied, msg-empty, msg-sending, msg-failed.
 * The upload is a multipart POST; after a 2xx or a redirect the browser opens data-done-url (default:
 * this page again, where the server's flashed message says what happened; the redirect is not
 * followed by fetch, which would use up that message); a 4xx shows the server's reason. The element
 * fires "recorder:sent" (detail: the Response) first; event.preventDefault() stays on the page.
 * No library, nothing loaded from elsewhere (the pages' CSP allows our own scripts only).
 */
(function () {
  "use strict";

  var TYPES = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/mp4", "audio/webm", "audio/ogg"];
  var SUFFIX = { "audio/webm": "webm", "audio/ogg": "ogg", "audio/mp4": "m4a", "video/webm": "webm", "video/mp4": "m4a" };

  function canRecord() {
    return typeof window.MediaRecorder === "function" && navigator.mediaDevices &&
      typeof navigator.mediaDevices.getUserMedia === "function";
  }

  function pickType() {
    if (typeof MediaRecorder.isTypeSupported !== "function") return "";
    for (var i = 0; i < TYPES.length; i++) if (MediaRecorder.isTypeSupported(TYPES[i])) return TYPES[i];
    return "";
  }

  function clock(seconds) {
    var s = Math.floor(seconds);
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  function Recorder(root) {
    this.root = root;
    this.form = root.tagName === "FORM" ? root : root.querySelector("form");
    this.url = root.dataset.uploadUrl;
    this.field = root.dataset.field || "audio";
    this.maxSeconds = parseInt(root.dataset.maxSeconds || "180", 10);
    this.el = {
      controls: root.querySelector("[data-role=controls]"),
      record: root.querySelector("[data-action=record]"),
      stop: root.querySelector("[data-action=stop]"),
      rerecord: root.querySelector("[data-action=rerecord]"),
      send: root.querySelector("[type=submit]"),
      preview: root.querySelector("audio[data-role=preview]"),
      timer: root.querySelector("[data-role=timer]"),
      status: root.querySelector("[data-role=status]"),
      file: root.querySelector("input[type=file]")
    };
    this.blob = null;
    this.previewUrl = null;
    this.bind();
  }

  Recorder.prototype.text = function (name, fallback) {
    return this.root.dataset["msg" + name] || fallback;
  };

  Recorder.prototype.say = function (message) {
    if (this.el.status) this.el.status.textContent = message || "";
  };

  Recorder.prototype.show = function (element, visible) {
    if (element) element.hidden = !visible;
  };

  Recorder.prototype.bind = function () {
    var self = this;
    if (canRecord()) {
      this.show(this.el.controls, true);
      if (this.el.record) this.el.record.addEventListener("click", function () { self.start(); });
      if (this.el.stop) this.el.stop.addEventListener("click", function () { self.stop(); });
      if (this.el.rerecord) this.el.rerecord.addEventListener("click", function () { self.reset(); self.start(); });
    }
    if (this.el.file) {
      this.el.file.addEventListener("change", function () {
        var file = self.el.file.files && self.el.file.files[0];
        if (file) self.keep(file);
      });
    }
    if (this.form) this.form.addEventListener("submit", function (event) { event.preventDefault(); self.send(); });
  };

  Recorder.prototype.start = function () {
    var self = this;
    this.say("");
    navigator.mediaDevices.getUserMedia({ audio: true }).then(function (stream) {
      var type = pickType();
      var recorder = type ? new MediaRecorder(stream, { mimeType: type }) : new MediaRecorder(stream);
      var chunks = [];
      var started = Date.now();
      self.recorder = recorder;
      recorder.addEventListener("dataavailable", function (event) { if (event.data && event.data.size) chunks.push(event.data); });
      recorder.addEventListener("stop", function () {
        clearInterval(self.ticker);
        stream.getTracks().forEach(function (track) { track.stop(); });
        self.recorder = null;
        self.show(self.el.stop, false);
        if (self.el.timer) self.el.timer.textContent = clock((Date.now() - started) / 1000);
        var blob = new Blob(chunks, { type: recorder.mimeType || type || "audio/webm" });
        if (!blob.size) {
          self.show(self.el.record, true);
          self.say(self.text("Empty", "Rien n'a été enregistré."));
          return;
        }
        self.keep(blob);
      });
      recorder.start(250); // small chunks: a stop right after the start still has sound
      self.show(self.el.record, false);
      self.show(self.el.rerecord, false);
      self.show(self.el.preview, false);
      self.show(self.el.stop, true);
      if (self.el.send) self.el.send.disabled = true;
      self.tick(started);
      self.ticker = setInterval(function () { self.tick(started); }, 250);
    }).catch(function () {
      self.say(self.text("Denied", "Le micro n'est pas accessible : choisissez un fichier audio."));
    });
  };

  Recorder.prototype.tick = function (started) {
    var seconds = (Date.now() - started) / 1000;
    if (this.el.timer) this.el.timer.textContent = this.text("Recording", "Enregistrement") + " " + clock(seconds);
    if (seconds >= this.maxSeconds) this.stop(); // longer would be refused by the server
  };

  Recorder.prototype.stop = function () {
    if (this.recorder && this.recorder.state !== "inactive") this.recorder.stop();
  };

  Recorder.prototype.reset = function () {
    this.blob = null;
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.previewUrl = null;
    if (this.el.preview) { this.el.preview.removeAttribute("src"); this.el.preview.load(); }
    if (this.el.file) this.el.file.value = "";
    if (this.el.timer) this.el.timer.textContent = "";
  };

  /* A recording or a chosen file: ready to be heard, recorded again, or sent. */
  Recorder.prototype.keep = function (blob) {
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
    this.blob = blob;
    this.previewUrl = URL.createObjectURL(blob);
    if (this.el.preview) { this.el.preview.src = this.previewUrl; this.show(this.el.preview, true); }
    if (!(blob instanceof File) && this.el.file) this.el.file.value = "";
    if (canRecord()) { this.show(this.el.record, false); this.show(this.el.rerecord, true); }
    if (this.el.send) this.el.send.disabled = false;
    this.root.dataset.state = "ready";
  };

  Recorder.prototype.filename = function () {
    if (this.blob instanceof File) return this.blob.name;
    var base = (this.blob.type || "").split(";")[0];
    return "enregistrement." + (SUFFIX[base] || "webm");
  };

  Recorder.prototype.send = function () {
    var self = this;
    if (!this.blob) { this.say(this.text("Empty", "Enregistrez d'abord votre message.")); return; }
    var data = new FormData(this.form);
    data.delete(this.field);
    data.append(this.field, this.blob, this.filename());
    if (this.el.send) this.el.send.disabled = true; // a double tap sends once
    this.say(this.text("Sending", "Envoi…"));
    fetch(this.url, { method: "POST", body: data, credentials: "same-origin", redirect: "manual" })
      .then(function (response) {
        if (!response.ok && response.type !== "opaqueredirect") {
          return response.text().then(function (reason) {
            self.say(reason.replace(/^\d{3} [^:]*: /, "").trim() || self.text("Failed", "Échec de l'envoi."));
            if (self.el.send) self.el.send.disabled = false;
          });
        }
        var sent = new CustomEvent("recorder:sent", { detail: response, cancelable: true });
        if (self.root.dispatchEvent(sent)) window.location.assign(self.root.dataset.doneUrl || window.location.href.split("#")[0]);
      })
      .catch(function () {
        self.say(self.text("Failed", "Échec de l'envoi : vérifiez la connexion et réessayez."));
        if (self.el.send) self.el.send.disabled = false;
      });
  };

  function init(scope) {
    var roots = (scope || document).querySelectorAll("[data-recorder][data-upload-url]");
    for (var i = 0; i < roots.length; i++) {
      if (!roots[i].jigiyaRecorder) roots[i].jigiyaRecorder = new Recorder(roots[i]);
    }
  }

  window.jigiyaRecorder = { init: init };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", function () { init(); });
  else init();
})();
