// WhatsApp quick-reply buttons and list items under a bot reply in the simulator. A tap posts the
// fields Twilio would (ButtonPayload/ButtonText, ListId/ListTitle) through the simulator's inbound path.
(function () {
  "use strict";
  function tap(choices, item) {
    const form = document.getElementById("send"), data = new FormData();
    data.append("csrf_token", form.elements.csrf_token.value);
    data.append("phone", form.elements.phone.value);
    if (choices.kind === "list") { data.append("ListId", item.id); data.append("ListTitle", item.title); }
    else { data.append("ButtonPayload", item.id); data.append("ButtonText", item.title); }
    return fetch(form.dataset.sendUrl, {method: "POST", body: data}).then(async (r) => {
      if (!r.ok) document.getElementById("error").textContent = await r.text();
    });
  }
  window.jigiyaChoices = function (bubble, choices) {
    const box = document.createElement("div");
    box.className = "choices " + choices.kind;
    if (choices.button) {
      const label = document.createElement("p");
      label.className = "choices-label"; label.textContent = "☰ " + choices.button;
      box.append(label);
    }
    for (const item of choices.items) {
      const button = document.createElement("button");
      button.type = "button"; button.className = "choice"; button.textContent = item.title;
      button.dataset.id = item.id;
      button.addEventListener("click", () => tap(choices, item));
      box.append(button);
    }
    bubble.append(box);
  };
})();
