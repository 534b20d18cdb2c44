package imgdiff

import (
	"image"
	"image/color"
	"testing"
)

// TestCompare: two 3×2 images alike but for pixel (1, 0), whose red differs
// by 40 and pixel (2, 1), whose blue differs by 10.
func TestCompare(t *testing.T) {
	a := image.NewRGBA(image.Rect(0, 0, 3, 2))
	b := image.NewRGBA(image.Rect(5, 5, 8, 7)) // another origin: compared position by position
	for y := 0; y < 2; y++ {
		for x := 0; x < 3; x++ {
			a.Set(x, y, color.RGBA{100, 100, 100, 255})
			b.Set(5+x, 5+y, color.RGBA{100, 100, 100, 255})
		}
	}
	b.Set(6, 5, color.RGBA{140, 100, 100, 255})
	b.Set(7, 6, color.RGBA{100, 100, 110, 255})
	for _, c := range []struct {
		tol    int
		differ int
	}{{0, 2}, {9, 2}, {10, 1}, {39, 1}, {40, 0}} {
		r := Compare(a, b, c.tol)
		if r.Total != 6 || r.Differ != c.differ || r.Worst != 40 {
			t.Errorf("tol %d: %+v, want 6 pixels, %d differing, worst 40", c.tol, r, c.differ)
		}
		if c.differ > 0 && r.First != image.Pt(1, 0) {
			t.Errorf("tol %d: first difference at %v, want (1, 0)", c.tol, r.First)
		}
	}
}
