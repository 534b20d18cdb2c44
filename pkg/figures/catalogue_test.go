package figures

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/stepnet/stepnet/internal/imgdiff"
	"github.com/stepnet/stepnet/pkg/approx"
	"github.com/stepnet/stepnet/pkg/lang"
	"github.com/stepnet/stepnet/pkg/viz"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/golden from the current figures")

// goldenDPI keeps the golden files small; the figures are drawn exactly as
// at PNGDPI, only with fewer pixels.
const goldenDPI = 60

// goldenPath is the golden of an entry in a language: testdata/golden/ for
// English, testdata/golden/fr/ for French.
func goldenPath(e Entry, tag string) string {
	dir := filepath.Join("testdata", "golden")
	if tag != "en" {
		dir = filepath.Join(dir, tag)
	}
	return filepath.Join(dir, e.Lesson.Slug+"_"+e.Name+".png")
}

// TestGolden renders every catalogue figure and compares its pixels with the
// golden PNG looked at and committed. The figures multiply with gonum's own
// code (no package installs another engine), so a golden is reproduced on
// every CPU and a mismatch is a failure everywhere. Run "go test ./pkg/figures -update" after a
// deliberate change, and look at every golden that changed.
func TestGolden(t *testing.T) { testGolden(t, "en") }

// TestGoldenFrench: the same figures with French titles, labels and keys
// (lang.Set("fr")), against goldens of their own, looked at and committed.
func TestGoldenFrench(t *testing.T) { testGolden(t, "fr") }

func testGolden(t *testing.T, tag string) {
	defer lang.Set(lang.Get())
	if err := lang.Set(tag); err != nil {
		t.Fatal(err)
	}
	for _, e := range Catalogue() {
		t.Run(e.Lesson.Slug+"/"+e.Name, func(t *testing.T) {
			fig, err := e.Build(DefaultSeed)
			if err != nil {
				t.Fatal(err)
			}
			got, err := fig.PNGAt(goldenDPI)
			if err != nil {
				t.Fatal(err)
			}
			path := goldenPath(e, tag)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := viz.WriteFileAtomic(path, got); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("no golden (run go test -update and look at it): %v", err)
			}
			if msg := comparePNG(got, want); msg != "" {
				failed := filepath.Join(t.TempDir(), filepath.Base(path))
				os.WriteFile(failed, got, 0o644)
				t.Errorf("%s differs from the golden: %s (got: %s)", path, msg, failed)
			}
		})
	}
}

// TestFrench: every figure of the catalogue has a French caption, headline
// and subtitle of its own (the texts differ from the English ones), and the
// English ones come back with lang.Set("en").
func TestFrench(t *testing.T) {
	defer lang.Set(lang.Get())
	texts := func(tag string) map[string][3]string {
		lang.Set(tag)
		out := map[string][3]string{}
		for _, e := range Catalogue() {
			fig, err := e.Build(DefaultSeed)
			if err != nil {
				t.Fatal(err)
			}
			out[e.Lesson.Slug+"/"+e.Name] = [3]string{e.Caption, fig.Title, fig.Subtitle}
		}
		return out
	}
	en, fr, en2 := texts("en"), texts("fr"), texts("en")
	for k, e := range en {
		f := fr[k]
		for i, what := range []string{"caption", "title", "subtitle"} {
			if e[i] != "" && e[i] == f[i] {
				t.Errorf("%s: the %s is the same in French: %q", k, what, e[i])
			}
			if e[i] != en2[k][i] {
				t.Errorf("%s: the English %s changed after French: %q, then %q", k, what, e[i], en2[k][i])
			}
		}
	}
}

// comparePNG compares two PNGs pixel by pixel, in the spirit of gonum/plot's
// cmpimg: a pixel differs when a channel differs by more than 31/255 (font
// anti-aliasing may vary a little); at most 0.1% of pixels may differ.
func comparePNG(got, want []byte) string {
	a, err := png.Decode(bytes.NewReader(got))
	if err != nil {
		return "got: " + err.Error()
	}
	b, err := png.Decode(bytes.NewReader(want))
	if err != nil {
		return "golden: " + err.Error()
	}
	if a.Bounds() != b.Bounds() {
		return "size " + a.Bounds().String() + " vs " + b.Bounds().String()
	}
	if r := imgdiff.Compare(a, b, 31); r.Differ*1000 > r.Total {
		return strconv.Itoa(r.Differ) + " of " + strconv.Itoa(r.Total) + " pixels differ"
	}
	return ""
}

// resetCaches forgets every trained network and fit, so that the next build
// trains again from its seed.
func resetCaches() {
	trainedCache.Lock()
	trainedCache.runs = map[string]*trained{}
	trainedCache.Unlock()
	fitCache.Lock()
	fitCache.fits = map[uint64][]*approx.Fit{}
	fitCache.Unlock()
}

// TestDeterministic: the same seed gives byte-identical PNG, SVG and PDF,
// training included (the caches are emptied between the two builds).
func TestDeterministic(t *testing.T) {
	build := func() [][]byte {
		resetCaches()
		var out [][]byte
		for _, e := range Catalogue() {
			f, err := e.Build(DefaultSeed)
			if err != nil {
				t.Fatal(err)
			}
			for _, format := range viz.Formats {
				b, err := f.Bytes(format)
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, b)
			}
		}
		return out
	}
	first, second := build(), build()
	i := 0
	for _, e := range Catalogue() {
		for _, format := range viz.Formats {
			if !bytes.Equal(first[i], second[i]) {
				t.Errorf("%s/%s.%s: two renderings from seed %d differ", e.Lesson.Slug, e.Name, format, DefaultSeed)
			}
			i++
		}
	}
}

// TestGlyphsExist: Liberation Sans lacks some symbols (⁰, ⁱ, ⁻, ⱼ); no figure
// may use them, or they would print as empty boxes.
func TestGlyphsExist(t *testing.T) {
	for _, e := range Catalogue() {
		fig, err := e.Build(DefaultSeed)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range viz.MissingGlyphs(viz.Page{Heading: e.Lesson.Title, Caption: e.Caption, Figure: fig}) {
			t.Errorf("%s/%s: no glyph for %s", e.Lesson.Slug, e.Name, m)
		}
	}
}

func TestCatalogueOrderAndNames(t *testing.T) {
	seen := map[string]bool{}
	prev := 0
	for _, e := range Catalogue() {
		if e.Lesson.Number < prev {
			t.Errorf("%s/%s comes after lesson %d", e.Lesson.Slug, e.Name, prev)
		}
		prev = e.Lesson.Number
		key := e.Lesson.Slug + "/" + e.Name
		if seen[key] {
			t.Errorf("%s twice", key)
		}
		seen[key] = true
		if e.Caption == "" || e.Build == nil {
			t.Errorf("%s: no caption or no builder", key)
		}
		for _, r := range e.Name {
			if !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-') {
				t.Errorf("%s: name must be lower-case letters, digits and dashes", key)
				break
			}
		}
	}
}
