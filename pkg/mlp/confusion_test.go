package mlp

import (
	"strings"
	"testing"
)

// A confusion matrix counted by hand: labels 0 0 1 1 2, predictions 0 1 1 1 0.
func TestConfusionByHand(t *testing.T) {
	C, err := Confusion([]int{0, 1, 1, 1, 0}, []int{0, 0, 1, 1, 2}, 3)
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
		pred, labels []int
		k            int
		says         string
	}{
		{[]int{0}, []int{0, 1}, 2, "1 predictions and 2 labels"},
		{nil, nil, 2, "0 predictions"},
		{[]int{0}, []int{0}, 0, "k = 0"},
		{[]int{0}, []int{0}, MaxClasses + 1, "classes"},
		{[]int{3}, []int{0}, 3, "example 0 has label 0 and prediction 3"},
		{[]int{0}, []int{-1}, 3, "label -1"},
	} {
		if _, err := Confusion(c.pred, c.labels, c.k); err == nil || !strings.Contains(err.Error(), c.says) {
			t.Errorf("Confusion(%v, %v, %d): err = %v, want one saying %q", c.pred, c.labels, c.k, err, c.says)
		}
	}
}
