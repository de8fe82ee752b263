// Simulator: "envoyer un audio" (a file, or a recording made here with MediaRecorder) and the
// players for audio in the conversation. The upload goes to /simulator/audio, which stores it and
// queues it like a WhatsApp voice note.
(function () {
  "use strict";
  // The conversation is redrawn every second: the same <audio> element is reused, so a note being
  // played is not cut off by the redraw.
  const players = new Map();
  window.jigiyaMedia = function (bubble, media) {
    for (const file of media) {
      if (!file.url) continue;
      let element = players.get(file.url);
      if (!element) {
        element = document.createElement(file.audio ? "audio" : "img");
        if (file.audio) { element.controls = true; element.preload = "metadata"; }
        element.src = file.url;
        players.set(file.url, element);
      }
      bubble.append(element);
    }
  };

  const form = document.getElementById("send"), box = document.getElementById("audio-box");
  if (!form || !box) return;
  const input = document.getElementById("audio-file"), record = document.getElementById("audio-record");
  const status = document.getElementById("audio-status"), error = document.getElementById("error");

  async function upload(blob, name) {
    error.textContent = ""; status.textContent = box.dataset.sending;
    const data = new FormData();
    data.append("csrf_token", form.elements.csrf_token.value);
    data.append("phone", form.elements.phone.value);
    data.append("audio", blob, name);
    const response = await fetch(box.dataset.url, {method: "POST", body: data});
    status.textContent = response.ok ? box.dataset.sent : "";
    if (!response.ok) error.textContent = await response.text();
  }

  input.addEventListener("change", () => {
    const file = input.files[0];
    if (file) upload(file, file.name);
    input.value = "";
  });

  if (!window.MediaRecorder || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
    record.hidden = true;  // the file input still works
    return;
  }
  let recorder = null;
  record.addEventListener("click", async () => {
    if (recorder) { recorder.stop(); return; }
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({audio: true});
    } catch (e) {
      error.textContent = box.dataset.noMicrophone; return;
    }
    const type = ["audio/ogg;codecs=opus", "audio/webm;codecs=opus", "audio/webm"]
      .find((t) => MediaRecorder.isTypeSupported(t));
    const chunks = [];
    recorder = new MediaRecorder(stream, type ? {mimeType: type} : {});
    recorder.addEventListener("dataavailable", (event) => chunks.push(event.data));
    recorder.addEventListener("stop", () => {
      stream.getTracks().forEach((track) => track.stop());
      const blob = new Blob(chunks, {type: recorder.mimeType || type || "audio/webm"});
      recorder = null;
      record.textContent = box.dataset.start; record.classList.remove("recording");
      upload(blob, "enregistrement");
    });
    recorder.start();
    record.textContent = box.dataset.stop; record.classList.add("recording");
  });
})();
