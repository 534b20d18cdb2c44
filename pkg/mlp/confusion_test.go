package mlp

import (
	"strings"
	"testing"

	"gonum.org/v1/gonum/mat"
)

// A confusion matrix counted by hand: labels 0 0 1 1 2, predictions 0 1 1 1 0.
func TestConfusionByHand(t *testing.T) {
	C, err := Confusion([]int{0, 0, 1, 1, 2}, []int{0, 1, 1, 1, 0}, 3)
	if err != nil {
		t.Fatal(err)
	}
	want := [][]float64{
		{1, 1, 0}, // class 0: once right, once taken for a 1
		{0, 2, 0}, // class 1: right twice
		{1, 0, 0}, // class 2: taken for a 0
	}
	for i := range want {
		for j := range want[i] {
			if C.At(i, j) != want[i][j] {
				t.Errorf("C[%d][%d] = %v, want %v", i, j, C.At(i, j), want[i][j])
			}
		}
	}
	for _, c := range []struct {
		labels, pred []int
		k            int
		says         string
	}{
		{[]int{0, 1}, []int{0}, 2, "2 labels and 1 predictions"},
		{nil, nil, 2, "0 labels"},
		{[]int{0}, []int{0}, 0, "k = 0"},
		{[]int{0}, []int{0}, MaxClasses + 1, "classes"},
		{[]int{0}, []int{3}, 3, "example 0 has label 0 and prediction 3"},
		{[]int{-1}, []int{0}, 3, "label -1"},
	} {
		if _, err := Confusion(c.labels, c.pred, c.k); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Confusion(%v, %v, %d): err = %v, want one saying %q", c.labels, c.pred, c.k, err, c.says)
		}
	}
}

// TestConfusionOrder: the true classes come first, as in the exercise of lesson 13 and in
// scikit-learn's confusion_matrix(y_true, y_pred). One 2 read as a 0 is counted in row 2 (its
// true class), column 0 (the decision), and nowhere else: C[2][0] = 1, C[0][2] = 0.
func TestConfusionOrder(t *testing.T) {
	labels, pred := []int{2}, []int{0}
	C, err := Confusion(labels, pred, 3)
	if err != nil {
		t.Fatal(err)
	}
	if C.At(2, 0) != 1 || C.At(0, 2) != 0 || mat.Sum(C) != 1 {
		t.Errorf("Confusion(labels = %v, pred = %v, 3) =\n%v\nwant a single 1 at row 2 (the true class), column 0 (the decision)",
			labels, pred, mat.Formatted(C))
	}
}
