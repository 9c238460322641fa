/* regelsyn's site: search and filters for the rule table. The page lists every rule without
   this script; the script only hides the rows that do not match. No libraries, no network. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("rules");
  if (!form || !table) { return; }
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var texts = rows.map(function (row) { return row.textContent.toLowerCase(); });
  var count = document.getElementById("count");
  var template = count ? count.getAttribute("data-template") : "";
  function value(name) { return form.elements[name].value; }
  function apply() {
    var words = value("q").trim().toLowerCase().split(/\s+/).filter(Boolean);
    var owner = value("owner"), status = value("status"), kind = value("kind");
    var tag = value("tag"), due = value("due"), shown = 0;
    rows.forEach(function (row, i) {
      var data = row.dataset;
      var ok = words.every(function (w) { return texts[i].indexOf(w) !== -1; }) &&
        (!owner || data.owner === owner) && (!status || data.status === status) &&
        (!kind || data.kind === kind) && (!tag || data.tags.indexOf("|" + tag + "|") !== -1) &&
        (!due || data.due === due || (due === "due" && data.due === "overdue"));
      row.hidden = !ok;
      if (ok) { shown += 1; }
    });
    if (count) {
      count.textContent = template.replace("{shown}", shown).replace("{total}", rows.length);
    }
  }
  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { form.elements.q.value = query; apply(); }
}());
