(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("search-data").textContent);
  var box = document.getElementById("search-box");
  var list = document.getElementById("search-results");
  var note = document.getElementById("search-note");
  var shown = 50;
  function fold(s) {
    return s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }
  var rows = data.map(function (d) { return { d: d, key: fold(d[0] + " | " + d[2]) }; });
  function show() {
    var q = fold(box.value.trim());
    list.textContent = "";
    if (!q) { note.textContent = data.length + " entities to search."; return; }
    var hits = rows.filter(function (r) { return r.key.indexOf(q) !== -1; });
    hits.slice(0, shown).forEach(function (r) {
      var d = r.d, li = document.createElement("li");
      var name = document.createElement(d[4] ? "a" : "span");
      if (d[4]) { name.setAttribute("href", d[4]); }
      name.textContent = d[0];
      li.appendChild(name);
      var about = " (" + d[1] + ", " + d[3] + " article" + (d[3] === 1 ? "" : "s");
      if (d[2]) { about += "; also " + d[2]; }
      if (!d[4]) { about += "; no page"; }
      li.appendChild(document.createTextNode(about + ")"));
      list.appendChild(li);
    });
    note.textContent = hits.length + (hits.length === 1 ? " match" : " matches") +
      (hits.length > shown ? ", the first " + shown + " shown" : "");
  }
  box.addEventListener("input", show);
  show();
})();
