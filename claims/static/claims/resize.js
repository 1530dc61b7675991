/* Tally card resizer: include once on a page that embeds Tally cards. Each card posts its
   height; this sets the height of the iframe it came from, and only for messages whose origin is
   the iframe's own. */
(function () {
  "use strict";
  if (window.tallyCardResizer) { return; }
  window.tallyCardResizer = true;
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "tally:resize") { return; }
    var height = parseInt(data.height, 10);
    if (!(height > 0 && height < 10000)) { return; }
    var frames = document.querySelectorAll("iframe[data-tally-card]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow !== event.source) { continue; }
      var origin;
      try { origin = new URL(frame.src, document.baseURI).origin; } catch (e) { return; }
      if (origin !== event.origin) { return; }
      frame.style.height = height + "px";
      frame.setAttribute("height", String(height));
      return;
    }
  });
})();
