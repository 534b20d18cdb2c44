package browser

import (
	"context"
	"fmt"
	"html"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/fetch"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"

	"github.com/stepnet/stepnet/internal/lessons"
	"github.com/stepnet/stepnet/internal/notation"
	"github.com/stepnet/stepnet/internal/notebook"
	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/backprop"
	"github.com/stepnet/stepnet/pkg/data"
	"github.com/stepnet/stepnet/pkg/explore"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/mlp"
	"github.com/stepnet/stepnet/pkg/neuron"
	"github.com/stepnet/stepnet/pkg/step"
)

// explorableNotebooks are the notebooks whose exported HTML must carry
// explorables, with the names of the builders (explore.Builders) of those
// explorables in the order the lesson shows them: every lesson with a
// builder, in both kernels' flavours and, where the lesson is translated
// (lesson.fr.md), the French one. pkg/explore's TestBuildersInLessons
// checks that each lesson's source shows exactly its builders' calls (and
// stepnet notebooks that a translation runs the same cells).
var explorableNotebooks = func() []explorableNotebook {
	var out []explorableNotebook
	byLesson := map[int]int{}
	for _, b := range explore.Builders() {
		l, err := lessons.ByNumber(b.Lesson)
		if err != nil {
			panic(err) // a builder of a lesson that does not exist: pkg/explore's tests fail too
		}
		for f, flavour := range []string{"", "gophernotes/", "fr/"} {
			if flavour == "fr/" {
				if _, err := os.Stat(filepath.Join("..", "..", "lessons", l.Slug, "lesson.fr.md")); err != nil {
					continue // not translated yet
				}
			}
			key := f*100 + b.Lesson
			i, ok := byLesson[key]
			if !ok {
				i = len(out)
				byLesson[key] = i
				out = append(out, explorableNotebook{notebook: flavour + l.Slug + ".ipynb"})
			}
			out[i].names = append(out[i].names, b.Name)
		}
	}
	return out
}()

type explorableNotebook struct {
	notebook string   // under notebooks/: "05-learning-rate.ipynb", "gophernotes/05-learning-rate.ipynb", "fr/05-learning-rate.ipynb"
	names    []string // its explorables' builders, in the lesson's order
}

// builtExplorables builds every explorable of explore.Builders once, in
// English.
var builtExplorables = sync.OnceValues(buildExplorables)

// builtExplorablesFr builds them once in French, as the French notebooks'
// cells do (their numbers name gd's regimes in French).
var builtExplorablesFr = sync.OnceValues(func() (map[string]*explore.Explorable, error) {
	if err := lang.Set("fr"); err != nil {
		return nil, err
	}
	defer lang.Set("en")
	return buildExplorables()
})

func buildExplorables() (map[string]*explore.Explorable, error) {
	out := map[string]*explore.Explorable{}
	for _, b := range explore.Builders() {
		x, err := b.Build()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", b.Name, err)
		}
		out[b.Name] = x
	}
	return out, nil
}

// xpState is what an explorable shows at one moment.
type xpState struct {
	Found   bool              `json:"found"`
	Ready   bool              `json:"ready"`   // the script ran: controls shown
	Visible int               `json:"visible"` // frames displayed
	Frame   int               `json:"frame"`   // data-frame of the displayed one
	SVG     string            `json:"svg"`     // its picture
	Height  float64           `json:"height"`  // the picture's rendered height
	Label   string            `json:"label"`
	Numbers map[string]string `json:"numbers"`
	Vals    []string          `json:"vals"` // the sliders' value labels
	Live    string            `json:"live"`
	Play    string            `json:"play"`
}

const xpStateJS = `(function (id) {
  var r = document.getElementById(id);
  if (!r) { return {found: false}; }
  var shown = Array.prototype.filter.call(r.querySelectorAll(".xp-frame"),
    function (e) { return getComputedStyle(e).display !== "none"; });
  var f = shown.length ? shown[0] : null, nums = {};
  if (f) { f.querySelectorAll(".xp-nums td").forEach(function (td) { nums[td.getAttribute("data-name")] = td.textContent; }); }
  var svg = f ? f.querySelector("svg") : null, play = r.querySelector(".xp-play");
  return {
    found: true,
    ready: getComputedStyle(r.querySelector(".xp-ctl")).display !== "none",
    visible: shown.length,
    frame: f ? +f.getAttribute("data-frame") : -1,
    svg: svg ? svg.outerHTML : "",
    height: svg ? svg.getBoundingClientRect().height : 0,
    label: f ? f.querySelector(".xp-label").textContent : "",
    numbers: nums,
    vals: Array.prototype.map.call(r.querySelectorAll(".xp-val"), function (v) { return v.textContent; }),
    live: r.querySelector(".xp-live").textContent,
    play: play ? play.textContent : ""
  };
})("%ID%")`

// explorablesJS lists the explorables of the page: id and title.
const explorablesJS = `Array.prototype.map.call(document.querySelectorAll("div.xp.explore"), function (r) {
  return {id: r.id, title: r.querySelector(".xp-head").textContent};
})`

type xpBlock struct {
	ID    string `json:"id"`
	Title string `json:"title"`
}

// TestExplorablesInChromium loads, in headless Chromium, a page with every
// explorable of explore.Builders and the HTML export of every lesson with
// explorables, and plays with each: three positions of every slider, the
// keys, Play; the frame shown must change, and the numbers beside it must
// be those Go computes for the parameters. Every request other than the
// page itself is blocked and counted: there must be none.
func TestExplorablesInChromium(t *testing.T) {
	bin := chromium(t)
	all, err := builtExplorables()
	if err != nil {
		t.Fatal(err)
	}
	browser := startBrowser(t, bin)
	t.Run("written-page", func(t *testing.T) {
		var names []string
		html := "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>explorables</title></head><body>\n"
		for _, b := range explore.Builders() {
			html += "<p>" + b.Name + "</p>\n" + all[b.Name].HTML()
			names = append(names, b.Name)
		}
		html += "</body></html>\n"
		path := filepath.Join(t.TempDir(), "explorables.html")
		if err := os.WriteFile(path, []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
		checkExplorablePage(t, browser, path, names, all)
	})
	for _, c := range explorableNotebooks {
		t.Run(c.notebook, func(t *testing.T) {
			if gonb, ok := strings.CutPrefix(c.notebook, "gophernotes/"); ok {
				// The same lesson's explorables, computed by the same Go code: the
				// blocks must be GoNB's byte for byte (but the id counter), and
				// GoNB's export is driven in Chromium; so is the French one, whose
				// controls speak French.
				sameExplorables(t, c.notebook, gonb, len(c.names))
				return
			}
			if strings.HasPrefix(c.notebook, "fr/") {
				// What the French cells computed, and Go's numbers in French.
				fr, err := builtExplorablesFr()
				if err != nil {
					t.Fatal(err)
				}
				if err := lang.Set("fr"); err != nil {
					t.Fatal(err)
				}
				defer lang.Set("en")
				checkExplorablePage(t, browser, exportNotebook(t, c.notebook), c.names, fr)
				return
			}
			checkExplorablePage(t, browser, exportNotebook(t, c.notebook), c.names, all)
		})
	}
}

// sameExplorables checks that notebook a shows the same n explorable blocks
// as notebook b (both under notebooks/), in the same order.
func sameExplorables(t *testing.T, a, b string, n int) {
	t.Helper()
	ba, bb := explorableBlocks(t, a), explorableBlocks(t, b)
	if len(ba) != n || len(bb) != n {
		t.Fatalf("%s shows %d explorables and %s %d, want %d", a, len(ba), b, len(bb), n)
	}
	for i := range ba {
		if ba[i] != bb[i] {
			t.Errorf("explorable %d of %s differs from %s's (%d and %d bytes)", i+1, a, b, len(ba[i]), len(bb[i]))
		}
	}
}

// explorableBlocks returns the HTML outputs of a notebook that hold an
// explorable, with the widget ids' counter masked.
func explorableBlocks(t *testing.T, name string) []string {
	t.Helper()
	nb, err := notebook.Read(filepath.Join(repoRoot(t), "notebooks", name))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range nb.Cells {
		for _, o := range c.Outputs {
			data, _ := o["data"].(map[string]any)
			v, ok := data["text/html"]
			if !ok {
				continue
			}
			switch v.(type) {
			case string, []any:
			default:
				t.Fatalf("%s: an HTML output that is neither a string nor lines", name)
			}
			if html := notebook.Text(v); strings.Contains(html, `class="xp explore"`) {
				out = append(out, notebook.MaskWidgetIDs(html))
			}
		}
	}
	return out
}

// templateScript matches the page's own scripts and style sheets on this
// machine: nbconvert's template refers to Debian's require.js and MathJax as
// <script src="file:///usr/share/javascript/…">.
var templateScript = regexp.MustCompile(`<(?:script|link)[^>]* (?:src|href)="(file:///[^"]+)"`)

// checkExplorablePage loads path in a tab of its own, blocking every request
// but the page's, and checks the explorables named. The local files that
// the page's own template names (templateScript, outside any explorable:
// an explorable refers only to its own #ids and data: images, as
// pkg/explore's TestBuilders checks) are blocked too, but only logged; any
// other request is an error.
func checkExplorablePage(t *testing.T, browser context.Context, path string, names []string, all map[string]*explore.Explorable) {
	ctx, cancel := chromedp.NewContext(browser)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("opening a tab: %v", err)
	}
	pageURL := "file://" + path
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	template := map[string]bool{}
	for _, m := range templateScript.FindAllStringSubmatch(string(src), -1) {
		template[html.UnescapeString(m[1])] = true
	}
	var mu sync.Mutex
	var blocked, fromTemplate []string
	paused := chromedp.Events(ctx, fetch.RequestPaused)
	go func() {
		for ev, err := range paused {
			if err != nil {
				return
			}
			u := ev.Request.URL
			if u == pageURL || strings.HasPrefix(u, "data:") {
				_, _ = chromedp.Call(ctx, fetch.ContinueRequest, fetch.ContinueRequestParams{RequestID: ev.RequestID})
				continue
			}
			mu.Lock()
			if template[u] {
				fromTemplate = append(fromTemplate, u)
			} else {
				blocked = append(blocked, u)
			}
			mu.Unlock()
			_, _ = chromedp.Call(ctx, fetch.FailRequest, fetch.FailRequestParams{RequestID: ev.RequestID, ErrorReason: network.ErrorReasonBlockedByClient})
		}
	}()
	if _, err := chromedp.Call(ctx, fetch.Enable, fetch.EnableParams{}); err != nil {
		t.Fatalf("intercepting requests: %v", err)
	}
	ctx, cancelT := context.WithTimeout(ctx, 120*time.Second)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate(pageURL)); err != nil {
		t.Fatalf("loading %s: %v", path, err)
	}
	blocks, err := chromedp.Run(ctx, chromedp.Evaluate[[]xpBlock](explorablesJS))
	if err != nil {
		t.Fatal(err)
	}
	if len(blocks) != len(names) {
		t.Errorf("%s has %d explorables, want %d (%s)", path, len(blocks), len(names), strings.Join(names, ", "))
	}
	ids := map[string]bool{}
	for _, b := range blocks {
		if ids[b.ID] {
			t.Errorf("two explorables have the id %q", b.ID)
		}
		ids[b.ID] = true
	}
	used := map[string]bool{}
	for _, name := range names {
		want := all[name]
		id := ""
		for _, b := range blocks {
			if b.Title == want.Title && !used[b.ID] {
				id = b.ID
				used[b.ID] = true
				break
			}
		}
		if id == "" {
			t.Errorf("%s: no explorable %q in the page (it has %d)", path, want.Title, len(blocks))
			continue
		}
		t.Run(name, func(t *testing.T) { playWith(ctx, t, id, name, want) })
	}
	mu.Lock()
	defer mu.Unlock()
	if len(fromTemplate) > 0 {
		t.Logf("blocked %d script(s) of the page's own template (not of an explorable): %s", len(fromTemplate), strings.Join(fromTemplate, ", "))
	}
	if len(blocked) > 0 {
		t.Errorf("the page asked for %d resources besides itself, e.g. %q: an explorable must fetch nothing", len(blocked), blocked[0])
	}
}

// playWith moves every slider of explorable id to its first, middle and
// last value, presses the keys and Play, and checks each frame shown.
func playWith(ctx context.Context, t *testing.T, id, name string, want *explore.Explorable) {
	read := func() xpState {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[xpState](strings.ReplaceAll(xpStateJS, "%ID%", id)))
		if err != nil {
			t.Fatalf("reading %s: %v", id, err)
		}
		return s
	}
	// check compares what is shown with frame k of want, and with what the
	// lecture packages compute for its parameters.
	check := func(what string, s xpState, k int) {
		t.Helper()
		if s.Visible != 1 || s.Frame != k {
			t.Fatalf("%s: %d frames shown, frame %d, want frame %d alone", what, s.Visible, s.Frame, k)
		}
		if s.Height <= 0 {
			t.Errorf("%s: the picture is not rendered", what)
		}
		if s.Label != want.Label(k) {
			t.Errorf("%s: label %q, want %q", what, s.Label, want.Label(k))
		}
		for _, n := range want.Frames[k].Numbers {
			if s.Numbers[n.Name] != n.Value {
				t.Errorf("%s: %s shows %q, Go computed %q", what, n.Name, s.Numbers[n.Name], n.Value)
			}
		}
		if !strings.HasPrefix(s.Live, want.Label(k)) {
			t.Errorf("%s: the aria-live line says %q", what, s.Live)
		}
		if err := recompute(name, want, k, s.Numbers); err != nil {
			t.Errorf("%s: %v", what, err)
		}
	}
	s := read()
	if !s.Found || !s.Ready {
		t.Fatalf("explorable %s: the script did not run (controls hidden): %+v", id, s.Ready)
	}
	check("at start", s, want.Start)

	// Three positions of every slider, the others where they are.
	dims := make([]int, len(want.Params))
	for p, par := range want.Params {
		dims[p] = len(par.Labels)
	}
	coords := func(k int) []int {
		c := make([]int, len(dims))
		for p := len(dims) - 1; p >= 0; p-- {
			c[p] = k % dims[p]
			k /= dims[p]
		}
		return c
	}
	index := func(c []int) int {
		k := 0
		for p := range dims {
			k = k*dims[p] + c[p]
		}
		return k
	}
	for p, par := range want.Params {
		prevSVG := ""
		for _, v := range []int{0, len(par.Labels) / 2, len(par.Labels) - 1} {
			c := coords(read().Frame)
			c[p] = v
			k := index(c)
			js := fmt.Sprintf(`(function () { var r = document.getElementById(%q); r.value = %d; r.dispatchEvent(new Event("input", {bubbles: true})); return true; })()`, id+"-r"+strconv.Itoa(p), v)
			if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](js)); err != nil {
				t.Fatal(err)
			}
			s = read()
			what := fmt.Sprintf("%s at %s", par.Name, par.Labels[v])
			check(what, s, k)
			if s.Vals[p] != par.Labels[v] {
				t.Errorf("%s: the slider's value reads %q", what, s.Vals[p])
			}
			if s.SVG == prevSVG {
				t.Errorf("%s: the picture did not change", what)
			}
			prevSVG = s.SVG
		}
	}

	// The keys, with the block focused: Home, →, End, ←.
	n := len(want.Frames)
	if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(kb.Home)); err != nil {
		t.Fatal(err)
	}
	check("after Home", read(), 0)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowRight)); err != nil {
		t.Fatal(err)
	}
	check("after →", read(), 1)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.End)); err != nil {
		t.Fatal(err)
	}
	check("after End", read(), n-1)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowLeft)); err != nil {
		t.Fatal(err)
	}
	check("after ←", read(), n-2)
	// A focused slider moves its own parameter with →.
	if len(want.Params) > 0 {
		last := len(want.Params) - 1
		before := read().Frame
		c := coords(before)
		if c[last] < dims[last]-1 {
			if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID(id+"-r"+strconv.Itoa(last))), chromedp.KeyEvent(kb.ArrowRight)); err != nil {
				t.Fatal(err)
			}
			c[last]++
			check("→ on the last slider", read(), index(c))
		}
	}
	// Play (the space bar on the block): frames go by, then Pause.
	if want.Play {
		if err := chromedp.Do(ctx, chromedp.Focus(chromedp.ID(id)), chromedp.KeyEvent(kb.Home), chromedp.KeyEvent(" ")); err != nil {
			t.Fatal(err)
		}
		delay := want.Delay
		if delay == 0 {
			delay = 500
		}
		time.Sleep(time.Duration(2*delay+delay/2) * time.Millisecond)
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.ID(id+"-play"))); err != nil { // Pause
			t.Fatal(err)
		}
		s := read()
		// The button says Play again, in the page's language (the French
		// notebooks' widgets say "Lecture").
		en, _ := lang.In("en", "widget.play")
		fr, _ := lang.In("fr", "widget.play")
		if s.Frame < 1 || !(strings.Contains(s.Play, en) || strings.Contains(s.Play, fr)) {
			t.Errorf("after Play and Pause: frame %d, button %q; want frames to have gone by", s.Frame, s.Play)
		}
		check("after Play", s, s.Frame)
	}
}

// recompute checks the numbers shown for frame k against the lecture
// packages, computed here afresh, for the explorables where that is cheap.
// The numbers are named in the page's language: the caller sets pkg/lang's.
func recompute(name string, x *explore.Explorable, k int, shown map[string]string) error {
	close := func(what string, want float64) error {
		got, err := strconv.ParseFloat(shown[what], 64)
		if err != nil || math.Abs(got-want) > 5e-4*math.Abs(want)+1e-12 {
			return fmt.Errorf("%s shows %q, the lecture package gives %v", what, shown[what], want)
		}
		return nil
	}
	label := x.Params[0].Labels
	switch name {
	case "lecun":
		p, err := gd.LeCunExample(1)
		if err != nil {
			return err
		}
		eta := explore.LeCunEtas(p.Q.EtaOpt())[k]
		tr, err := p.Run(explore.LeCunStart(p), eta, explore.LeCunSteps)
		if err != nil {
			return err
		}
		if r := shown[lang.T("explore.regime")]; r != explore.RegimeName(gd.Regime(eta, p.Q.EtaOpt()), len(explore.LeCunStart(p))) {
			return fmt.Errorf("η = %s: regime %q", label[k], r)
		}
		if !tr.Diverged {
			return close(lang.T("explore.lecun.final"), tr.Cost[len(tr.Cost)-1])
		}
	case "quadratic":
		f := explore.QuadraticFactors()[k]
		q, err := gd.Quadratic1D(1, 0)
		if err != nil {
			return err
		}
		tr, err := q.Run([]float64{2}, f*q.EtaOpt(), explore.QuadraticSteps)
		if err != nil {
			return err
		}
		return close(lang.F("explore.quad.after", explore.QuadraticSteps), tr.W[len(tr.W)-1][0])
	case "neuron":
		m := len(explore.NeuronWeights)
		w := explore.NeuronWeights
		n := neuron.Neuron{W: []float64{w[k/(m*m)], w[k/m%m]}, W0: w[k%m], G: neuron.Sigmoid}
		o, err := n.Output([]float64{0, 0})
		if err != nil {
			return err
		}
		return close(lang.T("explore.neuron.origin"), o)
	case "approximation":
		fit, err := approx.Fit1D(data.Bumpy.F, explore.ApproxNs()[k], explore.ApproxOptions(1))
		if err != nil {
			return err
		}
		if err := close("max |F − f|", fit.MaxErr); err != nil {
			return err
		}
		return close(lang.T("explore.approx.train"), fit.TrainMSE)
	case "minibatch":
		X, Y, _, err := explore.PathData(1)
		if err != nil {
			return err
		}
		net, err := explore.PathNeuron(explore.PathStart[0], explore.PathStart[1])
		if err != nil {
			return err
		}
		b := explore.PathBatchSizes[k]
		cfg := gd.Config{Method: gd.Minibatch, BatchSize: b, Eta: explore.PathEta, Epochs: explore.PathEpochs, Seed: 1, Loss: mlp.SquaredError}
		switch b {
		case 1:
			cfg.Method, cfg.BatchSize = gd.Stochastic, 0
		case explore.PathExamples:
			cfg.Method, cfg.BatchSize = gd.Batch, 0
		}
		h, err := gd.Train(net, X, Y, cfg)
		if err != nil {
			return err
		}
		method, evals := shown[lang.T("explore.path.method")], shown[lang.T("explore.path.evals")]
		if method != explore.MethodName(h.Method) || evals != strconv.Itoa(h.Final().Evals) {
			return fmt.Errorf("batch size %d: method %q and %q evaluations, gd.Train says %v and %d", b, method, evals, h.Method, h.Final().Evals)
		}
		return close(lang.T("explore.lecun.final"), h.Final().Total)
	case "backward":
		net, in, y, err := step.DemoNetwork(1)
		if err != nil {
			return err
		}
		ft, err := net.Forward(in)
		if err != nil {
			return err
		}
		bt, err := backprop.Backward(net, ft, y, mlp.SquaredError)
		if err != nil {
			return err
		}
		switch k {
		case 0:
			return close("C", bt.C)
		case 1:
			L := len(net.Layers)
			if want := step.Vec(bt.Delta[L].RawVector().Data); shown["δ"+notation.Sup(L)] != want {
				return fmt.Errorf("δ%s shows %q, backprop.Backward gives %q", notation.Sup(L), shown["δ"+notation.Sup(L)], want)
			}
		}
	case "init":
		m := len(explore.InitScales)
		g, sigma := explore.InitActivations[k/m], explore.InitScales[k%m]
		net, err := mlp.New(explore.InitSizes, g, g)
		if err != nil {
			return err
		}
		if err := net.Initialize(mlp.Normal, sigma, 1); err != nil {
			return err
		}
		rng := mlp.NewRand(1)
		X := mat.NewDense(explore.InitInputs, explore.InitSizes[0], nil)
		for i := 0; i < explore.InitInputs; i++ {
			for j := 0; j < explore.InitSizes[0]; j++ {
				X.Set(i, j, rng.NormFloat64())
			}
		}
		tr, err := net.ForwardBatch(X)
		if err != nil {
			return err
		}
		sds := strings.Split(shown[lang.T("explore.init.sds")], ", ")
		if len(sds) != len(tr.H)-1 {
			return fmt.Errorf("%s: %d spreads shown for %d layers", x.Label(k), len(sds), len(tr.H)-1)
		}
		for l := 1; l < len(tr.H); l++ {
			want := stat.PopStdDev(tr.H[l].RawMatrix().Data, nil)
			if got, err := strconv.ParseFloat(sds[l-1], 64); err != nil || math.Abs(got-want) > 5e-4*want {
				return fmt.Errorf("%s: the spread of h%s shows %q, mlp gives %v", x.Label(k), notation.Sup(l), sds[l-1], want)
			}
		}
	case "bumps":
		F, err := approx.Bumps(data.Sine.F, explore.BumpCount, explore.BumpSlopes[k])
		if err != nil {
			return err
		}
		m, err := approx.Measure1D(F, data.Sine.F)
		if err != nil {
			return err
		}
		return close("max |F − f|", m.MaxErr)
	}
	return nil
}
