package lang

// The texts of pkg/gd that a lesson prints: the learning-rate regimes
// (RateRegime.String), the methods' names for a reader (Method.Label), the divergence error (DivergedError), whose fields
// stay as they are, the constant schedule's name (Constant.String) and the
// schedules' errors (CheckSchedule); the package's other errors stay English.
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
		"gd.schedule.constant": {
			En: "constant η = %g",
			Fr: "η constant = %g",
		},
		"gd.schedule.nil": {
			En: "gd: the schedule is nil",
			Fr: "gd : le calendrier (schedule) est nil",
		},
		"gd.schedule.name.constant": {En: "constant schedule", Fr: "calendrier constant"},
		"gd.schedule.name.inverse":  {En: "inverse-time schedule", Fr: "calendrier en inverse du temps"},
		"gd.schedule.name.step":     {En: "step-decay schedule", Fr: "calendrier à décroissance par paliers"},
		"gd.schedule.eta0": {
			En: "gd: %s: η₀ must be positive and finite, got η₀ = %v",
			Fr: "gd : %s : η₀ doit être positif et fini, reçu η₀ = %v",
		},
		"gd.schedule.tau": {
			En: "gd: inverse-time schedule η₀/(1 + t/τ): τ must be positive and finite, got τ = %v",
			Fr: "gd : calendrier en inverse du temps η₀/(1 + t/τ) : τ doit être positif et fini, reçu τ = %v",
		},
		"gd.schedule.factor": {
			En: "gd: step-decay schedule η₀·γ^⌊t/k⌋: the factor γ must be in (0, 1], got γ = %v",
			Fr: "gd : calendrier à décroissance par paliers η₀·γ^⌊t/k⌋ : le facteur γ doit être dans ]0, 1], reçu γ = %v",
		},
		"gd.schedule.every": {
			En: "gd: step-decay schedule η₀·γ^⌊t/k⌋: the period k must be at least 1 step, got k = %d",
			Fr: "gd : calendrier à décroissance par paliers η₀·γ^⌊t/k⌋ : la période k doit valoir au moins 1 pas, reçu k = %d",
		},
		"gd.schedule.eta": {
			En: "gd: the schedule gives η = %v at step t = %d: every η_t must be positive and finite",
			Fr: "gd : le calendrier donne η = %v au pas t = %d : chaque η_t doit être positif et fini",
		},
		"gd.schedule.both": {
			En: "gd: set Eta (a constant η) or Schedule (η_t), not both: got Eta = %v and Schedule = %s",
			Fr: "gd : donnez Eta (un η constant) ou Schedule (η_t), pas les deux : reçu Eta = %v et Schedule = %s",
		},
		"gd.method.batch":      {En: "batch", Fr: "totale"},
		"gd.method.stochastic": {En: "stochastic", Fr: "stochastique"},
		"gd.method.minibatch":  {En: "minibatch", Fr: "mini-lots"},
		"gd.diverged.weight": {
			En: "a weight of layer %d became %v",
			Fr: "un poids de la couche %d est devenu %v",
		},
	})
}
