// The claim list's filter form: folded behind its heading on a phone, so that the first claims
// show on the first screen, and submitted without its empty fields, so that shared links stay
// short ("?status=disputed", not every blank field of the form).
(function () {
  "use strict";
  const form = document.querySelector("form.filters");
  if (!form) {
    return;
  }
  const panel = form.querySelector("details.filter-panel");
  const phone = window.matchMedia("(max-width: 52rem)");
  if (panel && phone.matches && !document.querySelector(".errors")) {
    panel.open = false;
  }
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) {
      if (value !== "") {
        params.append(name, value);
      }
    }
    const query = params.toString();
    window.location.assign(form.action + (query ? "?" + query : ""));
  });
})();
