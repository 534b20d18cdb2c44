// Package widget is the one piece of JavaScript behind every interactive
// block of the kit: pkg/step's step-through and pkg/explore's explorables.
//
// A block is a <div class="xp"> holding frames (elements of class
// xp-frame, in order) and, hidden until the script runs, controls (class
// xp-ctl): Previous / Next buttons (xp-prev, xp-next), an optional Play /
// Pause button (xp-play), optional sliders (input type="range" of class
// xp-range, one per parameter, whose data-labels attribute is a JSON list
// of the value labels, with an <output class="xp-val"> beside each), an
// optional counter (xp-count, written "<data-unit> k of n") and an
// aria-live line (xp-live) that reads each frame's data-live text.
//
// Without JavaScript nothing changes: the frames that the HTML shows stay
// shown (a step-through shows all its steps, an explorable a strip of key
// frames) and the controls stay hidden. With it, the script shows one
// frame at a time. The frames form a grid over the sliders' parameters,
// the last parameter varying fastest: data-dims on the block gives the
// sizes ("5,5,5"; absent: one axis of all the frames).
//
// Keys, with the block focused: ← and → the previous and next frame (a
// focused slider moves its own parameter), Home and End the first and last,
// space Play / Pause.
package widget

import (
	"fmt"
	"hash/fnv"
	"strings"
	"sync/atomic"

	"github.com/stepnet/stepnet/pkg/lang"
)

// counter numbers the blocks made by this program, so that two blocks of
// the same content still get different ids.
var counter atomic.Int64

// NewID returns prefix + "-" + a hash of content + "-" + a counter: the
// same content in the same place of a program gives the same id, two blocks
// of one program never share one.
func NewID(prefix, content string) string {
	h := fnv.New32a()
	h.Write([]byte(content))
	return fmt.Sprintf("%s-%08x-%d", prefix, h.Sum32(), counter.Add(1))
}

// CleanID keeps letters, digits and '-' of an id (def when empty).
func CleanID(id, def string) string {
	out := []rune(id)
	for i, r := range out {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-') {
			out[i] = '-'
		}
	}
	if len(out) == 0 {
		return def
	}
	return string(out)
}

// Script returns the <script> element that brings the block of this id to
// life.
func Script(id string) string {
	s := strings.Replace(script, "ID", id, 1)
	// The words the script writes, in the current language of pkg/lang
	// (English: the script as it stands).
	s = strings.NewReplacer(
		`" of "`, `" `+jsText(lang.T("widget.of"))+` "`,
		`"\u25B6 Play"`, `"\u25B6 `+jsText(lang.T("widget.play"))+`"`,
		`"\u275A\u275A Pause"`, `"\u275A\u275A `+jsText(lang.T("widget.pause"))+`"`,
		`|| "frame"`, `|| "`+jsText(lang.T("widget.frame"))+`"`,
	).Replace(s)
	return "<script>//<![CDATA[\n" + s + "//]]></script>\n"
}

// jsText escapes s for the inside of a JavaScript string literal in double
// quotes.
func jsText(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "<", `\u003c`).Replace(s)
}

// script finds its block by id (the first one not yet set up, should the
// same block appear twice in a page), and retries for a moment in case the
// block is not in the page yet.
const script = `(function () {
  var id = "ID";
  function setup(tries) {
    var all = document.querySelectorAll('[id="' + id + '"]'), root = null;
    for (var i = 0; i < all.length; i++) {
      if (!all[i].getAttribute("data-ready")) { root = all[i]; break; }
    }
    if (!root) {
      if (tries > 0) { setTimeout(function () { setup(tries - 1); }, 100); }
      return;
    }
    root.setAttribute("data-ready", "1");
    function q(c) { return root.querySelector(c); }
    var frames = root.querySelectorAll(".xp-frame"), n = frames.length;
    var dims = (root.getAttribute("data-dims") || String(n)).split(",").map(Number);
    var ranges = root.querySelectorAll(".xp-range"), vals = root.querySelectorAll(".xp-val");
    var labels = Array.prototype.map.call(ranges, function (r) { return JSON.parse(r.getAttribute("data-labels")); });
    var prev = q(".xp-prev"), next = q(".xp-next"), play = q(".xp-play"), count = q(".xp-count"), live = q(".xp-live");
    var unit = root.getAttribute("data-unit") || "frame", delay = +root.getAttribute("data-delay") || 500;
    var k = Math.min(Math.max(+root.getAttribute("data-start") || 0, 0), n - 1), timer = null;
    function coords(j) {
      var c = [];
      for (var p = dims.length - 1; p >= 0; p--) { c[p] = j % dims[p]; j = Math.floor(j / dims[p]); }
      return c;
    }
    function index(c) {
      var j = 0;
      for (var p = 0; p < dims.length; p++) { j = j * dims[p] + c[p]; }
      return j;
    }
    function show() {
      for (var i = 0; i < n; i++) {
        frames[i].hidden = (i !== k);
        frames[i].style.display = (i === k) ? "" : "none";
      }
      var c = coords(k);
      for (var p = 0; p < ranges.length; p++) {
        ranges[p].value = c[p];
        ranges[p].setAttribute("aria-valuetext", labels[p][c[p]]);
        if (vals[p]) { vals[p].textContent = labels[p][c[p]]; }
      }
      if (count) { count.textContent = unit + " " + (k + 1) + " of " + n; }
      if (prev) { prev.disabled = (k === 0); }
      if (next) { next.disabled = (k === n - 1); }
      if (live) { live.textContent = frames[k].getAttribute("data-live") || ""; }
    }
    function go(j) { k = Math.min(Math.max(j, 0), n - 1); show(); }
    function stop() {
      if (timer) { clearInterval(timer); timer = null; }
      if (play) { play.textContent = "\u25B6 Play"; play.setAttribute("aria-pressed", "false"); }
    }
    function toggle() {
      if (!play) { return; }
      if (timer) { stop(); return; }
      if (k === n - 1) { go(0); }
      play.textContent = "\u275A\u275A Pause";
      play.setAttribute("aria-pressed", "true");
      timer = setInterval(function () { if (k >= n - 1) { stop(); } else { go(k + 1); } }, delay);
    }
    Array.prototype.forEach.call(ranges, function (r, p) {
      r.oninput = r.onchange = function () { stop(); var c = coords(k); c[p] = +r.value; go(index(c)); };
    });
    if (prev) { prev.onclick = function () { stop(); go(k - 1); }; }
    if (next) { next.onclick = function () { stop(); go(k + 1); }; }
    if (play) { play.onclick = toggle; }
    root.addEventListener("keydown", function (e) {
      var onRange = e.target && e.target.classList && e.target.classList.contains("xp-range");
      var onButton = e.target && e.target.tagName === "BUTTON";
      if (e.key === "ArrowRight" && !onRange) { stop(); go(k + 1); e.preventDefault(); }
      else if (e.key === "ArrowLeft" && !onRange) { stop(); go(k - 1); e.preventDefault(); }
      else if (e.key === "Home" && !onRange) { stop(); go(0); e.preventDefault(); }
      else if (e.key === "End" && !onRange) { stop(); go(n - 1); e.preventDefault(); }
      else if ((e.key === " " || e.key === "Spacebar") && play && !onButton) { toggle(); e.preventDefault(); }
    });
    var ctl = root.querySelectorAll(".xp-ctl");
    for (var i = 0; i < ctl.length; i++) { ctl[i].hidden = false; ctl[i].style.display = ""; }
    root.className += " xp-on";
    show();
  }
  setup(50);
})();
`
