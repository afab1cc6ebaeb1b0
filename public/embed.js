// Chương trình 09: mười năm nhìn lại — include once on a page that embeds our charts. Each chart reports its
// height; this script sets the height of the iframe that sent it, so the chart fits without a scroll bar.
// It reads only messages of its own type, from iframes whose address is on the site they came from.
(function () {
  window.addEventListener("message", function (event) {
    var data = event.data;
    if (!data || data.type !== "c09-embed-height" || typeof data.height !== "number") return;
    var frames = document.querySelectorAll("iframe[data-c09-embed]");
    for (var i = 0; i < frames.length; i++) {
      var frame = frames[i];
      if (frame.contentWindow === event.source && new URL(frame.src).origin === event.origin) {
        frame.style.height = Math.min(Math.max(data.height, 100), 20000) + "px";
      }
    }
  });
})();
