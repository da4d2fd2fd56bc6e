// Tables inside <div class="sortable"> sort by a column when its heading is clicked
// (numbers as numbers, the rest as text; a second click reverses). No third-party code.
document$.subscribe(function () {
  document.querySelectorAll("div.sortable table").forEach(function (table) {
    var headings = table.querySelectorAll("thead th");
    headings.forEach(function (th, column) {
      if (th.querySelector("button")) return;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort-button";
      button.textContent = th.textContent;
      button.title = "Sort by " + th.textContent;
      th.textContent = "";
      th.appendChild(button);
      button.addEventListener("click", function () {
        var ascending = th.getAttribute("aria-sort") !== "ascending";
        headings.forEach(function (other) { other.removeAttribute("aria-sort"); });
        th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        var key = function (row) {
          var text = row.cells[column].textContent.trim();
          var number = parseFloat(text);
          return isNaN(number) ? text.toLowerCase() : number;
        };
        rows.sort(function (a, b) {
          var x = key(a), y = key(b);
          var order = typeof x === typeof y ? (x < y ? -1 : x > y ? 1 : 0) : (typeof x === "number" ? -1 : 1);
          return ascending ? order : -order;
        });
        rows.forEach(function (row) { body.appendChild(row); });
      });
    });
  });
});
