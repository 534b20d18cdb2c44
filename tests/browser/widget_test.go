package browser

import (
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/step"
)

// widgetPage returns the page to load and the walks it must show. By
// default it writes a page with the demo walks; STEPNET_WIDGET_HTML names
// an existing page instead, which must show the step.Demo walk named by
// STEPNET_WIDGET_PASS (default backward) for STEPNET_WIDGET_SEED (default 1).
func widgetPage(t *testing.T) (path string, walks []*step.Walk) {
	t.Helper()
	pass, seed := defaultPass(), uint64(1)
	if s := os.Getenv("STEPNET_WIDGET_PASS"); s != "" {
		pass = s
	}
	if s := os.Getenv("STEPNET_WIDGET_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("STEPNET_WIDGET_SEED=%q: %v", s, err)
		}
		seed = n
	}
	want, err := step.Demo(pass, seed)
	if err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("STEPNET_WIDGET_HTML"); p != "" {
		abs, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		return abs, []*step.Walk{want}
	}
	walks = []*step.Walk{want}
	page := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>widget</title></head><body>\n<p>Text before.</p>\n"
	// Every demo walk, so that several widgets share the page.
	for _, p := range step.DemoPasses {
		if p == pass {
			page += want.HTML()
			continue
		}
		w, err := step.Demo(p, seed)
		if err != nil {
			t.Fatal(err)
		}
		page += w.HTML()
		walks = append(walks, w)
	}
	page += "<p>Text after.</p></body></html>\n"
	path = filepath.Join(t.TempDir(), "widget.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	return path, walks
}

// defaultPass is the backward pass once pkg/step has it, else the first.
func defaultPass() string {
	for _, p := range step.DemoPasses {
		if p == "backward" {
			return p
		}
	}
	return step.DemoPasses[0]
}

// chromium returns the browser's path, or skips the test without one
// (fails with STEPNET_REQUIRE_BROWSER=1).
func chromium(t *testing.T) string {
	t.Helper()
	candidates := []string{os.Getenv("STEPNET_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if p, err := exec.LookPath(c); err == nil {
			return p
		}
	}
	msg := "no Chromium found (install Debian's chromium package, or set STEPNET_CHROMIUM)"
	if os.Getenv("STEPNET_REQUIRE_BROWSER") == "1" {
		t.Fatal(msg + "; STEPNET_REQUIRE_BROWSER=1 requires it")
	}
	t.Skip(msg + "; skipping the browser test")
	return ""
}

// state is what a widget shows at one moment.
type state struct {
	Found    bool    `json:"found"`
	Visible  int     `json:"visible"`  // steps displayed
	Equation string  `json:"equation"` // the displayed step's equation
	Height   float64 `json:"height"`   // its rendered height, px
	Count    string  `json:"count"`    // "step k of n"
	Nav      bool    `json:"nav"`      // the buttons are displayed
	Prev     bool    `json:"prev"`     // Previous is disabled
	Next     bool    `json:"next"`     // Next is disabled
}

// stateJS reads a widget's state; %ID% is its id.
const stateJS = `(function (id) {
  var r = document.getElementById(id);
  if (!r) { return {found: false}; }
  var shown = Array.prototype.filter.call(r.querySelectorAll(".stepnet-step"),
    function (e) { return getComputedStyle(e).display !== "none"; });
  var eq = shown.length ? shown[0].querySelector(".stepnet-eq") : null;
  return {
    found: true,
    visible: shown.length,
    equation: eq ? eq.textContent : "",
    height: eq ? eq.getBoundingClientRect().height : 0,
    count: r.querySelector(".stepnet-count").textContent,
    nav: getComputedStyle(r.querySelector(".stepnet-nav")).display !== "none",
    prev: r.querySelector(".stepnet-prev").disabled,
    next: r.querySelector(".stepnet-next").disabled
  };
})("%ID%")`

// widgetsJS lists the widgets of the page: id, title and number of steps.
const widgetsJS = `Array.prototype.map.call(document.querySelectorAll("div.stepnet"), function (r) {
  return {id: r.id, title: r.querySelector(".stepnet-head").textContent, steps: r.querySelectorAll(".stepnet-step").length};
})`

type widget struct {
	ID    string `json:"id"`
	Title string `json:"title"`
	Steps int    `json:"steps"`
}

func TestWidgetInChromium(t *testing.T) {
	bin := chromium(t)
	path, walks := widgetPage(t)

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	// The whole test: 20 s at most. The browser starts with the first Run,
	// under the context without a deadline (see chromedp.Run).
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+path)); err != nil {
		t.Fatalf("loading %s: %v", path, err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 20*time.Second)
	defer cancelT()

	widgets, err := chromedp.Run(ctx, chromedp.Evaluate[[]widget](widgetsJS))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, w := range widgets {
		if ids[w.ID] {
			t.Errorf("two widgets have the id %q", w.ID)
		}
		ids[w.ID] = true
	}
	for _, want := range walks {
		id := ""
		for _, w := range widgets {
			if w.Title == want.Title && w.Steps == len(want.Steps) {
				id = w.ID
				break
			}
		}
		if id == "" {
			t.Errorf("%s: no widget %q with %d steps; the page has %+v", path, want.Title, len(want.Steps), widgets)
			continue
		}
		t.Run(strings.Fields(want.Title)[0], func(t *testing.T) { clickThrough(ctx, t, id, want) })
	}
}

// clickThrough clicks Next through widget id and checks every step shown
// against the walk, then goes back once.
func clickThrough(ctx context.Context, t *testing.T, id string, want *step.Walk) {
	n := len(want.Steps)
	read := func() state {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[state](strings.ReplaceAll(stateJS, "%ID%", id)))
		if err != nil {
			t.Fatalf("reading widget %s: %v", id, err)
		}
		return s
	}
	click := func(button string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id+"-"+button))); err != nil {
			t.Fatalf("clicking %s: %v", button, err)
		}
	}

	s := read()
	if !s.Found || !s.Nav {
		t.Fatalf("widget %s: the script did not run (buttons hidden): %+v", id, s)
	}
	previous := ""
	for k := 1; k <= n; k++ {
		if k > 1 {
			click("next")
			s = read()
		}
		ws := want.Steps[k-1]
		if s.Visible != 1 {
			t.Fatalf("step %d: %d steps displayed, want 1", k, s.Visible)
		}
		if s.Equation != ws.Equation {
			t.Errorf("step %d shows %q, want %q", k, s.Equation, ws.Equation)
		}
		if s.Equation == previous {
			t.Errorf("step %d: the equation did not change after Next: %q", k, s.Equation)
		}
		if s.Height <= 0 {
			t.Errorf("step %d: the equation is not rendered (height %v)", k, s.Height)
		}
		if wantCount := "step " + strconv.Itoa(k) + " of " + strconv.Itoa(n); s.Count != wantCount {
			t.Errorf("step %d: the counter says %q, want %q", k, s.Count, wantCount)
		}
		if s.Prev != (k == 1) || s.Next != (k == n) {
			t.Errorf("step %d of %d: Previous disabled %v, Next disabled %v", k, n, s.Prev, s.Next)
		}
		if ws.Value != nil {
			checkNumbers(t, k, s.Equation, ws.Value)
		}
		previous = s.Equation
	}
	click("prev")
	if s = read(); s.Equation != want.Steps[n-2].Equation || s.Count != "step "+strconv.Itoa(n-1)+" of "+strconv.Itoa(n) {
		t.Errorf("after Previous: %+v, want step %d", s, n-1)
	}
}

// checkNumbers checks that the numbers after the last " = " of the equation
// shown are the trace's value, to the 4 significant digits written.
func checkNumbers(t *testing.T, k int, eq string, value mat.Matrix) {
	t.Helper()
	i := strings.LastIndex(eq, " = ")
	fields := strings.Fields(strings.NewReplacer("[", " ", "]", " ", ",", " ").Replace(eq[i+3:]))
	r, c := value.Dims()
	if len(fields) != r*c {
		t.Errorf("step %d: %q shows %d numbers, the trace has %d", k, eq, len(fields), r*c)
		return
	}
	for i, f := range fields {
		got, err := strconv.ParseFloat(f, 64)
		want := value.At(i/c, i%c)
		if err != nil || math.Abs(got-want) > 5e-4*math.Abs(want) {
			t.Errorf("step %d: number %d is %q, the trace has %v", k, i+1, f, want)
		}
	}
}
