package lang

// The texts of pkg/gd that a lesson prints: the learning-rate regimes
// (RateRegime.String), the methods' names for a reader (Method.Label), the divergence error (DivergedError), whose fields
// stay as they are, the constant schedule's name (Constant.String) and the
// schedules' errors (CheckSchedule), and the errors a lesson's cell can meet: a bad η, μ, λ,
// number of steps or epochs, method or batch size, w₀ of the wrong length, data sets that do not
// fit the network, a gradient that is not finite; the package's other errors (limits, internal
// consistency) stay English.
func init() {
	register(map[string]Msg{
		"gd.eta": {
			En: "gd: the learning rate η must be positive and finite, got η = %v",
			Fr: "gd : le taux d'apprentissage η doit être positif et fini, reçu η = %v",
		},
		"gd.mu": {
			En: "gd: the momentum μ must be in [0, 1), got μ = %v",
			Fr: "gd : l'inertie μ doit être dans [0, 1[, reçu μ = %v",
		},
		"gd.mu.velocity": {
			En: "gd: momentum μ = %v needs a velocity: make one with NewVelocity",
			Fr: "gd : l'inertie μ = %v demande une vitesse : créez-la avec NewVelocity",
		},
		"gd.lambda": {
			En: "gd: the L2 weight λ must be ≥ 0 and finite, got λ = %v",
			Fr: "gd : le poids L2 λ doit être ≥ 0 et fini, reçu λ = %v",
		},
		"gd.gradient.notfinite": {
			En: "gd: layer %d: %s is %v: the gradient is not finite",
			Fr: "gd : couche %d : %s vaut %v : le gradient n'est pas fini",
		},
		"gd.steps.negative": {
			En: "gd: the number of steps must be ≥ 0, got %d",
			Fr: "gd : le nombre de pas doit être ≥ 0, reçu %d",
		},
		"gd.w0.length": {
			En: "gd: the quadratic has %d weights but w₀ has %d",
			Fr: "gd : la quadratique a %d poids mais w₀ en a %d",
		},
		"gd.w0.nonfinite": {
			En: "gd: w₀[%d] is %v",
			Fr: "gd : w₀[%d] vaut %v",
		},
		"gd.method.unknown.name": {
			En: "gd: unknown method %q: want batch, stochastic or minibatch",
			Fr: "gd : méthode inconnue %q : choisissez batch, stochastic ou minibatch",
		},
		"gd.method.unknown": {
			En: "gd: unknown method %v: want Batch, Stochastic or Minibatch",
			Fr: "gd : méthode inconnue %v : choisissez Batch, Stochastic ou Minibatch",
		},
		"gd.batch.size": {
			En: "gd: the batch size must be between 1 and N = %d, got %d",
			Fr: "gd : la taille de lot doit être entre 1 et N = %d, reçu %d",
		},
		"gd.minibatch.size": {
			En: "gd: minibatch: the batch size must be between 1 and N = %d, got %d",
			Fr: "gd : mini-lots : la taille de lot doit être entre 1 et N = %d, reçu %d",
		},
		"gd.epochs": {
			En: "gd: the number of epochs must be at least 1, got %d",
			Fr: "gd : le nombre d'époques doit être au moins 1, reçu %d",
		},
		"gd.validation.both": {
			En: "gd: set both ValX and ValY, or neither",
			Fr: "gd : donnez à la fois ValX et ValY, ou aucun des deux",
		},
		"gd.step.gradient": {
			En: "gd: step %d (epoch %d): the gradient: %w",
			Fr: "gd : pas %d (époque %d) : le gradient : %w",
		},
		"gd.step.error": {
			En: "gd: step %d (epoch %d): %w",
			Fr: "gd : pas %d (époque %d) : %w",
		},
		"gd.before.cost": {
			En: "gd: the cost before training: %w",
			Fr: "gd : le coût avant l'apprentissage : %w",
		},
		"gd.before.gradients": {
			En: "gd: the layer gradients before training: %w",
			Fr: "gd : les gradients des couches avant l'apprentissage : %w",
		},
		"gd.set.training": {
			En: "training",
			Fr: "d'apprentissage",
		},
		"gd.set.validation": {
			En: "validation",
			Fr: "de validation",
		},
		"gd.set.empty": {
			En: "gd: the %s set is empty: X is %s, Y is %s",
			Fr: "gd : l'ensemble %s est vide : X est %s, Y est %s",
		},
		"gd.set.rows": {
			En: "gd: the %s set has %d inputs (rows of X) but %d targets (rows of Y)",
			Fr: "gd : l'ensemble %s a %d entrées (lignes de X) mais %d cibles (lignes de Y)",
		},
		"gd.set.nonfinite.X": {
			En: "gd: the %s X has %v at row %d, column %d",
			Fr: "gd : le X %s contient %v à la ligne %d, colonne %d",
		},
		"gd.set.nonfinite.Y": {
			En: "gd: the %s Y has %v at row %d, column %d",
			Fr: "gd : le Y %s contient %v à la ligne %d, colonne %d",
		},
		"gd.set.inputs": {
			En: "gd: the network takes n⁰ = %d inputs but the %s X is %s",
			Fr: "gd : le réseau prend n⁰ = %d entrées mais le X %s est %s",
		},
		"gd.set.outputs": {
			En: "gd: the network has n%s = %d outputs but the %s Y is %s",
			Fr: "gd : le réseau a n%s = %d sorties mais le Y %s est %s",
		},
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
