package browser

import (
	"context"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/pkg/step"
)

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

// TestWidgetInChromium loads each page in headless Chromium and clicks
// through its widgets: by default the HTML exports of the lessons' notebooks
// (08's backward pass first, as issue 3 asks) and a page the test writes
// with every demo walk; STEPNET_WIDGET_HTML replaces them with one page.
func TestWidgetInChromium(t *testing.T) {
	bin := chromium(t)
	browser := startBrowser(t, bin)

	if p, ok := overridePage(t); ok {
		t.Run(p.name, func(t *testing.T) { checkPage(t, browser, p) })
		return
	}
	for _, c := range notebookCases {
		t.Run(c.notebook, func(t *testing.T) { checkPage(t, browser, notebookPage(t, c)) })
	}
	t.Run("written-page", func(t *testing.T) { checkPage(t, browser, writtenPage(t)) })
}

// startBrowser starts headless Chromium, offline: every host name resolves
// to nothing, so that a page that refers to a CDN fails fast instead of
// waiting, and the widget is seen working with nothing fetched.
func startBrowser(t *testing.T, bin string) context.Context {
	t.Helper()
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
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.UserDataDir(t.TempDir()),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	// The first Run starts the browser: under a context without a deadline,
	// which would stop the whole browser (see chromedp.Run).
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting %s: %v", bin, err)
	}
	return ctx
}

// checkPage loads p in a new tab of the browser and clicks through the
// widget of each of its walks.
func checkPage(t *testing.T, browser context.Context, p page) {
	ctx, cancel := chromedp.NewContext(browser) // a tab of its own
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // open it, without a deadline
		t.Fatalf("opening a tab: %v", err)
	}
	// Everything on this page: 20 s at most.
	ctx, cancelT := context.WithTimeout(ctx, 20*time.Second)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+p.path)); err != nil {
		t.Fatalf("loading %s: %v", p.path, err)
	}

	widgets, err := chromedp.Run(ctx, chromedp.Evaluate[[]widget](widgetsJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(widgets) == 0 {
		t.Fatalf("%s: no step-through widget (div.stepnet) in the page", p.path)
	}
	ids := map[string]bool{}
	for _, w := range widgets {
		if ids[w.ID] {
			t.Errorf("two widgets have the id %q", w.ID)
		}
		ids[w.ID] = true
	}
	for _, want := range p.walks {
		id := ""
		for _, w := range widgets {
			if w.Title == want.Title && w.Steps == len(want.Steps) {
				id = w.ID
				break
			}
		}
		if id == "" {
			t.Errorf("%s: no widget %q with %d steps; the page has %+v", p.path, want.Title, len(want.Steps), widgets)
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
