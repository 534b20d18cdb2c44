package viz

import (
	"bytes"
	"flag"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/image/font/sfnt"
	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
	"gonum.org/v1/plot/vg/vgimg"

	"github.com/stepnet/stepnet/internal/imgdiff"
	"github.com/stepnet/stepnet/pkg/approx"
)

var update = flag.Bool("update", false, "rewrite the golden PNGs in testdata/golden from the current figures")

// goldenDPI keeps the golden files small; the figures are drawn exactly as
// at PNGDPI, only with fewer pixels.
const goldenDPI = 60

func goldenPath(e Entry) string {
	return filepath.Join("testdata", "golden", e.Lesson.Slug+"_"+e.Name+".png")
}

// TestGolden renders every catalogue figure and compares its pixels with the
// golden PNG looked at and committed. The figures multiply with gonum's own
// code (no package installs another engine), so a golden is reproduced on
// every CPU and a mismatch is a failure everywhere. Run "go test ./pkg/viz -update" after a
// deliberate change, and look at every golden that changed.
func TestGolden(t *testing.T) {
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
			path := goldenPath(e)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := WriteFileAtomic(path, got); err != nil {
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
		return itoa(r.Differ) + " of " + itoa(r.Total) + " pixels differ"
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
			for _, format := range Formats {
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
		for _, format := range Formats {
			if !bytes.Equal(first[i], second[i]) {
				t.Errorf("%s/%s.%s: two renderings from seed %d differ", e.Lesson.Slug, e.Name, format, DefaultSeed)
			}
			i++
		}
	}
}

// TestFormatsValid checks that each format is what it claims to be.
func TestFormatsValid(t *testing.T) {
	fig, err := Activations()
	if err != nil {
		t.Fatal(err)
	}
	p, err := fig.PNG()
	if err != nil {
		t.Fatal(err)
	}
	img, err := png.Decode(bytes.NewReader(p))
	if err != nil {
		t.Fatal(err)
	}
	// 17 cm at 100 dpi = 17/2.54·100 ≈ 669 pixels.
	if w := img.Bounds().Dx(); w < 665 || w > 672 {
		t.Errorf("PNG is %d pixels wide, want ≈ 669", w)
	}
	s, err := fig.SVG()
	if err != nil {
		t.Fatal(err)
	}
	if err := ValidSVG(s); err != nil {
		t.Error(err)
	}
	d, err := fig.Bytes("pdf")
	if err != nil {
		t.Fatal(err)
	}
	if n, err := PDFPages(d); err != nil || n != 1 {
		t.Errorf("PDF: %d pages, %v; want 1", n, err)
	}
	if _, err := fig.Bytes("gif"); err == nil || !strings.Contains(err.Error(), `"gif"`) {
		t.Errorf("unknown format: error %v", err)
	}
}

func TestSheetPDFPages(t *testing.T) {
	fig, _ := Activations()
	b, err := SheetPDF([]Page{{Heading: "one", Figure: fig, Caption: "a"}, {Heading: "two", Figure: fig}, {Heading: "three", Figure: fig}})
	if err != nil {
		t.Fatal(err)
	}
	if n, err := PDFPages(b); err != nil || n != 3 {
		t.Errorf("sheet: %d pages, %v; want 3", n, err)
	}
	if _, err := SheetPDF(nil); err == nil {
		t.Error("empty sheet: no error")
	}
}

func TestSaveAtomic(t *testing.T) {
	dir := t.TempDir()
	fig, _ := Activations()
	if err := fig.Save(filepath.Join(dir, "a.svg")); err != nil {
		t.Fatal(err)
	}
	if err := fig.Save(filepath.Join(dir, "a.gif")); err == nil {
		t.Error("a.gif: no error")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || entries[0].Name() != "a.svg" {
		t.Errorf("folder holds %v, want only a.svg (no temporary file left)", entries)
	}
}

// glyphCanvas records every string drawn whose glyphs the font lacks.
type glyphCanvas struct {
	*vgimg.Canvas
	missing map[string]bool
	buf     sfnt.Buffer
}

func (c *glyphCanvas) FillString(f font.Face, pt vg.Point, s string) {
	for _, r := range s {
		if idx, err := f.Face.GlyphIndex(&c.buf, r); err != nil || idx == 0 {
			c.missing[string(r)+" in "+s] = true
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
		c := &glyphCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(fig.Width, fig.Height), vgimg.UseDPI(10)), missing: map[string]bool{}}
		fig.Draw(draw.New(c))
		page := &glyphCanvas{Canvas: c.Canvas, missing: c.missing}
		pageDraw(draw.New(page), Page{Heading: e.Lesson.Title, Caption: e.Caption, Figure: fig})
		for m := range c.missing {
			t.Errorf("%s/%s: no glyph for %s", e.Lesson.Slug, e.Name, m)
		}
	}
}

func TestGlyphCheckerCatchesMissing(t *testing.T) {
	fig := single("h⁰ = x", newPlot("", "", ""), ShortHeight)
	c := &glyphCanvas{Canvas: vgimg.NewWith(vgimg.UseWH(fig.Width, fig.Height), vgimg.UseDPI(10)), missing: map[string]bool{}}
	fig.Draw(draw.New(c))
	if !c.missing["⁰ in h⁰ = x"] {
		t.Errorf("missing glyph ⁰ not reported: %v", c.missing)
	}
}

func colorGray(v uint8) color.Gray { return color.Gray{Y: v} }

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
