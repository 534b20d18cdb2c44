package notation

import "testing"

func TestSup(t *testing.T) {
	for n, want := range map[int]string{0: "⁰", 2: "²", 10: "¹⁰", -1: "⁻¹", 789: "⁷⁸⁹"} {
		if got := Sup(n); got != want {
			t.Errorf("Sup(%d) = %q, want %q", n, got, want)
		}
	}
	if got := Sym("δ", 3); got != "δ³" {
		t.Errorf("Sym = %q", got)
	}
	if got := Shape(3, 4); got != "3×4" {
		t.Errorf("Shape = %q", got)
	}
}

func TestCount(t *testing.T) {
	for n, want := range map[int]string{0: "0 rows", 1: "1 row", 2: "2 rows"} {
		if got := Count(n, "row"); got != want {
			t.Errorf("Count(%d, row) = %q, want %q", n, got, want)
		}
	}
}
