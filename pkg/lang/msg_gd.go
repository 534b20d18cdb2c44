package lang

// The texts of pkg/gd that a lesson prints: the learning-rate regimes
// (RateRegime.String) and the divergence error (DivergedError), whose fields
// stay as they are; the package's other errors stay English.
func init() {
	register(map[string]Msg{
		"gd.regime.invalid": {
			En: "invalid: η and η_opt must be positive and finite",
			Fr: "invalide : η et η_opt doivent être positifs et finis",
		},
		"gd.regime.slow": {
			En: "η < η_opt: slow, monotone convergence",
			Fr: "η < η_opt : convergence lente, monotone",
		},
		"gd.regime.optimal": {
			En: "η = η_opt: the minimum in one step",
			Fr: "η = η_opt : le minimum en un pas",
		},
		"gd.regime.oscillating": {
			En: "η_opt < η ≤ 2η_opt: oscillates, converges below 2η_opt",
			Fr: "η_opt < η ≤ 2η_opt : oscille, converge en dessous de 2η_opt",
		},
		"gd.regime.diverging": {
			En: "η > 2η_opt: diverges",
			Fr: "η > 2η_opt : diverge",
		},
		"gd.diverged": {
			En: "gd: diverged at step %d (epoch %d): %s with η = %v; try a smaller η",
			Fr: "gd : divergence au pas %d (époque %d) : %s avec η = %v ; essayez un η plus petit",
		},
		"gd.diverged.step": {
			En: "gd: the step diverges: %s with η = %v; try a smaller η",
			Fr: "gd : le pas diverge : %s avec η = %v ; essayez un η plus petit",
		},
		"gd.diverged.notfinite": {
			En: "the cost is not finite",
			Fr: "le coût n'est pas fini",
		},
		"gd.diverged.blowup": {
			En: "cost = %.4g blew up (over 10⁶ × max(C(w₀), 1) = %.4g)",
			Fr: "le coût = %.4g a explosé (au-delà de 10⁶ × max(C(w₀), 1) = %.4g)",
		},
		"gd.diverged.weight": {
			En: "a weight of layer %d became %v",
			Fr: "un poids de la couche %d est devenu %v",
		},
	})
}
