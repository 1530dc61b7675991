/* Adds a "Copy" button beside each embed-code box. Without JavaScript the boxes are still
   selectable text. */
(function () {
  "use strict";
  var boxes = document.querySelectorAll("textarea[data-copy]");
  Array.prototype.forEach.call(boxes, function (box) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = "Copy";
    button.setAttribute("aria-describedby", box.id);
    var status = document.createElement("span");
    status.setAttribute("role", "status");
    status.className = "muted";
    button.addEventListener("click", function () {
      box.select();
      var done = function () { status.textContent = " Copied."; };
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(box.value).then(done, function () {
          document.execCommand("copy"); done();
        });
      } else {
        document.execCommand("copy"); done();
      }
    });
    box.parentNode.appendChild(button);
    box.parentNode.appendChild(status);
  });
})();
