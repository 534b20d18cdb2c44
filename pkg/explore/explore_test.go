package explore

import (
	"encoding/xml"
	"flag"
	"io"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/gd"
	"github.com/stepnet/stepnet/pkg/neuron"
)

var update = flag.Bool("update", false, "rewrite the golden frames in testdata/golden")

// MaxBlock is the largest block of HTML an explorable may weigh in a
// notebook (issue 15).
const MaxBlock = 400 << 10

// element is enough of a DOM for the tests: the HTML is well-formed XML.
type element struct {
	name     string
	attr     map[string]string
	children []*element
}

func parse(t *testing.T, src string) *element {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader("<page>" + src + "</page>"))
	d.Strict = true
	root := &element{name: "root"}
	stack := []*element{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("the HTML is not well-formed: %v", err)
		}
		top := stack[len(stack)-1]
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attr: map[string]string{}}
			for _, a := range tok.Attr {
				e.attr[a.Name.Local] = a.Value
			}
			top.children = append(top.children, e)
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		}
	}
	return root
}

func (e *element) all(keep func(*element) bool) []*element {
	var out []*element
	if keep(e) {
		out = append(out, e)
	}
	for _, c := range e.children {
		out = append(out, c.all(keep)...)
	}
	return out
}

func hasClass(c string) func(*element) bool {
	return func(e *element) bool {
		for _, f := range strings.Fields(e.attr["class"]) {
			if f == c {
				return true
			}
		}
		return false
	}
}

func hidden(e *element) bool {
	_, h := e.attr["hidden"]
	return h || strings.Contains(e.attr["style"], "display:none")
}

// built keeps each builder's explorable: several tests look at them.
var built = map[string]*Explorable{}

func build(t *testing.T, name string) *Explorable {
	t.Helper()
	if x, ok := built[name]; ok {
		return x
	}
	for _, b := range Builders() {
		if b.Name == name {
			x, err := b.Build()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			built[name] = x
			return x
		}
	}
	t.Fatalf("no builder %q", name)
	return nil
}

// TestBuilders: every explorable of the lessons is valid, at most 400 KB,
// self-contained, and without JavaScript shows its key frames only, with
// the controls hidden.
func TestBuilders(t *testing.T) {
	if len(Builders()) < 10 {
		t.Errorf("%d explorables, issue 15 asks for at least 10", len(Builders()))
	}
	for _, b := range Builders() {
		t.Run(b.Name, func(t *testing.T) {
			x := build(t, b.Name)
			if err := x.Check(); err != nil {
				t.Fatal(err)
			}
			h := x.HTMLWithID(b.Name)
			if len(h) > MaxBlock {
				t.Errorf("%d bytes, more than %d", len(h), MaxBlock)
			}
			t.Logf("%d frames, %d bytes", len(x.Frames), len(h))
			doc := parse(t, h)
			for _, e := range doc.all(func(e *element) bool { return e.attr["href"] != "" || e.attr["src"] != "" }) {
				ref := e.attr["href"] + e.attr["src"]
				if !strings.HasPrefix(ref, "#"+b.Name+"-") && !strings.HasPrefix(ref, "data:image/png;base64,") {
					t.Errorf("<%s> refers to %.60q: only the block's own definitions and inline images are allowed", e.name, ref)
				}
			}
			low := strings.ToLower(h)
			for _, bad := range []string{"http:", "https:", "@import", "<link", "<iframe", "fetch(", "xmlhttprequest", IDToken} {
				if strings.Contains(low, strings.ToLower(bad)) {
					t.Errorf("the block contains %q", bad)
				}
			}
			frames := doc.all(hasClass("xp-frame"))
			if len(frames) != len(x.Frames) {
				t.Fatalf("%d frames in the HTML, want %d", len(frames), len(x.Frames))
			}
			shown := 0
			for _, f := range frames {
				if !hidden(f) {
					shown++
				}
			}
			if want := len(x.keyFrames()); shown != want || shown == 0 {
				t.Errorf("without JavaScript %d frames are shown, want the %d key frames", shown, want)
			}
			for _, c := range doc.all(hasClass("xp-ctl")) {
				if !hidden(c) {
					t.Errorf("the controls must stay hidden until the script runs")
				}
			}
			if n := len(doc.all(func(e *element) bool { return e.attr["aria-live"] == "polite" })); n != 1 {
				t.Errorf("%d aria-live lines, want 1", n)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	f := Frame{SVG: "<svg/>"}
	for _, c := range []struct {
		x    *Explorable
		want string
	}{
		{nil, "at least one frame"},
		{&Explorable{}, "at least one frame"},
		{&Explorable{Frames: []Frame{f}, Params: []Param{{Name: "η"}}}, "no values"},
		{&Explorable{Frames: []Frame{f, f}, Params: []Param{{Name: "η", Labels: []string{"1", "2", "3"}}}}, "2 frames, but the parameters' grid has 3 points"},
		{&Explorable{Frames: []Frame{f}, Key: []int{1}}, "key frame 1 of 1"},
		{&Explorable{Frames: []Frame{f}, Start: -1}, "start frame -1"},
	} {
		err := c.x.Check()
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Check() = %v, want %q", err, c.want)
		}
		if h := c.x.HTMLWithID("x"); !strings.Contains(h, "xp-error") {
			t.Errorf("HTML of a broken explorable: %q", h)
		}
	}
}

// TestLabelGrid: the frames are the grid of the parameters, the last one
// varying fastest.
func TestLabelGrid(t *testing.T) {
	x := build(t, "neuron")
	if got, want := x.Label(7), "w₁ = -2, w₂ = -1, w₀ = 0"; got != want { // 7 = (0·5 + 1)·5 + 2
		t.Errorf("Label(7) = %q, want %q", got, want)
	}
}

// number returns the value of the number called name in frame k.
func number(t *testing.T, x *Explorable, k int, name string) string {
	t.Helper()
	for _, n := range x.Frames[k].Numbers {
		if n.Name == name {
			return n.Value
		}
	}
	t.Fatalf("frame %d has no number %q", k, name)
	return ""
}

func parseNum(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatalf("%q is not a number", s)
	}
	return v
}

// TestQuadraticByHand: w_t = (1 − η)ᵗ w₀ on C(w) = ½w².
func TestQuadraticByHand(t *testing.T) {
	x := build(t, "quadratic")
	for k, f := range QuadraticFactors() {
		want := 2 * math.Pow(1-f, QuadraticSteps)
		got := parseNum(t, number(t, x, k, "w after 10 steps"))
		if math.Abs(got-want) > 5e-4*math.Abs(want)+1e-12 {
			t.Errorf("η = %g: w₁₀ = %v, by hand %v", f, got, want)
		}
	}
	if r := number(t, x, 9, "regime"); r != RegimeName(gd.RegimeOptimal, 1) {
		t.Errorf("η = 1: regime %q", r)
	}
	if r := number(t, x, 9, "regime"); r != "η = ηₒₚₜ: the minimum in one step" {
		t.Errorf("η = ηₒₚₜ on one weight reads %q", r)
	}
	if r := number(t, x, 19, "regime"); r != RegimeName(gd.RegimeOscillating, 1) { // η = 2ηₒₚₜ: for ever
		t.Errorf("η = 2: regime %q", r)
	}
}

// TestLeCunRegimes: the slider stops on ηₒₚₜ and 2ηₒₚₜ, and the regimes
// change there, in order.
func TestLeCunRegimes(t *testing.T) {
	x := build(t, "lecun")
	p, err := gd.LeCunExample(1)
	if err != nil {
		t.Fatal(err)
	}
	etaOpt := p.Q.EtaOpt()
	etas := LeCunEtas(etaOpt)
	if len(etas) != len(x.Frames) || etas[0] != 0.1 || etas[len(etas)-1] != 3 {
		t.Fatalf("η grid %v", etas)
	}
	var order []string
	for k, eta := range etas {
		r := number(t, x, k, "regime")
		if r != RegimeName(gd.Regime(eta, etaOpt), 2) {
			t.Errorf("η = %g: regime %q, gd says %q", eta, r, gd.Regime(eta, etaOpt))
		}
		if len(order) == 0 || order[len(order)-1] != r {
			order = append(order, r)
		}
	}
	if r := number(t, x, 11, "regime"); r != "η = ηₒₚₜ: the steepest direction in one step, the others slower" {
		t.Errorf("η = ηₒₚₜ on two weights reads %q (1/λmax does not reach w* in one step)", r)
	}
	want := []string{RegimeName(gd.RegimeSlow, 2), RegimeName(gd.RegimeOptimal, 2), RegimeName(gd.RegimeOscillating, 2), RegimeName(gd.RegimeDiverging, 2)}
	if strings.Join(order, "|") != strings.Join(want, "|") {
		t.Errorf("regimes in order %q, want %q", order, want)
	}
}

// TestNeuronByHand: w = (1, 1), w₀ = 0 puts (0, 0) on the line: o = ½.
func TestNeuronByHand(t *testing.T) {
	x := build(t, "neuron")
	k := x.Start
	if x.Label(k) != "w₁ = 1, w₂ = 1, w₀ = 0" {
		t.Fatalf("start frame is %q", x.Label(k))
	}
	if o := number(t, x, k, "o at x = (0, 0)"); o != "0.5" {
		t.Errorf("o(0, 0) = %s, want 0.5", o)
	}
	// w = (2, −1), w₀ = −2 (frame (4·5 + 1)·5 + 0): the line written with its signs
	if b := number(t, x, (4*5+1)*5+0, "boundary"); b != "2·x₁ − 1·x₂ − 2 = 0" {
		t.Errorf("the boundary of w = (2, −1), w₀ = −2 reads %q", b)
	}
	set, err := NeuronData(1)
	if err != nil {
		t.Fatal(err)
	}
	right := 0
	for i, c := range set.Labels {
		if (set.X.At(i, 0)+set.X.At(i, 1) > 0) == (c == 1) {
			right++
		}
	}
	if got, want := parseNum(t, number(t, x, k, "on their side")), float64(right)/float64(len(set.Labels)); math.Abs(got-want) > 1e-3 {
		t.Errorf("on their side %v, counted %v", got, want)
	}
	acc, err := NeuronAccuracy(neuron.Neuron{W: []float64{0, 0}, W0: 1, G: neuron.Sigmoid}, set)
	if err != nil || acc != float64(set.Counts()[1])/float64(set.Len()) {
		t.Errorf("w = 0, w₀ = 1 calls everything class 1: %v, %v", acc, err)
	}
}

// TestGoldenFrames compares a few frames' SVG with testdata/golden (go test
// -update rewrites them; look at them in a browser before committing).
func TestGoldenFrames(t *testing.T) {
	for _, g := range []struct {
		name  string
		frame int
	}{{"quadratic", 15}, {"lecun", 16}, {"backward", 2}, {"bumps", 3}} {
		x := build(t, g.name)
		got := strings.Replace(strings.ReplaceAll(x.Frames[g.frame].SVG, IDToken, "golden"), "<svg ", `<svg xmlns="http://www.w3.org/2000/svg" `, 1)
		file := filepath.Join("testdata", "golden", g.name+"-"+strconv.Itoa(g.frame)+".svg")
		if *update {
			if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
				t.Fatal(err)
			}
			// with its Defs, so that the file opens as a picture
			page := strings.Replace(got, ">", "><defs>"+strings.ReplaceAll(x.Defs, IDToken, "golden")+"</defs>", 1)
			if err := os.WriteFile(file, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		page := strings.Replace(got, ">", "><defs>"+strings.ReplaceAll(x.Defs, IDToken, "golden")+"</defs>", 1)
		if page != string(want) {
			t.Errorf("%s frame %d differs from %s (go test -update rewrites it)", g.name, g.frame, file)
		}
	}
}

// TestDeterministic: the same seed gives the same bytes.
func TestDeterministic(t *testing.T) {
	a, err := LeCun(1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := LeCun(1)
	if err != nil {
		t.Fatal(err)
	}
	if a.HTMLWithID("x") != b.HTMLWithID("x") {
		t.Error("two LeCun(1) differ")
	}
}

// A caption counts the points: 199 of 200 is not "100%".
func TestTrainingCaption(t *testing.T) {
	for _, c := range []struct {
		e    int
		acc  float64
		n    int
		want string
	}{
		{0, 0.775, 200, "Before training: random weights, 155 of the 200 points on the right side."},
		{1, 0.845, 200, "After 1 epoch 169 of the 200 training points are classified right."},
		{60, 0.995, 200, "After 60 epochs 199 of the 200 training points are classified right."},
	} {
		if got := trainingCaption(c.e, c.acc, c.n); got != c.want {
			t.Errorf("trainingCaption(%d, %g, %d) = %q, want %q", c.e, c.acc, c.n, got, c.want)
		}
	}
}

// TestInitCaptionRange: "the spread holds between A and B" names the
// smallest and the largest spread of the five layers shown beside it.
func TestInitCaptionRange(t *testing.T) {
	x := build(t, "init")
	re := regexp.MustCompile(`holds between (\S+) and (\S+) from`)
	checked := 0
	for k, f := range x.Frames {
		m := re.FindStringSubmatch(f.Caption)
		if m == nil {
			continue
		}
		lo, hi := math.Inf(1), math.Inf(-1)
		for _, v := range strings.Split(number(t, x, k, "sd of h¹ … h⁵"), ", ") {
			lo, hi = math.Min(lo, parseNum(t, v)), math.Max(hi, parseNum(t, v))
		}
		if parseNum(t, m[1]) != lo || parseNum(t, m[2]) != hi {
			t.Errorf("%s: %q, but the spreads range from %v to %v", x.Label(k), f.Caption, lo, hi)
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("only %d captions say the spread holds", checked)
	}
}

// TestApproxCaption: a larger largest error is "worse" only when the mean
// squared error, what the fit minimises, is larger too.
func TestApproxCaption(t *testing.T) {
	four := &approx.Fit{N: 4, Measure: approx.Measure{MaxErr: 0.3169}, TrainMSE: 0.03944}
	for _, c := range []struct {
		fit, prev *approx.Fit
		want      string
	}{
		{&approx.Fit{N: 1, Measure: approx.Measure{MaxErr: 0.7502}}, nil, "With N = 1 unit the largest error is 0.7502: one sigmoid is one smooth step."},
		{four, &approx.Fit{N: 3, Measure: approx.Measure{MaxErr: 0.3259}}, "With N = 4 units the largest error is 0.3169, down from 0.3259 with N = 3."},
		{&approx.Fit{N: 5, Measure: approx.Measure{MaxErr: 0.409}, TrainMSE: 0.03301}, four,
			"With N = 5 units the largest error is 0.409, larger than with N = 4 (0.3169), though its mean squared error is smaller (0.03301 against 0.03944): the fit minimises the mean, not the largest error."},
		{&approx.Fit{N: 5, Measure: approx.Measure{MaxErr: 0.409}, TrainMSE: 0.05}, four,
			"With N = 5 units the largest error is 0.409, larger than with N = 4 (0.3169), and so is its mean squared error (0.05 against 0.03944): from its random start this fit found a worse minimum."},
	} {
		if got := approxCaption(c.fit, c.prev); got != c.want {
			t.Errorf("got  %q\nwant %q", got, c.want)
		}
	}
}
