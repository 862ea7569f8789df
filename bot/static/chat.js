// privacywacht web chat: JSON frames over /chat/ws; the session token survives a reconnect.
"use strict";

(function () {
  const log = document.getElementById("log");
  const status = document.getElementById("status");
  const form = document.getElementById("composer");
  const input = document.getElementById("text");
  const KEY = "privacywacht-chat-session";
  let socket = null;
  let retry = 1000;
  let counter = 0;
  const pending = [];

  function add(kind, text) {
    const item = document.createElement("li");
    item.className = kind;
    item.textContent = text; // never innerHTML: the text is the customer's
    log.appendChild(item);
    log.scrollTop = log.scrollHeight;
  }

  function connect() {
    const session = sessionStorage.getItem(KEY);
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const query = session ? "?session=" + encodeURIComponent(session) : "";
    socket = new WebSocket(scheme + "//" + location.host + "/chat/ws" + query);
    socket.addEventListener("open", function () {
      status.textContent = "Verbonden";
      retry = 1000;
      while (pending.length) socket.send(pending.shift());
    });
    socket.addEventListener("message", function (event) {
      let frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame.type === "welcome") {
        const first = !sessionStorage.getItem(KEY);
        sessionStorage.setItem(KEY, frame.session);
        if (first || !log.children.length) {
          (frame.history || []).forEach(function (text) { add("customer", text); });
          add("assistant", frame.text);
        }
      } else if (frame.type === "reply") {
        const last = log.querySelector("li.customer:last-of-type");
        if (last && frame.redacted) last.textContent = frame.redacted;
        add("assistant", frame.text);
      } else if (frame.type === "error") {
        add("error", frame.reason);
      }
    });
    socket.addEventListener("close", function () {
      status.textContent = "Verbinding verbroken, opnieuw verbinden…";
      setTimeout(connect, retry);
      retry = Math.min(retry * 2, 30000);
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    counter += 1;
    const frame = JSON.stringify({ type: "message", text: text, id: Date.now() + "-" + counter });
    add("customer", text);
    input.value = "";
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(frame);
    else pending.push(frame);
  });

  input.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      form.requestSubmit();
    }
  });

  connect();
})();
