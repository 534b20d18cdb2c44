// Package site tests the static site of `stepnet site` in headless Chromium:
// the site is served from 127.0.0.1 by a Go file server inside the test, and
// every other host name resolves to nothing, so a page that needs anything
// from elsewhere (a CDN's MathJax, a font) fails here.
//
// It checks the home page's list of lessons; that lesson 08's formulas are
// typeset by the site's own MathJax (no raw $ left in its text) and that its
// step-through steps; that the playground's Play lowers the training cost
// below a threshold within a time limit; that clicking a point shows the δˡ
// that native Go computes for the same network, seed and point (to 1e-9);
// that no page writes an error to the console; that the French pages (fr/)
// exist for every French notebook and each page links the same page in the
// other language; and that no request leaves 127.0.0.1.
//
// The site is $STEPNET_SITE when set (`make test` builds it with `make
// site`), otherwise built into a temporary folder without the printed sheets.
// The test is skipped without Chromium, unless STEPNET_REQUIRE_BROWSER=1.
package site

import (
	"context"
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/stepnet/stepnet/internal/playground"
	"github.com/stepnet/stepnet/internal/site"
	"github.com/stepnet/stepnet/pkg/backprop"
)

func repoRoot(t *testing.T) string {
	root, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return root
}

func chromium(t *testing.T) string {
	for _, c := range []string{os.Getenv("STEPNET_CHROMIUM"), "/usr/bin/chromium", "chromium", "chromium-browser"} {
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
	t.Skip(msg)
	return ""
}

// siteDir returns the built site: $STEPNET_SITE, or a fresh build.
func siteDir(t *testing.T) string {
	if d := os.Getenv("STEPNET_SITE"); d != "" {
		if _, err := os.Stat(filepath.Join(d, "index.html")); err != nil {
			t.Fatalf("STEPNET_SITE=%s: %v (make site builds it)", d, err)
		}
		return d
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		goCmd = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	out := t.TempDir()
	cache := os.Getenv("STEPNET_CACHE")
	if cache == "" {
		dir, err := os.UserCacheDir()
		if err != nil {
			t.Fatal(err)
		}
		cache = filepath.Join(dir, "stepnet")
	}
	start := time.Now()
	r, err := site.Build(site.Options{Root: repoRoot(t), Out: out, CacheDir: filepath.Join(cache, "site"), Go: goCmd})
	if err != nil {
		t.Fatalf("building the site: %v", err)
	}
	t.Logf("site built in %.1f s (no sheets): %d lessons, wasm %d bytes (%d gzipped)", time.Since(start).Seconds(), r.Lessons, r.WasmBytes, r.WasmGzip)
	return out
}

// browser is one headless Chromium with what its pages did.
type browser struct {
	ctx      context.Context
	mu       sync.Mutex
	requests []string // every URL a page asked for
	console  []string // every console error or exception
}

func startBrowser(t *testing.T) *browser {
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium(t)),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND, EXCLUDE 127.0.0.1"),
		chromedp.WindowSize(1200, 1000),
		chromedp.UserDataDir(t.TempDir()),
	}
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("starting Chromium: %v", err)
	}
	b := &browser{ctx: ctx}
	go func() {
		for ev, err := range chromedp.Events(ctx, network.RequestWillBeSent) {
			if err != nil {
				return
			}
			b.mu.Lock()
			b.requests = append(b.requests, ev.Request.URL)
			b.mu.Unlock()
		}
	}()
	go func() {
		for m, err := range chromedp.Console(ctx) {
			if err != nil {
				return
			}
			if m.Type == chromedp.ConsoleError || m.Type == chromedp.ConsoleException {
				b.mu.Lock()
				b.console = append(b.console, m.String())
				b.mu.Unlock()
			}
		}
	}()
	return b
}

// eval evaluates a JavaScript expression into a T.
func eval[T any](t *testing.T, ctx context.Context, js string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](js))
	if err != nil {
		t.Fatalf("evaluating %.80s…: %v", js, err)
	}
	return v
}

// poll waits until the expression is true, for at most d.
func poll(t *testing.T, ctx context.Context, js string, d time.Duration, what string) {
	t.Helper()
	deadline := time.Now().Add(d)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err == nil && ok {
			return
		}
		time.Sleep(50 * time.Millisecond)
	}
	t.Fatalf("%s: not within %v (%s)", what, d, js)
}

func TestSite(t *testing.T) {
	b := startBrowser(t)
	dir := siteDir(t)
	srv := httptest.NewServer(http.FileServer(http.Dir(dir))) // listens on 127.0.0.1
	defer srv.Close()
	ctx, cancel := context.WithTimeout(b.ctx, 6*time.Minute)
	defer cancel()
	open := func(t *testing.T, path string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+path)); err != nil {
			t.Fatalf("loading %s: %v", path, err)
		}
	}

	t.Run("home", func(t *testing.T) {
		open(t, "index.html")
		nbs, _ := filepath.Glob(filepath.Join(repoRoot(t), "notebooks", "[0-9]*.ipynb"))
		links := eval[[]string](t, ctx, `Array.prototype.map.call(document.querySelectorAll("table.lessons a[href^='lessons/']"), function (a) { return a.getAttribute("href"); })`)
		if len(links) != len(nbs) || len(nbs) == 0 {
			t.Fatalf("the home page links %d lessons, notebooks/ has %d: %v", len(links), len(nbs), links)
		}
		for i, nb := range nbs {
			if want := "lessons/" + strings.TrimSuffix(filepath.Base(nb), ".ipynb") + ".html"; links[i] != want {
				t.Errorf("lesson %d links %q, want %q", i+1, links[i], want)
			}
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("a[href='playground/index.html']").length`); n == 0 {
			t.Error("the home page does not link the playground")
		}
	})

	t.Run("lesson08", func(t *testing.T) {
		open(t, "lessons/08-backpropagation.html")
		poll(t, ctx, `!!(window.MathJax && MathJax.startup && MathJax.startup.document && document.querySelectorAll("mjx-container").length > 0)`, 30*time.Second, "MathJax typesets lesson 08")
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`MathJax.startup.promise.then(function () { return true; })`, chromedp.EvalAwaitPromise)); err != nil {
			t.Fatalf("MathJax: %v", err)
		}
		n := eval[int](t, ctx, `document.querySelectorAll(".cell-markdown mjx-container").length`)
		if n < 50 {
			t.Errorf("%d typeset formulas in lesson 08's text, want ≥ 50", n)
		}
		// The text of the Markdown cells without the typeset formulas: no $ may be left.
		if raw := eval[string](t, ctx, rawTeXJS); raw != "" {
			t.Errorf("raw TeX left in lesson 08's text: %q", raw)
		}
		if errs := eval[int](t, ctx, `document.querySelectorAll("mjx-merror").length`); errs > 0 {
			t.Errorf("%d formulas with TeX errors", errs)
		}
		// The step-through: Next shows the next step.
		id := eval[string](t, ctx, `(document.querySelector("div.stepnet") || {}).id || ""`)
		if id == "" {
			t.Fatal("no step-through widget in lesson 08")
		}
		count := `document.getElementById("` + id + `-count").textContent`
		shown := `Array.prototype.filter.call(document.getElementById("` + id + `").querySelectorAll(".stepnet-step"), function (e) { return getComputedStyle(e).display !== "none"; }).map(function (e) { return e.dataset.step; }).join(",")`
		if c, s := eval[string](t, ctx, count), eval[string](t, ctx, shown); !strings.HasPrefix(c, "step 1 of ") || s != "1" {
			t.Fatalf("before Next: %q, steps shown %q", c, s)
		}
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id+"-next"))); err != nil {
			t.Fatal(err)
		}
		if c, s := eval[string](t, ctx, count), eval[string](t, ctx, shown); !strings.HasPrefix(c, "step 2 of ") || s != "2" {
			t.Fatalf("after Next: %q, steps shown %q", c, s)
		}
	})

	// Every lesson page: its formulas typeset without TeX errors and no raw $
	// left, every figure loaded, every step-through and explorable set up by
	// its script (the widget marks its root data-ready).
	t.Run("lessons", func(t *testing.T) {
		nbs, _ := filepath.Glob(filepath.Join(repoRoot(t), "notebooks", "[0-9]*.ipynb"))
		for _, nb := range nbs {
			slug := strings.TrimSuffix(filepath.Base(nb), ".ipynb")
			t.Run(slug, func(t *testing.T) {
				open(t, "lessons/"+slug+".html")
				poll(t, ctx, `!!(window.MathJax && MathJax.startup && MathJax.startup.promise)`, 30*time.Second, "MathJax starts")
				if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`MathJax.startup.promise.then(function () { return true; })`, chromedp.EvalAwaitPromise)); err != nil {
					t.Fatalf("MathJax: %v", err)
				}
				if raw := eval[string](t, ctx, rawTeXJS); raw != "" {
					t.Errorf("raw TeX left in the text: %q", raw)
				}
				if n := eval[int](t, ctx, `document.querySelectorAll("mjx-merror").length`); n > 0 {
					t.Errorf("%d formulas with TeX errors", n)
				}
				// The figures are loading="lazy": ask for all of them now.
				eval[bool](t, ctx, `Array.prototype.forEach.call(document.images, function (i) { i.loading = "eager"; }), true`)
				poll(t, ctx, `Array.prototype.every.call(document.images, function (i) { return i.complete; })`, 20*time.Second, "the figures load")
				if bad := eval[[]string](t, ctx, `Array.prototype.filter.call(document.images, function (i) { return !(i.naturalWidth > 0); }).map(function (i) { return i.getAttribute("src"); })`); len(bad) > 0 {
					t.Errorf("figures that did not load: %v", bad)
				}
				poll(t, ctx, `Array.prototype.every.call(document.querySelectorAll("div.stepnet, div.xp"), function (w) { return w.getAttribute("data-ready") === "1"; })`,
					10*time.Second, "every step-through and explorable is set up by its script")
				t.Logf("%d formulas, %d figures, %d step-throughs and explorables", eval[int](t, ctx, `document.querySelectorAll("mjx-container").length`),
					eval[int](t, ctx, `document.images.length`), eval[int](t, ctx, `document.querySelectorAll("div.stepnet, div.xp").length`))
			})
		}
	})

	// Both languages: every lesson with a French notebook has a French page (lang="fr", its
	// formulas typeset, its figures loaded), and each page of a pair links the other with the
	// language switch; the home pages link each other.
	t.Run("languages", func(t *testing.T) {
		switchHref := `(document.querySelector("a.lang-switch") || {getAttribute: function () { return ""; }}).getAttribute("href")`
		open(t, "index.html")
		if h := eval[string](t, ctx, switchHref); h != "fr/index.html" {
			t.Errorf("the home page's language switch is %q, want fr/index.html", h)
		}
		open(t, "fr/index.html")
		if h, l := eval[string](t, ctx, switchHref), eval[string](t, ctx, `document.documentElement.lang`); h != "../index.html" || l != "fr" {
			t.Errorf("the French home page: switch %q, lang %q; want ../index.html, fr", h, l)
		}
		frs, _ := filepath.Glob(filepath.Join(repoRoot(t), "notebooks", "fr", "[0-9]*.ipynb"))
		if len(frs) == 0 {
			t.Fatal("no notebooks/fr/NN-slug.ipynb")
		}
		if n := eval[int](t, ctx, `document.querySelectorAll("table.lessons a[href^='lessons/']").length`); n != len(frs) {
			t.Errorf("the French home page links %d lessons, notebooks/fr has %d", n, len(frs))
		}
		for _, nb := range frs {
			slug := strings.TrimSuffix(filepath.Base(nb), ".ipynb")
			t.Run(slug, func(t *testing.T) {
				open(t, "lessons/"+slug+".html")
				if h := eval[string](t, ctx, switchHref); h != "../fr/lessons/"+slug+".html" {
					t.Errorf("the English page's switch is %q", h)
				}
				open(t, "fr/lessons/"+slug+".html")
				if h, l := eval[string](t, ctx, switchHref), eval[string](t, ctx, `document.documentElement.lang`); h != "../../lessons/"+slug+".html" || l != "fr" {
					t.Errorf("the French page: switch %q, lang %q", h, l)
				}
				poll(t, ctx, `!!(window.MathJax && MathJax.startup && MathJax.startup.promise)`, 30*time.Second, "MathJax starts")
				if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`MathJax.startup.promise.then(function () { return true; })`, chromedp.EvalAwaitPromise)); err != nil {
					t.Fatalf("MathJax: %v", err)
				}
				if raw := eval[string](t, ctx, rawTeXJS); raw != "" {
					t.Errorf("raw TeX left in the French text: %q", raw)
				}
				eval[bool](t, ctx, `Array.prototype.forEach.call(document.images, function (i) { i.loading = "eager"; }), true`)
				poll(t, ctx, `Array.prototype.every.call(document.images, function (i) { return i.complete; })`, 20*time.Second, "the figures load")
				if bad := eval[[]string](t, ctx, `Array.prototype.filter.call(document.images, function (i) { return !(i.naturalWidth > 0); }).map(function (i) { return i.getAttribute("src"); })`); len(bad) > 0 {
					t.Errorf("figures that did not load: %v", bad)
				}
			})
		}
	})

	t.Run("playground", func(t *testing.T) { checkPlayground(t, ctx, srv.URL) })

	b.mu.Lock()
	defer b.mu.Unlock()
	for _, m := range b.console {
		t.Errorf("console: %s", m)
	}
	local, err := url.Parse(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range b.requests {
		u, err := url.Parse(r)
		if err != nil || (u.Scheme != "data" && u.Host != local.Host) {
			t.Errorf("a request left 127.0.0.1: %s", r)
		}
	}
	if len(b.requests) < 5 {
		t.Errorf("only %d requests seen: the listener does not work", len(b.requests))
	}
}

// rawTeXJS returns the text around the first $ left in the Markdown cells
// once the typeset formulas, code and preformatted text are taken out ("" if
// none).
const rawTeXJS = `(function () {
  var text = Array.prototype.map.call(document.querySelectorAll(".cell-markdown"), function (c) {
    var d = c.cloneNode(true);
    d.querySelectorAll("mjx-container, code, pre").forEach(function (e) { e.remove(); });
    return d.textContent;
  }).join("\n");
  var i = text.indexOf("$");
  return i < 0 ? "" : text.slice(Math.max(0, i - 60), i + 60);
})()`

func checkPlayground(t *testing.T, ctx context.Context, base string) {
	cfg := playground.Default() // circles, 2-8-8-2 tanh, softmax + cross-entropy, batches of 10, η = 0.1
	cfg.Seed = 3
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/playground/index.html#"+cfg.Encode())); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, `!!window.stepnetFirstPicture`, 20*time.Second, "the playground draws its first picture")
	first := eval[float64](t, ctx, `window.stepnetFirstPicture`)
	t.Logf("first picture %.0f ms after the navigation started", first)
	shot(t, ctx, "playground-first.png")

	// δ at epoch 0, then Play until the cost is low, Pause, δ again.
	inspectAndCompare(t, ctx, cfg, 90, 120)

	const threshold = 0.15
	start := time.Now()
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("play"))); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, `+document.getElementById("cost").dataset.value < `+strconv.FormatFloat(threshold, 'g', -1, 64), 60*time.Second,
		"Play lowers the training cost below 0.15")
	elapsed := time.Since(start)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("play"))); err != nil { // Pause
		t.Fatal(err)
	}
	time.Sleep(1200 * time.Millisecond)
	epoch := eval[string](t, ctx, `document.getElementById("epoch").dataset.value`)
	speed := eval[string](t, ctx, `document.getElementById("speed").dataset.value || ""`)
	t.Logf("Play: training cost below %g after %.1f s; paused at epoch %s; %s epochs/s", threshold, elapsed.Seconds(), epoch, speed)
	inspectAndCompare(t, ctx, cfg, 250, 200)

	// The inspected point's step-through steps, and the gradient check agrees.
	id := eval[string](t, ctx, `(document.querySelector("#ibackward div.stepnet") || {}).id || ""`)
	if id == "" {
		t.Fatal("no backward step-through after clicking a point")
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id+"-next"))); err != nil {
		t.Fatal(err)
	}
	if c := eval[string](t, ctx, `document.getElementById("`+id+`-count").textContent`); !strings.HasPrefix(c, "step 2 of ") {
		t.Errorf("the point's backward step-through after Next: %q", c)
	}
	if c := eval[string](t, ctx, `document.getElementById("icheck").textContent`); !strings.HasPrefix(c, "✓") {
		t.Errorf("gradient check: %q", c)
	}
	shot(t, ctx, "playground-inspect.png")

	// The speed of Play, measured over 4 s of training (logged: the budget is ≥ 30 epochs/s).
	e0 := eval[string](t, ctx, `document.getElementById("epoch").dataset.value`)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("play"))); err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	time.Sleep(4 * time.Second)
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID("play"))); err != nil {
		t.Fatal(err)
	}
	dt := time.Since(t0)
	e1 := eval[string](t, ctx, `document.getElementById("epoch").dataset.value`)
	n0, _ := strconv.Atoi(e0)
	n1, _ := strconv.Atoi(e1)
	t.Logf("Play: %d epochs in %.1f s = %.0f epochs/s (drawing every frame)", n1-n0, dt.Seconds(), float64(n1-n0)/dt.Seconds())

	if h := eval[string](t, ctx, `location.hash`); h != "#"+cfg.Encode() {
		t.Errorf("the URL holds %q, want #%s", h, cfg.Encode())
	}
}

// inspectAndCompare clicks the decision-region picture at (px, py) and
// compares the δˡ the page shows with those of native Go for the same
// configuration, trained for the epochs the page says, on the same point.
func inspectAndCompare(t *testing.T, ctx context.Context, cfg playground.Config, px, py float64) {
	t.Helper()
	r := eval[[]float64](t, ctx, `(function () { var r = document.getElementById("regions").getBoundingClientRect(); return [r.left, r.top]; })()`)
	if err := chromedp.Do(ctx, chromedp.MouseClickXY(r[0]+px, r[1]+py)); err != nil {
		t.Fatal(err)
	}
	poll(t, ctx, `!document.getElementById("inspect").hidden && document.getElementById("deltas").dataset.deltas !== ""`, 10*time.Second, "clicking a point shows the inspection")
	var x []float64
	var deltas [][]float64
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `document.getElementById("ix").dataset.x`)), &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `document.getElementById("deltas").dataset.deltas`)), &deltas); err != nil {
		t.Fatal(err)
	}
	epoch, err := strconv.Atoi(eval[string](t, ctx, `document.getElementById("deltas").dataset.epoch`))
	if err != nil {
		t.Fatal(err)
	}
	class, err := strconv.Atoi(eval[string](t, ctx, `document.getElementById("iclass").value`))
	if err != nil {
		t.Fatal(err)
	}

	m, err := playground.New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	for e := 0; e < epoch; e++ {
		if err := m.Step(); err != nil {
			t.Fatal(err)
		}
	}
	if class != m.Nearest(x) {
		t.Errorf("the page's target class %d, the nearest training point's %d", class, m.Nearest(x))
	}
	y := make([]float64, m.Train.Classes)
	y[class] = 1
	tr, err := backprop.Gradient(m.Net, x, y, m.Loss)
	if err != nil {
		t.Fatal(err)
	}
	if len(deltas) != len(tr.Delta)-1 {
		t.Fatalf("the page shows %d δˡ, the network has %d layers", len(deltas), len(tr.Delta)-1)
	}
	worst := 0.0
	for l := 1; l < len(tr.Delta); l++ {
		if len(deltas[l-1]) != tr.Delta[l].Len() {
			t.Fatalf("δ%d: %d values on the page, %d natively", l, len(deltas[l-1]), tr.Delta[l].Len())
		}
		for i, d := range deltas[l-1] {
			diff := math.Abs(d - tr.Delta[l].AtVec(i))
			worst = math.Max(worst, diff)
			if !(diff <= 1e-9) {
				t.Errorf("epoch %d, x = %v: δ%d[%d] = %v on the page, %v natively", epoch, x, l, i, d, tr.Delta[l].AtVec(i))
			}
		}
	}
	t.Logf("epoch %d, x = %v, class %d: the page's δˡ agree with native Go's to %.2g", epoch, x, class, worst)
}

// shot saves a screenshot of the whole page into $STEPNET_SITE_SHOTS, when
// set, to look at.
func shot(t *testing.T, ctx context.Context, name string) {
	dir := os.Getenv("STEPNET_SITE_SHOTS")
	if dir == "" {
		return
	}
	b, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Logf("screenshot: %v", err)
		return
	}
	if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
		t.Log(err)
	}
}
