// tally serve: the page's only script besides the vendored ones (no inline script: the CSP forbids it).
// - keeps the review token (from the #token=… link tally serve prints, or the sign-in form) in
//   sessionStorage and sends it with every htmx request as X-Tally-Token;
// - shows a failed request's message in #flash (as text, never as HTML);
// - on an article page, a click on a record marks its words and evidence in the text.
(function () {
  "use strict";
  var TOKEN = "tally-token", REVIEWER = "tally-reviewer";

  function takeTokenFromLink() {
    var match = /^#token=([^&]+)/.exec(window.location.hash);
    if (match) {
      sessionStorage.setItem(TOKEN, decodeURIComponent(match[1]));
      history.replaceState(null, "", window.location.pathname + window.location.search);
    }
  }

  function flash(text, isError) {
    var box = document.getElementById("flash");
    if (!box) return;
    box.textContent = text;
    box.className = "flash" + (text ? (isError ? " error" : " ok") : "");
  }

  function showSignIn() {
    var form = document.getElementById("signin");
    var who = document.getElementById("whoami");
    if (!form || !who) return;
    var signedIn = !!sessionStorage.getItem(TOKEN);
    form.classList.toggle("hidden", signedIn);
    who.classList.toggle("hidden", !signedIn);
    who.textContent = signedIn ? "reviewing as " + (localStorage.getItem(REVIEWER) || "anonymous") : "";
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var token = form.elements.token.value.trim();
      if (token) sessionStorage.setItem(TOKEN, token);
      var name = form.elements.reviewer.value.trim();
      if (name) localStorage.setItem(REVIEWER, name);
      showSignIn();
    }, { once: true });
  }

  function textSegments() {
    return Array.prototype.slice.call(document.querySelectorAll("#text span[data-s]"));
  }

  function mark(rec) {
    var s = +rec.dataset.s, e = +rec.dataset.e, es = +rec.dataset.es, ee = +rec.dataset.ee;
    var first = null;
    textSegments().forEach(function (seg) {
      var a = +seg.dataset.s, b = +seg.dataset.e;
      var inRecord = a >= s && b <= e && e > s;
      var inEvidence = a >= es && b <= ee && ee > es;
      seg.classList.toggle("current", inRecord);
      seg.classList.toggle("evidence", inEvidence);
      if ((inRecord || inEvidence) && first === null) first = seg;
    });
    document.querySelectorAll("li.rec.picked").forEach(function (li) { li.classList.remove("picked"); });
    rec.classList.add("picked");
    if (first) first.scrollIntoView({ block: "center", behavior: "smooth" });
  }

  document.addEventListener("DOMContentLoaded", function () {
    takeTokenFromLink();
    showSignIn();
    document.body.addEventListener("htmx:configRequest", function (event) {
      var token = sessionStorage.getItem(TOKEN);
      if (token) event.detail.headers["X-Tally-Token"] = token;
      var name = localStorage.getItem(REVIEWER);
      if (name) event.detail.headers["X-Tally-Reviewer"] = name;
    });
    document.body.addEventListener("htmx:responseError", function (event) {
      var xhr = event.detail.xhr;
      var holder = document.createElement("div");
      holder.innerHTML = "";
      // the server's message is HTML-escaped already; read it back as text
      var parsed = new DOMParser().parseFromString(xhr.responseText || "", "text/html");
      holder.textContent = (parsed.body && parsed.body.textContent || "").trim();
      flash(holder.textContent || ("request failed: " + xhr.status), true);
    });
    document.body.addEventListener("htmx:afterRequest", function (event) {
      if (event.detail.successful) flash("saved", false);
    });
    document.body.addEventListener("click", function (event) {
      var link = event.target.closest("li.rec a.jump");
      if (!link) return;
      event.preventDefault();
      mark(link.closest("li.rec"));
    });
    var hash = window.location.hash;
    if (/^#o\d+$/.test(hash)) {
      var seg = document.getElementById(hash.slice(1));
      if (seg) seg.classList.add("current");
    }
  });
})();
