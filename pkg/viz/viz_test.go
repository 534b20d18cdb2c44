package viz

import (
	"bytes"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

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

func TestGlyphCheckerCatchesMissing(t *testing.T) {
	fig := Single("h⁰ = x", newPlot("", "", ""), ShortHeight)
	got := MissingGlyphs(Page{Heading: "a", Figure: fig, Caption: "h⁰"})
	if !slices.Contains(got, "⁰ in h⁰ = x") || !slices.Contains(got, "⁰ in h⁰") {
		t.Errorf("missing glyph ⁰ not reported: %v", got)
	}
}

func colorGray(v uint8) color.Gray { return color.Gray{Y: v} }
