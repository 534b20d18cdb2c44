package figures

import (
	"math"
	"testing"
)

// TestNormalisationConditions: centring makes H diagonal (Σ(x − m) = 0 zeroes
// the coupling of w and b), scaling makes it 2I (κ = 1); the raw inputs in
// [0, 1] give κ near that of the uniform law, H = 2[1/3 1/2; 1/2 1], whose
// eigenvalues are 2(4 ± √13)/6: κ = (4 + √13)/(4 − √13) ≈ 19.3.
func TestNormalisationConditions(t *testing.T) {
	_, nets, err := normalisationProblems(DefaultSeed)
	if err != nil {
		t.Fatal(err)
	}
	raw, centred, scaled := nets[0].Q, nets[1].Q, nets[2].Q
	uniform := (4 + math.Sqrt(13)) / (4 - math.Sqrt(13))
	if k := raw.Condition(); math.Abs(k-uniform) > 0.15*uniform {
		t.Errorf("raw κ = %v, want near the uniform law's %.3g", k, uniform)
	}
	if h := centred.H.At(0, 1); math.Abs(h) > 1e-12 {
		t.Errorf("centred: H's coupling of w and b is %v, want 0", h)
	}
	if k := scaled.Condition(); math.Abs(k-1) > 1e-9 {
		t.Errorf("scaled κ = %v, want 1", k)
	}
	// One step at 2/(λmin + λmax) = η_opt reaches the minimum of the round bowl.
	tr, err := nets[2].Run([]float64{0, 0}, scaled.EtaFastest(), 1)
	if err != nil {
		t.Fatal(err)
	}
	if d := tr.Cost[1] - scaled.CMin; d > 1e-12 {
		t.Errorf("scaled: C − C* = %v after one step", d)
	}
}
