package viz

import (
	"bytes"
	"image/png"
	"reflect"
	"testing"

	"gonum.org/v1/plot/font"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
)

// TestSubscripts: "_{…}" becomes a smaller piece; text without it is
// measured exactly as text.Plain measures it.
func TestSubscripts(t *testing.T) {
	got := pieces("η_{opt} = 1.19, 2η_{opt}")
	want := []piece{{"η", false}, {"opt", true}, {" = 1.19, 2η", false}, {"opt", true}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pieces = %v, want %v", got, want)
	}
	f := font.From(sansFont, vg.Points(10))
	plain := text.Plain{Fonts: font.DefaultCache}
	w1, h1, d1 := Subscripts.Box("C(w) = ½ w²", f)
	w2, h2, d2 := plain.Box("C(w) = ½ w²", f)
	if w1 != w2 || h1 != h2 || d1 != d2 {
		t.Errorf("plain text: Subscripts.Box %v %v %v, text.Plain %v %v %v", w1, h1, d1, w2, h2, d2)
	}
	sub, _, _ := Subscripts.Box("η_{opt}", f)
	lit, _, _ := plain.Box("ηopt", f)
	if !(sub < lit) {
		t.Errorf("η_{opt} is %v wide, ηopt %v: the subscript must be smaller", sub, lit)
	}
}

// TestPrintPNG: a PNG file for print is PrintDPI, a notebook's PNGDPI.
func TestPrintPNG(t *testing.T) {
	fig, err := Activations()
	if err != nil {
		t.Fatal(err)
	}
	b, err := fig.File("png")
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := png.DecodeConfig(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	// 17 cm at 250 dpi = 17/2.54·250 ≈ 1673 pixels.
	if cfg.Width < 1670 || cfg.Width > 1676 {
		t.Errorf("print PNG is %d pixels wide, want ≈ 1673 (250 dpi)", cfg.Width)
	}
}
