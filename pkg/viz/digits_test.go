package viz

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// TestDigits: a 2×2 "image" with ink in its first pixel is drawn black there
// and white elsewhere; bad input names what is wrong.
func TestDigits(t *testing.T) {
	X := mat.NewDense(2, 4, []float64{1, 0, 0, 0, 0, 0, 0, 1})
	f, err := Digits("two digits", X, []int{0, 1}, []string{"a", "b"}, 2)
	mustRender(t, "digits", f, err)
	if got := f.Panels[0][1].Title.Text; got != "b" {
		t.Errorf("second caption %q, want b", got)
	}
	img := pixelImage(2, func(k int) float64 { return 1 - X.At(0, k) })
	if r, _, _, _ := img.At(0, 0).RGBA(); r != 0 {
		t.Errorf("pixel 0 (ink 1) has brightness %d, want 0 (black)", r)
	}
	if r, _, _, _ := img.At(7, 0).RGBA(); r != 0xffff {
		t.Errorf("pixel 1 (ink 0) has brightness %d, want white", r)
	}
	for want, call := range map[string]func() error{
		"not the pixels of a square": func() error { _, err := Digits("", mat.NewDense(1, 3, nil), []int{0}, []string{""}, 1); return err },
		"1 rows and 2 captions":      func() error { _, err := Digits("", X, []int{0}, []string{"", ""}, 1); return err },
		"row 5 of X does not exist":  func() error { _, err := Digits("", X, []int{5}, []string{""}, 1); return err },
		"images to a line":           func() error { _, err := Digits("", X, []int{0}, []string{""}, 0); return err },
	} {
		if err := call(); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("error %v, want one with %q", err, want)
		}
	}
}
