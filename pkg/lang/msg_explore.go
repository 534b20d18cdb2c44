package lang

// The texts of pkg/explore's explorables: titles, notes, panel titles and
// labels, the numbers beside each frame and the frames' captions, and the
// words of the block around them. The names of the numbers are also the
// data-name attributes a browser test reads them by, in the page's language.
func init() {
	register(map[string]Msg{
		// The block (explore.go)
		"explore.static": {
			En: "Without JavaScript: %d of the %d frames.",
			Fr: "Sans JavaScript : %d des %d images.",
		},
		"explore.frame": {En: "frame %d", Fr: "image %d"},
		"explore.prev":  {En: "previous", Fr: "précédente"},
		"explore.next":  {En: "next", Fr: "suivante"},

		// Lesson 01: Neuron (neuron.go)
		"explore.neuron.title": {
			En: "One neuron cuts the plane in two: move w₁, w₂ and w₀",
			Fr: "Un neurone coupe le plan en deux : déplacez w₁, w₂ et w₀",
		},
		"explore.neuron.note": {
			En: "The line wᵀx + w₀ = 0 is where o = ½; w points to the side where a > 0. Turn w, then shift the line with w₀, until the squares are on the dark side.",
			Fr: "La droite wᵀx + w₀ = 0 est là où o = ½ ; w pointe vers le côté où a > 0. Tournez w, puis décalez la droite avec w₀, jusqu'à ce que les carrés soient du côté sombre.",
		},
		"explore.neuron.svg": {
			En: "neuron with w = (%s, %s), w₀ = %s",
			Fr: "neurone avec w = (%s, %s), w₀ = %s",
		},
		"explore.neuron.noline": {
			En: "none (w = 0: a = w₀ everywhere)",
			Fr: "aucune (w = 0 : a = w₀ partout)",
		},
		"explore.neuron.squares": {En: "squares: class 1", Fr: "carrés : classe 1"},
		"explore.neuron.dots":    {En: "dots: class 0", Fr: "ronds : classe 0"},
		"explore.neuron.caption": {
			En: "%d%% of the points are on their class's side.",
			Fr: "%d %% des points sont du côté de leur classe.",
		},
		"explore.neuron.caption.zero": {
			En: "With w = 0 the output is g(w₀) everywhere: no line, one class for the whole plane.",
			Fr: "Avec w = 0, la sortie vaut g(w₀) partout : pas de droite, une seule classe pour tout le plan.",
		},
		"explore.neuron.boundary": {En: "boundary", Fr: "frontière"},
		"explore.neuron.origin":   {En: "o at x = (0, 0)", Fr: "o en x = (0, 0)"},
		"explore.neuron.side":     {En: "on their side", Fr: "de leur côté"},

		// Lessons 03, 10, 12: Training and Representations (training.go)
		"explore.training.title.moons": {
			En: "A 2-%d-2 tanh network learning moons, epoch by epoch",
			Fr: "Un réseau tanh 2-%d-2 apprend les deux lunes, époque par époque",
		},
		"explore.training.title.circles": {
			En: "A 2-%d-2 tanh network learning circles, epoch by epoch",
			Fr: "Un réseau tanh 2-%d-2 apprend les deux cercles, époque par époque",
		},
		"explore.training.title.xor": {
			En: "A 2-%d-2 tanh network learning XOR, epoch by epoch",
			Fr: "Un réseau tanh 2-%d-2 apprend le XOR, époque par époque",
		},
		"explore.training.note": {
			En: "Press Play. Each small map is one hidden unit's output over the plane: a soft half-plane (blue −1, orange +1). The decision regions are what the output layer makes of them together.",
			Fr: "Appuyez sur Lecture. Chaque petite carte est la sortie d'un neurone caché sur le plan : un demi-plan adouci (bleu −1, orange +1). Les régions de décision sont ce que la couche de sortie en fait ensemble.",
		},
		"explore.training.regions": {
			En: "decision regions: c = argmax p",
			Fr: "régions de décision : c = argmax p",
		},
		"explore.training.hidden": {En: "hidden units h¹ᵢ(x)", Fr: "neurones cachés h¹ᵢ(x)"},
		"explore.training.loss":   {En: "training loss F", Fr: "perte d'apprentissage F"},
		"explore.training.curve":  {En: "training loss F", Fr: "perte F"},
		"explore.epoch":           {En: "epoch", Fr: "époque"},
		"explore.training.svg": {
			En: "decision regions and hidden units after %d epochs",
			Fr: "régions de décision et neurones cachés à l'époque %d",
		},
		"explore.training.unit":     {En: "unit %d", Fr: "neurone %d"},
		"explore.training.accuracy": {En: "accuracy", Fr: "taux de bonne classification"},
		"explore.training.before": {
			En: "Before training: random weights, %d of the %d points on the right side.",
			Fr: "Avant l'apprentissage : des poids au hasard, %d des %d points du bon côté.",
		},
		"explore.training.after1": {
			En: "After %d epoch %d of the %d training points are classified right.",
			Fr: "Après %d époque, %d des %d points d'apprentissage sont bien classés.",
		},
		"explore.training.after": {
			En: "After %d epochs %d of the %d training points are classified right.",
			Fr: "Après %d époques, %d des %d points d'apprentissage sont bien classés.",
		},
		"explore.repr.title": {
			En: "The spirals as each layer of a 2-16-16-2-2 network represents them, while it trains",
			Fr: "Les spirales telles que chaque couche d'un réseau 2-16-16-2-2 les représente, pendant l'apprentissage",
		},
		"explore.repr.note": {
			En: "Press Play. At first every layer only bends the tangle; as training goes on, each layer pulls the two arms further apart, until in h³ a straight line separates them.",
			Fr: "Appuyez sur Lecture. Au début chaque couche ne fait que tordre l'enchevêtrement ; au fil de l'apprentissage, chaque couche écarte davantage les deux bras, jusqu'à ce que dans h³ une droite les sépare.",
		},
		"explore.repr.svg": {
			En: "representations after %d epochs",
			Fr: "représentations à l'époque %d",
		},
		"explore.repr.input": {En: "input x", Fr: "entrée x"},
		"explore.repr.pca": {
			En: "h%s(x), %d units, PCA",
			Fr: "h%s(x), %d neurones, ACP",
		},
		"explore.repr.last": {
			En: "h%s(x), %d units",
			Fr: "h%s(x), %d neurones",
		},

		// Lessons 04, 05: LeCun and Quadratic (rate.go)
		"explore.rate.optimal.many": {
			En: "η = ηₒₚₜ: the steepest direction in one step, the others slower",
			Fr: "η = ηₒₚₜ : la direction la plus raide en un pas, les autres plus lentement",
		},
		"explore.lecun.levels": {
			En: "weights w₁, w₂ over the level sets of C(w)",
			Fr: "poids w₁, w₂ sur les lignes de niveau de C(w)",
		},
		"explore.lecun.error": {
			En: "error C(w_t) − C(w*), log₁₀",
			Fr: "erreur C(w_t) − C(w*), log₁₀",
		},
		"explore.rate.stept": {En: "step t", Fr: "pas t"},
		"explore.lecun.title": {
			En: "LeCun's linear network: the weight path and the error for η from 0.1 to 3",
			Fr: "Le réseau linéaire de LeCun : le chemin des poids et l'erreur pour η de 0.1 à 3",
		},
		"explore.lecun.note": {
			En: "ηₒₚₜ = 1/λmax(H) = %s and 2ηₒₚₜ = %s: move η across them and watch the path change its nature.",
			Fr: "ηₒₚₜ = 1/λmax(H) = %s et 2ηₒₚₜ = %s : faites passer η au-delà et regardez le chemin changer de nature.",
		},
		"explore.lecun.svg": {
			En: "weight path and error curve for η = %s",
			Fr: "chemin des poids et courbe d'erreur pour η = %s",
		},
		"explore.lecun.diverged": {
			En: "diverged after %d steps",
			Fr: "divergence après %d pas",
		},
		"explore.regime":      {En: "regime", Fr: "régime"},
		"explore.steps":       {En: "steps", Fr: "pas"},
		"explore.lecun.final": {En: "C(w) at the end", Fr: "C(w) à la fin"},
		"explore.lecun.dist":  {En: "‖w − w*‖ at the end", Fr: "‖w − w*‖ à la fin"},
		"explore.lecun.slow": {
			En: "Every step goes straight down the valley, never across it; after %d steps w is still %s from w*.",
			Fr: "Chaque pas descend droit dans la vallée, sans jamais la traverser ; après %d pas, w est encore à %s de w*.",
		},
		"explore.lecun.optimal": {
			En: "The steep direction is solved in one step; the flat one still crawls: %s from w* after %d steps.",
			Fr: "La direction raide est résolue en un pas ; la direction plate avance encore à petits pas : à %s de w* après %d pas.",
		},
		"explore.lecun.twice": {
			En: "η = 2ηₒₚₜ: across the valley every jump is as long as the last, for ever; only the flat direction converges. After %d steps w is %s from w*.",
			Fr: "η = 2ηₒₚₜ : à travers la vallée, chaque saut est aussi long que le précédent, indéfiniment ; seule la direction plate converge. Après %d pas, w est à %s de w*.",
		},
		"explore.lecun.zigzag": {
			En: "The path zig-zags across the valley, each jump shorter than the last; after %d steps w is %s from w*.",
			Fr: "Le chemin zigzague à travers la vallée, chaque saut plus court que le précédent ; après %d pas, w est à %s de w*.",
		},
		"explore.lecun.explodes": {
			En: "Each jump across the valley is longer than the last: the error explodes and the run stops after %d steps.",
			Fr: "Chaque saut à travers la vallée est plus long que le précédent : l'erreur explose et la descente s'arrête après %d pas.",
		},
		"explore.lecun.diverging": {
			En: "Each jump across the valley is longer than the last: after %d steps w is %s from w*.",
			Fr: "Chaque saut à travers la vallée est plus long que le précédent : après %d pas, w est à %s de w*.",
		},
		"explore.regime.short.slow":        {En: "η < ηₒₚₜ: slow", Fr: "η < ηₒₚₜ : lent"},
		"explore.regime.short.optimal":     {En: "η = ηₒₚₜ: optimal", Fr: "η = ηₒₚₜ : optimal"},
		"explore.regime.short.oscillating": {En: "ηₒₚₜ < η ≤ 2ηₒₚₜ: oscillates", Fr: "ηₒₚₜ < η ≤ 2ηₒₚₜ : oscille"},
		"explore.regime.short.diverging":   {En: "η > 2ηₒₚₜ: diverges", Fr: "η > 2ηₒₚₜ : diverge"},
		"explore.quad.parabola": {
			En: "C(w) = ½ w², the steps on it",
			Fr: "C(w) = ½ w², et les pas dessus",
		},
		"explore.quad.path": {
			En: "w_t against the step t",
			Fr: "w_t en fonction du pas t",
		},
		"explore.quad.title": {
			En: "Gradient descent on C(w) = ½ w²: η from 0.1 ηₒₚₜ to 2.2 ηₒₚₜ",
			Fr: "Descente de gradient sur C(w) = ½ w² : η de 0.1 ηₒₚₜ à 2.2 ηₒₚₜ",
		},
		"explore.quad.note": {
			En: "ηₒₚₜ = 1/h = 1 here. Each step multiplies w by 1 − η h: find where that factor is 0, negative, and below −1.",
			Fr: "Ici ηₒₚₜ = 1/h = 1. Chaque pas multiplie w par 1 − η h : trouvez où ce facteur vaut 0, devient négatif, puis passe sous −1.",
		},
		"explore.quad.svg": {
			En: "gradient-descent steps for η = %s",
			Fr: "pas de descente de gradient pour η = %s",
		},
		"explore.quad.after": {En: "w after %d steps", Fr: "w après %d pas"},
		"explore.quad.slow": {
			En: "Each step keeps %s of w: it slides down one side and never crosses the minimum.",
			Fr: "Chaque pas garde %s de w : w glisse sur un seul versant et ne franchit jamais le minimum.",
		},
		"explore.quad.optimal": {
			En: "1 − ηh = 0: the first step lands exactly on the minimum.",
			Fr: "1 − ηh = 0 : le premier pas tombe exactement sur le minimum.",
		},
		"explore.quad.forever": {
			En: "1 − ηh = −1: w jumps between 2 and −2 for ever, neither closer nor farther.",
			Fr: "1 − ηh = −1 : w saute entre 2 et −2 indéfiniment, ni plus près ni plus loin.",
		},
		"explore.quad.oscillating": {
			En: "Each step multiplies w by %s: it jumps across the minimum, landing closer every time.",
			Fr: "Chaque pas multiplie w par %s : w saute par-dessus le minimum et retombe chaque fois plus près.",
		},
		"explore.quad.diverging": {
			En: "Each step multiplies w by %s: every jump lands farther out. It diverges.",
			Fr: "Chaque pas multiplie w par %s : chaque saut retombe plus loin. La descente diverge.",
		},

		// Lesson 06: Minibatch (minibatch.go)
		"explore.path.levels": {
			En: "(w, w₀) over the level sets of C",
			Fr: "(w, w₀) sur les lignes de niveau de C",
		},
		"explore.path.grey": {
			En: "grey: batch (all %d per step)",
			Fr: "gris : batch (les %d à chaque pas)",
		},
		"explore.path.marks": {
			En: "+ the minimum, ● the start",
			Fr: "+ le minimum, ● le départ",
		},
		"explore.path.title": {
			En: "Batch, minibatch, stochastic: %d epochs at η = %s, the path of (w, w₀)",
			Fr: "Batch, mini-lots, stochastique : %d époques à η = %s, le chemin de (w, w₀)",
		},
		"explore.path.note": {
			En: "The same number of epochs: every path has seen each example %d times. Small batches take many noisy steps and get far, the smallest to the minimum, around which they keep jittering; the batch takes %d exact steps and has barely started.",
			Fr: "Le même nombre d'époques : chaque chemin a vu chaque exemple %d fois. Les petits lots font beaucoup de pas bruités et vont loin, les plus petits jusqu'au minimum, autour duquel ils continuent de trembler ; la version batch fait %d pas exacts et a à peine commencé.",
		},
		"explore.path.size": {En: "batch size", Fr: "taille du lot"},
		"explore.path.svg": {
			En: "path with batch size %d",
			Fr: "chemin avec des lots de %d",
		},
		"explore.path.label": {
			En: "batch size %d: %s",
			Fr: "taille du lot %d : %s",
		},
		"explore.path.method":       {En: "method", Fr: "méthode"},
		"explore.method.batch":      {En: "batch", Fr: "batch"},
		"explore.method.stochastic": {En: "stochastic", Fr: "stochastique"},
		"explore.method.minibatch":  {En: "minibatch", Fr: "mini-lots"},
		"explore.path.evals":        {En: "gradient evaluations", Fr: "évaluations du gradient"},
		"explore.path.best":         {En: "C at the minimum", Fr: "C au minimum"},
		"explore.path.end":          {En: "(w, w₀) at the end", Fr: "(w, w₀) à la fin"},
		"explore.path.batch": {
			En: "Batch: %d steps, each along the exact gradient of C: a smooth path, but only the start of one; still %s from the minimum.",
			Fr: "Batch : %d pas, chacun le long du gradient exact de C : un chemin lisse, mais seulement son début ; encore à %s du minimum.",
		},
		"explore.path.stochastic": {
			En: "Stochastic: %d steps of one example each; each step follows that example's gradient, not C's, so the path jitters; it ends %s from the minimum.",
			Fr: "Stochastique : %d pas d'un exemple chacun ; chaque pas suit le gradient de cet exemple, pas celui de C, donc le chemin tremble ; il finit à %s du minimum.",
		},
		"explore.path.minibatch": {
			En: "%d steps of %d examples each: each step follows its batch's gradient, not C's, so the path jitters; it ends %s from the minimum.",
			Fr: "%d pas de %d exemples chacun : chaque pas suit le gradient de son lot, pas celui de C, donc le chemin tremble ; il finit à %s du minimum.",
		},

		// Lesson 08: Backward (backward.go)
		"explore.backward.forward": {
			En: "the forward pass: h⁰ = x, then hˡ = g(Wˡhˡ⁻¹ + bˡ)",
			Fr: "la passe avant : h⁰ = x, puis hˡ = g(Wˡhˡ⁻¹ + bˡ)",
		},
		"explore.backward.forward.caption": {
			En: "The forward pass has left hˡ in every neuron; the loss is C = ‖o − y‖² = %s with y = %s.",
			Fr: "La passe avant a laissé hˡ dans chaque neurone ; la perte vaut C = ‖o − y‖² = %s avec y = %s.",
		},
		"explore.backward.delta": {
			En: "δ%s = (W%s)ᵀ δ%s ⊙ g′(a%s): each δ is the sum of the δ it feeds, weighted by the edges, times g′.",
			Fr: "δ%s = (W%s)ᵀ δ%s ⊙ g′(a%s) : chaque δ est la somme des δ qu'il alimente, pondérés par les liaisons, fois g′.",
		},
		"explore.backward.deltaL": {
			En: "The output error δ%s = ∂C/∂o ⊙ g′(a%s), with ∂C/∂o = 2(o − y) = %s.",
			Fr: "L'erreur de sortie δ%s = ∂C/∂o ⊙ g′(a%s), avec ∂C/∂o = 2(o − y) = %s.",
		},
		"explore.backward.edges": {
			En: "∂C/∂W%s = δ%s (h%s)ᵀ on the edges",
			Fr: "∂C/∂W%s = δ%s (h%s)ᵀ sur les liaisons",
		},
		"explore.backward.edges.caption": {
			En: "Every weight wᵢⱼ of W%s gets ∂C/∂wᵢⱼ = δᵢ hⱼ: the error δᵢ where its red arrow starts times the input hⱼ it points to.",
			Fr: "Chaque poids wᵢⱼ de W%s reçoit ∂C/∂wᵢⱼ = δᵢ hⱼ : l'erreur δᵢ au départ de sa flèche rouge fois l'entrée hⱼ vers laquelle elle pointe.",
		},
		"explore.backward.title": {
			En: "The backward pass of a %s network, layer by layer",
			Fr: "La passe arrière d'un réseau %s, couche par couche",
		},
		"explore.backward.note": {
			En: "Press Next (or →). The error starts at the output and flows back along the edges, against the forward direction: the red arrows. Each edge's number is its gradient.",
			Fr: "Appuyez sur Suivant (ou →). L'erreur part de la sortie et remonte le long des liaisons, à contre-sens de la passe avant : les flèches rouges. Le nombre de chaque liaison est son gradient.",
		},
		"explore.backward.step":   {En: "step", Fr: "étape"},
		"explore.backward.input":  {En: "input x = h⁰", Fr: "entrée x = h⁰"},
		"explore.backward.output": {En: "output o = h%s", Fr: "sortie o = h%s"},
		"explore.backward.layer":  {En: "layer %d: h%s", Fr: "couche %d : h%s"},

		// Lesson 09: Initialisation (init.go)
		"explore.init.title": {
			En: "Outputs hˡ of each layer of a 20-50-50-50-50-50 network at initialisation, weights from N(0, σ²)",
			Fr: "Sorties hˡ de chaque couche d'un réseau 20-50-50-50-50-50 à l'initialisation, poids tirés de N(0, σ²)",
		},
		"explore.init.note": {
			En: "Small σ: the spread shrinks layer after layer (vanishing). Large σ: tanh and sigmoid pile up at their limits (saturation), ReLU's outputs grow without bound. Look for the σ that keeps every layer alike.",
			Fr: "σ petit : la dispersion diminue de couche en couche (évanouissement). σ grand : tanh et la sigmoïde s'entassent à leurs limites (saturation), les sorties de ReLU croissent sans borne. Cherchez le σ qui garde toutes les couches semblables.",
		},
		"explore.init.svg": {
			En: "histograms of h¹…h⁵ for %s, σ = %s",
			Fr: "histogrammes de h¹…h⁵ pour %s, σ = %s",
		},
		"explore.init.layer":   {En: "layer %d", Fr: "couche %d"},
		"explore.init.sd":      {En: "sd %s", Fr: "é.-t. %s"},
		"explore.init.sds":     {En: "sd of h¹ … h⁵", Fr: "écart-type de h¹ … h⁵"},
		"explore.init.limits":  {En: "h⁵ within 1%% of a limit", Fr: "h⁵ à moins de 1 %% d'une limite"},
		"explore.init.percent": {En: "%d%%", Fr: "%d %%"},
		"explore.init.saturated": {
			En: "%d%% of the outputs of layer %d sit at the limits of %s: saturated, g′ ≈ 0 there, and the gradient will vanish on the way back.",
			Fr: "%d %% des sorties de la couche %d sont aux limites de %s : saturées, g′ ≈ 0 à cet endroit, et le gradient s'évanouira au retour.",
		},
		"explore.init.vanishes": {
			En: "The spread falls from %s in layer 1 to %s in layer %d: the signal vanishes.",
			Fr: "La dispersion tombe de %s dans la couche 1 à %s dans la couche %d : le signal s'évanouit.",
		},
		"explore.init.explodes": {
			En: "The spread grows from %s in layer 1 to %s in layer %d: the signal explodes.",
			Fr: "La dispersion croît de %s dans la couche 1 à %s dans la couche %d : le signal explose.",
		},
		"explore.init.half": {
			En: "Every output sits near g(0) = ½, with a spread of only %s in layer %d: the units barely tell the inputs apart.",
			Fr: "Toutes les sorties restent près de g(0) = ½, avec une dispersion de seulement %s dans la couche %d : les neurones distinguent à peine les entrées.",
		},
		"explore.init.shrinks": {
			En: "The spread shrinks layer after layer, from %s to %s: a deeper network would lose the signal.",
			Fr: "La dispersion diminue de couche en couche, de %s à %s : un réseau plus profond perdrait le signal.",
		},
		"explore.init.grows": {
			En: "The spread grows layer after layer, from %s to %s: a deeper network would blow up.",
			Fr: "La dispersion croît de couche en couche, de %s à %s : un réseau plus profond exploserait.",
		},
		"explore.init.begins": {
			En: "The spread holds (%s to %s), but %d%% of layer %d's outputs are within 1%% of %s's limits: saturation begins.",
			Fr: "La dispersion tient (%s à %s), mais %d %% des sorties de la couche %d sont à moins de 1 %% des limites de %s : la saturation commence.",
		},
		"explore.init.holds": {
			En: "The spread holds between %s and %s from layer 1 to layer %d: the signal neither vanishes nor explodes.",
			Fr: "La dispersion reste entre %s et %s de la couche 1 à la couche %d : le signal ne s'évanouit ni n'explose.",
		},

		// Lesson 11: Approximation and Bumps (approx.go)
		"explore.approx.fit": {
			En: "f(x) = %s (grey) and F(x)",
			Fr: "f(x) = %s (en gris) et F(x)",
		},
		"explore.approx.bumpy":    {En: "bumpy", Fr: "ondulée"},
		"explore.approx.againstN": {En: "error against N", Fr: "erreur en fonction de N"},
		"explore.approx.unitsN":   {En: "hidden units N", Fr: "neurones cachés N"},
		"explore.approx.rmsdash":  {En: "RMS (dashed)", Fr: "moy. quadratique (tirets)"},
		"explore.approx.title": {
			En: "Universal approximation: F with N sigmoid units fitted to f, N from 1 to 32",
			Fr: "Approximation universelle : F à N neurones sigmoïdes ajustée à f, N de 1 à 32",
		},
		"explore.approx.note": {
			En: "More units can follow more wiggles, but a fit is an optimisation: watch the error curve on the right, it does not fall at every N.",
			Fr: "Plus de neurones peuvent suivre plus d'ondulations, mais un ajustement est une optimisation : regardez la courbe d'erreur à droite, elle ne baisse pas à chaque N.",
		},
		"explore.approx.svg": {
			En: "fit with N = %d units",
			Fr: "ajustement pour N = %d",
		},
		"explore.approx.rms":   {En: "RMS error", Fr: "moyenne quadratique"},
		"explore.approx.train": {En: "training MSE", Fr: "EQM d'apprentissage"},
		"explore.approx.with1": {
			En: "With N = %d unit the largest error is %s",
			Fr: "Avec N = %d neurone, la plus grande erreur est %s",
		},
		"explore.approx.with": {
			En: "With N = %d units the largest error is %s",
			Fr: "Avec N = %d neurones, la plus grande erreur est %s",
		},
		"explore.approx.first": {
			En: ": one sigmoid is one smooth step.",
			Fr: " : une sigmoïde est une marche adoucie.",
		},
		"explore.approx.down": {
			En: ", down from %s with N = %d.",
			Fr: ", en baisse depuis %s avec N = %d.",
		},
		"explore.approx.mean": {
			En: ", larger than with N = %d (%s), though its mean squared error is smaller (%s against %s): the fit minimises the mean, not the largest error.",
			Fr: ", plus grande qu'avec N = %d (%s), bien que son erreur quadratique moyenne soit plus petite (%s contre %s) : l'ajustement minimise la moyenne, pas la plus grande erreur.",
		},
		"explore.approx.worse": {
			En: ", larger than with N = %d (%s), and so is its mean squared error (%s against %s): from its random start this fit found a worse minimum.",
			Fr: ", plus grande qu'avec N = %d (%s), et son erreur quadratique moyenne aussi (%s contre %s) : depuis son départ au hasard, cet ajustement a trouvé un moins bon minimum.",
		},
		"explore.bumps.step": {En: "a step: σ(k(x − 0.5))", Fr: "une marche : σ(k(x − 0.5))"},
		"explore.bumps.bump": {
			En: "a bump: σ(k(x − 0.3)) − σ(k(x − 0.6))",
			Fr: "une bosse : σ(k(x − 0.3)) − σ(k(x − 0.6))",
		},
		"explore.bumps.sum": {
			En: "f = %s (grey) from %d bumps",
			Fr: "f = %s (en gris) avec %d bosses",
		},
		"explore.bumps.title": {
			En: "From steps to bumps to any function: the slope k of the sigmoids",
			Fr: "Des marches aux bosses, des bosses à toute fonction : la pente k des sigmoïdes",
		},
		"explore.bumps.note": {
			En: "Two steep sigmoids make a bump; %d bumps of the right heights make f. Raise k: the steps sharpen and the error falls, until the sum is a staircase whose steps, not k, set the error.",
			Fr: "Deux sigmoïdes raides font une bosse ; %d bosses de bonnes hauteurs font f. Augmentez k : les marches s'affûtent et l'erreur baisse, jusqu'à ce que la somme soit un escalier dont les marches, et non k, fixent l'erreur.",
		},
		"explore.bumps.svg": {
			En: "steps, a bump and the sum of bumps for k = %s",
			Fr: "marches, une bosse et la somme des bosses pour k = %s",
		},
		"explore.bumps.units": {En: "hidden units", Fr: "neurones cachés"},
		"explore.bumps.gentle": {
			En: "k = %s: the sigmoids are so gentle that the bumps melt into one another; the sum misses f by up to %s.",
			Fr: "k = %s : les sigmoïdes sont si douces que les bosses se fondent les unes dans les autres ; la somme s'écarte de f de jusqu'à %s.",
		},
		"explore.bumps.shape": {
			En: "k = %s: the bumps take shape; the sum follows f to within %s.",
			Fr: "k = %s : les bosses prennent forme ; la somme suit f à %s près.",
		},
		"explore.bumps.staircase": {
			En: "k = %s: the steps are nearly sharp and the sum is a staircase, at most %s from f: a steeper k no longer helps, more bumps would.",
			Fr: "k = %s : les marches sont presque nettes et la somme est un escalier, à au plus %s de f : un k plus raide n'aide plus, davantage de bosses aideraient.",
		},
	})
}
