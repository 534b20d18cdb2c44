package data

import (
	"bytes"
	"math"
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"

	"github.com/stepnet/stepnet/internal/badinput"
)

// gzipBomb is a gzip IDX image file of about 4 MB of compressed zeros whose
// header declares 4096 images of 1024×1024 pixels (issue 14: the reader held
// 4 GiB and died); built small here: the header is refused before the pixels
// are read.
func gzipBomb() []byte {
	return gz(append(idxImages(ImagesMagic, 4096, 1024, 1024, nil), make([]byte, 1<<20)...))
}

// TestIDXDecompressedLimit: the claim of the header is refused before
// anything is read, gzip or not.
func TestIDXDecompressedLimit(t *testing.T) {
	for _, file := range [][]byte{gzipBomb(), idxImages(ImagesMagic, 4096, 1024, 1024, nil), idxImages(ImagesMagic, 1<<28, 1, 2, nil)} {
		_, err := ReadIDXImages(bytes.NewReader(file), "bomb", 0)
		if err == nil || !strings.Contains(err.Error(), "MaxIDXBytes") {
			t.Errorf("err = %v, want the limit named", err)
		}
	}
	// The limit applies to what is read: the first 10 images of the bomb are fine.
	if im, err := ReadIDXImages(bytes.NewReader(gzipBomb()), "bomb", 1); err != nil || im.N != 1 {
		t.Errorf("the first image: %v", err)
	}
}

func TestBadInput(t *testing.T) {
	nan, inf := math.NaN(), math.Inf(1)
	v := badinput.Vals
	E := badinput.Err
	OK := badinput.OK
	good := func() *Set { s, _ := XOR(8, 0.1, 1); return s }
	nanX := func() *Set { s := good(); s.X.Set(3, 1, nan); return s }
	var nilSet *Set
	var nilMNIST *MNIST
	cases := []badinput.Case{
		E("TwoGaussians n = 0", func() ([]any, error) {
			s, err := TwoGaussians(0, [2]float64{}, [2]float64{1, 1}, 1, 1)
			return v(s), err
		}),
		E("TwoGaussians n = 1e12", func() ([]any, error) {
			s, err := TwoGaussians(1e12, [2]float64{}, [2]float64{1, 1}, 1, 1)
			return v(s), err
		}),
		E("TwoGaussians NaN mean", func() ([]any, error) {
			s, err := TwoGaussians(10, [2]float64{nan, 0}, [2]float64{1, 1}, 1, 1)
			return v(s), err
		}),
		E("TwoGaussians Inf spread", func() ([]any, error) {
			s, err := TwoGaussians(10, [2]float64{}, [2]float64{1, 1}, inf, 1)
			return v(s), err
		}),
		E("TwoGaussians negative spread", func() ([]any, error) {
			s, err := TwoGaussians(10, [2]float64{}, [2]float64{1, 1}, -1, 1)
			return v(s), err
		}),
		E("XOR n = -5", func() ([]any, error) { s, err := XOR(-5, 0.1, 1); return v(s), err }),
		E("XOR NaN noise", func() ([]any, error) { s, err := XOR(10, nan, 1); return v(s), err }),
		E("XOR Inf noise", func() ([]any, error) { s, err := XOR(10, inf, 1); return v(s), err }),
		E("Circles NaN inner", func() ([]any, error) { s, err := Circles(10, nan, 0.1, 1); return v(s), err }),
		E("Circles inner 2", func() ([]any, error) { s, err := Circles(10, 2, 0.1, 1); return v(s), err }),
		E("Circles n = 1<<40", func() ([]any, error) { s, err := Circles(1<<40, 0.5, 0.1, 1); return v(s), err }),
		E("Moons Inf noise", func() ([]any, error) { s, err := Moons(10, inf, 1); return v(s), err }),
		E("Spirals 0 arms", func() ([]any, error) { s, err := Spirals(10, 0, 1, 0.1, 1); return v(s), err }),
		E("Spirals 1e9 arms", func() ([]any, error) { s, err := Spirals(10, 1e9, 1, 0.1, 1); return v(s), err }),
		E("Spirals NaN turns", func() ([]any, error) { s, err := Spirals(10, 2, nan, 0.1, 1); return v(s), err }),
		E("Spirals Inf turns", func() ([]any, error) { s, err := Spirals(10, 2, inf, 0.1, 1); return v(s), err }),
		E("Regression nil F", func() ([]any, error) { s, err := Regression(Target{Name: "none"}, 10, 0, 1); return v(s), err }),
		E("Regression NaN target", func() ([]any, error) {
			s, err := Regression(Target{Name: "nan", F: func(float64) float64 { return nan }}, 10, 0, 1)
			return v(s), err
		}),
		E("Regression NaN noise", func() ([]any, error) { s, err := Regression(Square, 10, nan, 1); return v(s), err }),
		E("RegressionGrid n = 0", func() ([]any, error) { s, err := RegressionGrid(Square, 0); return v(s), err }),
		E("RegressionGrid n = 1e15", func() ([]any, error) { s, err := RegressionGrid(Square, 1e15); return v(s), err }),
		E("RegressionGrid Inf target", func() ([]any, error) {
			s, err := RegressionGrid(Target{Name: "inf", F: func(x float64) float64 { return 1 / (x - x) }}, 5)
			return v(s), err
		}),
		// Set methods
		E("nil Validate", func() ([]any, error) { return nil, nilSet.Validate() }),
		OK("nil Len, Counts, Batches", func() ([]any, error) { return v(nilSet.Len(), nilSet.Counts(), nilSet.Batches(3)), nil }),
		E("empty Set Validate", func() ([]any, error) { return nil, (&Set{}).Validate() }),
		E("empty Dense Validate", func() ([]any, error) { return nil, (&Set{X: &mat.Dense{}, Y: &mat.Dense{}}).Validate() }),
		E("NaN in X Validate (issue 14)", func() ([]any, error) { return nil, nanX().Validate() }),
		E("Inf in Y Validate", func() ([]any, error) { s := good(); s.Y.Set(0, 0, inf); return nil, s.Validate() }),
		E("ragged labels", func() ([]any, error) { s := good(); s.Labels = s.Labels[:3]; return nil, s.Validate() }),
		E("label out of range", func() ([]any, error) { s := good(); s.Labels[0] = 7; return nil, s.Validate() }),
		E("negative classes", func() ([]any, error) { s := good(); s.Classes = -1; return nil, s.Validate() }),
		E("rows differ", func() ([]any, error) { s := good(); s.Y = mat.NewDense(3, 2, nil); return nil, s.Validate() }),
		E("Shuffled NaN", func() ([]any, error) { s, err := nanX().Shuffled(1); return v(s), err }),
		E("Shuffled nil", func() ([]any, error) { s, err := nilSet.Shuffled(1); return v(s), err }),
		E("Split NaN fraction", func() ([]any, error) { a, b, err := good().Split(nan); return v(a, b), err }),
		E("Split 1", func() ([]any, error) { a, b, err := good().Split(1); return v(a, b), err }),
		E("Split NaN set", func() ([]any, error) { a, b, err := nanX().Split(0.5); return v(a, b), err }),
		E("Batch NaN rows", func() ([]any, error) { b, err := nanX().Batch(1, 2); return v(b), err }),
		OK("Batch clean rows of a NaN set", func() ([]any, error) { b, err := nanX().Batch(0, 2); return v(b), err }),
		E("Batch size 0", func() ([]any, error) { b, err := good().Batch(0, 0); return v(b), err }),
		E("Batch -1", func() ([]any, error) { b, err := good().Batch(-1, 2); return v(b), err }),
		E("Batch past the end", func() ([]any, error) { b, err := good().Batch(4, 2); return v(b), err }),
		E("Batch nil", func() ([]any, error) { b, err := nilSet.Batch(0, 2); return v(b), err }),
		// IDX and MNIST
		E("ReadIDXImages nil", func() ([]any, error) { im, err := ReadIDXImages(nil, "x", 0); return v(im), err }),
		E("ReadIDXImages typed-nil", func() ([]any, error) { var r *bytes.Reader; im, err := ReadIDXImages(r, "x", 0); return v(im), err }),
		E("ReadIDXImages empty", func() ([]any, error) { im, err := ReadIDXImages(bytes.NewReader(nil), "x", 0); return v(im), err }),
		E("ReadIDXImages gzip bomb (issue 14)", func() ([]any, error) {
			im, err := ReadIDXImages(bytes.NewReader(gzipBomb()), "x", 0)
			return v(im), err
		}),
		E("ReadIDXImages limit -1", func() ([]any, error) { im, err := ReadIDXImages(bytes.NewReader(nil), "x", -1); return v(im), err }),
		E("ReadIDXImages 0 rows", func() ([]any, error) {
			im, err := ReadIDXImages(bytes.NewReader(idxImages(ImagesMagic, 1, 0, 5, nil)), "x", 0)
			return v(im), err
		}),
		E("ReadIDXImages 2³¹ images", func() ([]any, error) {
			im, err := ReadIDXImages(bytes.NewReader(idxImages(ImagesMagic, 1<<31, 1, 1, nil)), "x", 0)
			return v(im), err
		}),
		E("ReadIDXImages 65535×65535", func() ([]any, error) {
			im, err := ReadIDXImages(bytes.NewReader(idxImages(ImagesMagic, 1, 65535, 65535, nil)), "x", 0)
			return v(im), err
		}),
		E("ReadIDXLabels label 10", func() ([]any, error) {
			l, err := ReadIDXLabels(bytes.NewReader(idxLabels(LabelsMagic, 1, []byte{10})), "x", 0)
			return v(l), err
		}),
		E("ReadIDXLabels images file", func() ([]any, error) {
			l, err := ReadIDXLabels(bytes.NewReader(idxImages(ImagesMagic, 3, 2, 2, threePix)), "x", 0)
			return v(l), err
		}),
		E("ReadIDXLabels limit past N", func() ([]any, error) {
			l, err := ReadIDXLabels(bytes.NewReader(idxLabels(LabelsMagic, 1, []byte{1})), "x", 5)
			return v(l), err
		}),
		E("ReadMNIST nil readers", func() ([]any, error) { m, err := ReadMNIST("x", nil, nil, 0); return v(m), err }),
		E("ReadMNIST counts differ", func() ([]any, error) {
			m, err := ReadMNIST("x", bytes.NewReader(idxImages(ImagesMagic, 3, 2, 2, threePix)), bytes.NewReader(idxLabels(LabelsMagic, 2, []byte{1, 2})), 0)
			return v(m), err
		}),
		E("nil MNIST Image", func() ([]any, error) { im, err := nilMNIST.Image(0); return v(im), err }),
		E("nil MNIST Set", func() ([]any, error) { s, err := nilMNIST.Set(); return v(s), err }),
		E("empty MNIST Image", func() ([]any, error) { im, err := (&MNIST{}).Image(0); return v(im), err }),
		E("MNIST Image -1", func() ([]any, error) {
			m, _ := ReadMNIST("x", bytes.NewReader(idxImages(ImagesMagic, 3, 2, 2, threePix)), bytes.NewReader(idxLabels(LabelsMagic, 3, []byte{1, 2, 3})), 0)
			im, err := m.Image(-1)
			return v(im), err
		}),
		E("LoadMNISTFirst negative", func() ([]any, error) { a, b, err := LoadMNISTFirst(t.TempDir(), -1, 5); return v(a, b), err }),
		E("LoadMNIST empty folder", func() ([]any, error) { a, b, err := LoadMNIST(t.TempDir()); return v(a, b), err }),
	}
	cases = append(cases, badCasesScaling()...)
	badinput.Run(t, cases)
}
