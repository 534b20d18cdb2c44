package lang

// The catalogued hints of the graders of lessons 00, 02 and 04–14 (pkg/check), and of OneHot, Argmax and Side:
// one table per grader file, each English text as the grader wrote it.

// pkg/check/forward.go
func init() {
	register(map[string]Msg{
		"check.shape.forward": {
			En: "a shape mismatch: Wˡ is nˡ×nˡ⁻¹ (one row per neuron of layer l, one column per input), so aˡ = Wˡ hˡ⁻¹ has nˡ values: is W used where Wᵀ is needed, or the other way round?",
			Fr: "une incompatibilité de dimensions : Wˡ est nˡ×nˡ⁻¹ (une ligne par neurone de la couche l, une colonne par entrée), donc aˡ = Wˡ hˡ⁻¹ a nˡ valeurs : W est-elle utilisée là où il faut Wᵀ, ou l'inverse ?",
		},
		"check.Layer.1": {
			En: "aˡ = Wˡ hˡ⁻¹ + bˡ, the activity: g is not applied",
			Fr: "aˡ = Wˡ hˡ⁻¹ + bˡ, l'activité : g n'est pas appliquée",
		},
		"check.Layer.2": {
			En: "hˡ⁻¹, the layer's input",
			Fr: "hˡ⁻¹, l'entrée de la couche",
		},
		"check.Layer.3": {
			En: "bˡ, the bias alone",
			Fr: "bˡ, le biais seul",
		},
		"check.Layer.4": {
			En: "hᵢ = g(Σⱼ wᵢⱼ hⱼ + bᵢ): row i of W times hˡ⁻¹, plus bᵢ, then g",
			Fr: "hᵢ = g(Σⱼ wᵢⱼ hⱼ + bᵢ) : la ligne i de W fois hˡ⁻¹, plus bᵢ, puis g",
		},
		"check.Layer.5": {
			En: "Wᵀ is used where W is needed: aᵢ = Σⱼ wᵢⱼ hⱼ sums along row i of W, not column i",
			Fr: "Wᵀ est utilisée là où il faut W : aᵢ = Σⱼ wᵢⱼ hⱼ somme le long de la ligne i de W, pas de la colonne i",
		},
		"check.Layer.6": {
			En: "the bias is missing: aˡ = Wˡ hˡ⁻¹ + bˡ",
			Fr: "le biais manque : aˡ = Wˡ hˡ⁻¹ + bˡ",
		},
		"check.Layer.7": {
			En: "g is not applied: hˡ = g(aˡ), not aˡ",
			Fr: "g n'est pas appliquée : hˡ = g(aˡ), pas aˡ",
		},
		"check.Layer.8": {
			En: "the bias is added after g: hˡ = g(Wˡ hˡ⁻¹ + bˡ), bˡ goes inside g",
			Fr: "le biais est ajouté après g : hˡ = g(Wˡ hˡ⁻¹ + bˡ), bˡ va à l'intérieur de g",
		},
		"check.Layer.9": {
			En: "the bias is missing and g is not applied: hˡ = g(Wˡ hˡ⁻¹ + bˡ)",
			Fr: "le biais manque et g n'est pas appliquée : hˡ = g(Wˡ hˡ⁻¹ + bˡ)",
		},
		"check.Forward.1": {
			En: "h%s, the output of layer %d: the loop stops before the last layer L = %d",
			Fr: "h%s, la sortie de la couche %d : la boucle s'arrête avant la dernière couche L = %d",
		},
		"check.Forward.2": {
			En: "h⁰ = x, the input: no layer was applied",
			Fr: "h⁰ = x, l'entrée : aucune couche n'a été appliquée",
		},
		"check.Forward.3": {
			En: "a%s, the activity of layer %d (before g)",
			Fr: "a%s, l'activité de la couche %d (avant g)",
		},
		"check.Forward.4": {
			En: ": g is not applied on the last layer",
			Fr: " : g n'est pas appliquée sur la dernière couche",
		},
		"check.Forward.5": {
			En: "loop l = 1…L: h = g(Wˡ h + bˡ), feeding each layer's output to the next (Ws[l-1] is Wˡ)",
			Fr: "boucle l = 1…L : h = g(Wˡ h + bˡ), en passant la sortie de chaque couche à la suivante (Ws[l-1] est Wˡ)",
		},
		"check.Forward.6": {
			En: "Wᵀ is used where W is needed: aᵢ = Σⱼ wᵢⱼ hⱼ sums along row i of Wˡ",
			Fr: "Wᵀ est utilisée là où il faut W : aᵢ = Σⱼ wᵢⱼ hⱼ somme le long de la ligne i de Wˡ",
		},
		"check.Forward.7": {
			En: "the biases are missing: aˡ = Wˡ hˡ⁻¹ + bˡ",
			Fr: "les biais manquent : aˡ = Wˡ hˡ⁻¹ + bˡ",
		},
		"check.Forward.8": {
			En: "g is not applied on the last layer: the lecture's network is g(Wᴸ … g(W¹x)), g on every layer",
			Fr: "g n'est pas appliquée sur la dernière couche : le réseau du cours est g(Wᴸ … g(W¹x)), g sur chaque couche",
		},
		"check.Forward.9": {
			En: "g is never applied: hˡ = g(aˡ) on every layer",
			Fr: "g n'est jamais appliquée : hˡ = g(aˡ) sur chaque couche",
		},
		"check.Forward.10": {
			En: "the bias is added after g: hˡ = g(Wˡ hˡ⁻¹ + bˡ)",
			Fr: "le biais est ajouté après g : hˡ = g(Wˡ hˡ⁻¹ + bˡ)",
		},
		"check.Forward.11": {
			En: "only the first layer is applied: feed hˡ⁻¹ (the previous layer's output) into layer l, for every l",
			Fr: "seule la première couche est appliquée : passez hˡ⁻¹ (la sortie de la couche précédente) à la couche l, pour chaque l",
		},
	})
}

// pkg/check/representations.go
func init() {
	register(map[string]Msg{
		"check.Regions.1": {
			En: "count what one more hyperplane adds: it is itself cut by the others into pieces, and each piece splits a region in two (in the plane: a new line crossing k − 1 lines adds k regions)",
			Fr: "comptez ce qu'ajoute un hyperplan de plus : il est lui-même coupé par les autres en morceaux, et chaque morceau partage une région en deux (dans le plan : une nouvelle droite qui coupe k − 1 droites ajoute k régions)",
		},
		"check.Regions.2": {
			En: "2ᵏ, every code of k bits, is reached only when d ≥ k: in fewer dimensions some codes have no region",
			Fr: "2ᵏ, tous les codes de k bits, n'est atteint que lorsque d ≥ k : en moins de dimensions, certains codes n'ont pas de région",
		},
		"check.Regions.3": {
			En: "k is a local code, one unit per region; a distributed code names regions by the pattern of all k units",
			Fr: "k est un code local, un neurone par région ; un code distribué nomme les régions par le motif de l'ensemble des k neurones",
		},
		"check.Regions.4": {
			En: "1 + k + k(k−1)/2 is the count in the plane, d = 2; here d is given",
			Fr: "1 + k + k(k−1)/2 est le compte dans le plan, d = 2 ; ici d est donné",
		},
		"check.Regions.5": {
			En: "k + 1 is the count on a line, d = 1",
			Fr: "k + 1 est le compte sur une droite, d = 1",
		},
		"check.Regions.6": {
			En: "the sum stops one term short: it goes from C(k, 0) up to C(k, d) included",
			Fr: "la somme s'arrête un terme trop tôt : elle va de C(k, 0) jusqu'à C(k, d) inclus",
		},
		"check.UnitAccuracy.1": {
			En: "try a threshold between every two neighbouring values (and one below all of them), count the examples right for both rules, keep the best share",
			Fr: "essayez un seuil entre chaque paire de valeurs voisines (et un en dessous de toutes), comptez les exemples bien classés pour les deux règles, gardez la meilleure proportion",
		},
		"check.UnitAccuracy.2": {
			En: "the threshold must be the best one, not θ = 0: a unit's values need not be centred on 0",
			Fr: "le seuil doit être le meilleur, pas θ = 0 : les valeurs d'un neurone ne sont pas forcément centrées sur 0",
		},
		"check.UnitAccuracy.3": {
			En: "try the reverse rule too (class 1 where h < θ): a unit may fire for class 0",
			Fr: "essayez aussi la règle inverse (classe 1 là où h < θ) : un neurone peut s'activer pour la classe 0",
		},
		"check.UnitAccuracy.4": {
			En: "return the share of the examples, not their number",
			Fr: "renvoyez la proportion des exemples, pas leur nombre",
		},
		"check.task.Regions": {
			En: "the largest number of regions k hyperplanes (k hidden units) cut a space of d dimensions into: R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d), all 2ᵏ codes once d ≥ k",
			Fr: "le plus grand nombre de régions en lesquelles k hyperplans (k neurones cachés) découpent un espace de d dimensions : R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d), les 2ᵏ codes dès que d ≥ k",
		},
		"check.task.UnitAccuracy": {
			En: "the best share of examples right of the rule \"class 1 where h > θ, else class 0\" or its reverse, over every threshold θ: one unit alone as a classifier",
			Fr: "la meilleure proportion d'exemples bien classés par la règle « classe 1 là où h > θ, sinon classe 0 » ou son inverse, sur tous les seuils θ : un neurone seul comme classifieur",
		},
	})
}

// pkg/check/gd.go
func init() {
	register(map[string]Msg{
		"check.GDStep.1": {
			En: "wᵢ ← wᵢ − η(∂F/∂wᵢ + 2λwᵢ), for every i",
			Fr: "wᵢ ← wᵢ − η(∂F/∂wᵢ + 2λwᵢ), pour chaque i",
		},
		"check.GDStep.2": {
			En: "the step goes up the gradient: w − η ∂C/∂w, not +",
			Fr: "le pas monte le long du gradient : w − η ∂C/∂w, pas +",
		},
		"check.GDStep.3": {
			En: "the L2 term is missing: ∂C/∂w = ∂F/∂w + 2λw",
			Fr: "le terme L2 manque : ∂C/∂w = ∂F/∂w + 2λw",
		},
		"check.GDStep.4": {
			En: "the derivative of λ‖w‖² = λ Σ wᵢ² is 2λw, not λw",
			Fr: "la dérivée de λ‖w‖² = λ Σ wᵢ² est 2λw, pas λw",
		},
		"check.GDStep.5": {
			En: "η multiplies the whole gradient: w − η(∂F/∂w + 2λw), the L2 term included",
			Fr: "η multiplie tout le gradient : w − η(∂F/∂w + 2λw), terme L2 compris",
		},
		"check.GDStep.6": {
			En: "the learning rate η is missing: w − η ∂C/∂w",
			Fr: "le taux d'apprentissage η manque : w − η ∂C/∂w",
		},
		"check.GDStep.7": {
			En: "the L2 term pulls w towards 0: + 2λw inside the gradient, so the step subtracts η·2λw",
			Fr: "le terme L2 tire w vers 0 : + 2λw dans le gradient, donc le pas soustrait η·2λw",
		},
		"check.regime.1": {
			En: "1 (η < η_opt: slow, monotone)",
			Fr: "1 (η < η_opt : lent, monotone)",
		},
		"check.regime.2": {
			En: "2 (η = η_opt: the minimum in one step)",
			Fr: "2 (η = η_opt : le minimum en un pas)",
		},
		"check.regime.3": {
			En: "3 (η_opt < η ≤ 2η_opt: oscillates; converges below 2η_opt, for ever at 2η_opt)",
			Fr: "3 (η_opt < η ≤ 2η_opt : oscille ; converge en dessous de 2η_opt, indéfiniment à 2η_opt)",
		},
		"check.regime.4": {
			En: "4 (η > 2η_opt: diverges)",
			Fr: "4 (η > 2η_opt : diverge)",
		},
		"check.LearningRateRegime.1": {
			En: "η_opt = 1/h; return 1 if η < η_opt, 2 if η = η_opt (within a tolerance), 3 if η ≤ 2η_opt (within the same tolerance), 4 otherwise",
			Fr: "η_opt = 1/h ; renvoyez 1 si η < η_opt, 2 si η = η_opt (à une tolérance près), 3 si η ≤ 2η_opt (à la même tolérance près), 4 sinon",
		},
		"check.LearningRateRegime.2": {
			En: "η_opt = 1/h (the inverse of the curvature ∂²C/∂w²), not h",
			Fr: "η_opt = 1/h (l'inverse de la courbure ∂²C/∂w²), pas h",
		},
		"check.LearningRateRegime.3": {
			En: "η_opt = 1/h, not 2/h: 2/h is where divergence starts",
			Fr: "η_opt = 1/h, pas 2/h : 2/h est là où commence la divergence",
		},
		"check.LearningRateRegime.4": {
			En: "at η = 2η_opt the factor 1 − ηh is −1: the distance to w* stays the same, it oscillates for ever but does not diverge: that is regime 3; regime 4 is η > 2η_opt",
			Fr: "en η = 2η_opt le facteur 1 − ηh vaut −1 : la distance à w* reste la même, cela oscille indéfiniment mais ne diverge pas : c'est le régime 3 ; le régime 4 est η > 2η_opt",
		},
		"check.LearningRateRegime.5": {
			En: "compare η with η_opt within a tolerance (e.g. |η − η_opt| ≤ 1e-9·η_opt): for h = 1/0.9, 1/h is 0.8999999999999999, not 0.9, in float64",
			Fr: "comparez η à η_opt à une tolérance près (par ex. |η − η_opt| ≤ 1e-9·η_opt) : pour h = 1/0.9, 1/h vaut 0.8999999999999999, pas 0.9, en float64",
		},
		"check.LearningRateRegime.6": {
			En: "%d (not a regime: want 1, 2, 3 or 4)",
			Fr: "%d (pas un régime : 1, 2, 3 ou 4 attendu)",
		},
		"check.MinibatchEpoch.1": {
			En: "perm := rng.Perm(n) once, before the batches; batch k holds perm[k·B : min((k+1)·B, n)]; compute every ∇Lᵢ of the batch at the same w, average them, then step",
			Fr: "perm := rng.Perm(n) une fois, avant les mini-lots ; le mini-lot k contient perm[k·B : min((k+1)·B, n)] ; calculez tous les ∇Lᵢ du mini-lot au même w, faites-en la moyenne, puis faites le pas",
		},
		"check.MinibatchEpoch.2": {
			En: " (grad called %d times, want %d: each example once per epoch)",
			Fr: " (grad appelée %d fois, %d attendu : chaque exemple une fois par époque)",
		},
		"check.MinibatchEpoch.3": {
			En: "the last partial batch was dropped: when B does not divide n, the last batch perm[k·B : n] is smaller but still used",
			Fr: "le dernier mini-lot incomplet a été abandonné : quand B ne divise pas n, le dernier mini-lot perm[k·B : n] est plus petit mais sert quand même",
		},
		"check.MinibatchEpoch.4": {
			En: "the examples were not shuffled: take them in the order perm := rng.Perm(n)",
			Fr: "les exemples n'ont pas été mélangés : prenez-les dans l'ordre perm := rng.Perm(n)",
		},
		"check.MinibatchEpoch.5": {
			En: "the batch gradient is the mean (1/|batch|) Σ ∇Lᵢ, not the sum",
			Fr: "le gradient d'un mini-lot est la moyenne (1/|lot|) Σ ∇Lᵢ, pas la somme",
		},
		"check.MinibatchEpoch.6": {
			En: "divide by the size of this batch, len(batch), not B: the last batch is smaller",
			Fr: "divisez par la taille de ce mini-lot, len(batch), pas par B : le dernier mini-lot est plus petit",
		},
		"check.MinibatchEpoch.7": {
			En: "the step goes up the gradient: w − η∂C/∂w, not +",
			Fr: "le pas monte le long du gradient : w − η∂C/∂w, pas +",
		},
		"check.MinibatchEpoch.8": {
			En: "w changes after every example: compute all the ∇Lᵢ of a batch at the same w, then take one step per batch",
			Fr: "w change après chaque exemple : calculez tous les ∇Lᵢ d'un mini-lot au même w, puis faites un pas par mini-lot",
		},
		"check.MinibatchEpoch.9": {
			En: "one step for the whole data set is batch gradient descent: take one step per batch of B",
			Fr: "un pas pour tout l'ensemble de données, c'est la descente de gradient totale (batch) : faites un pas par mini-lot de B",
		},
		"check.MinibatchEpoch.10": {
			En: "shuffle once per epoch (perm := rng.Perm(n) before the loop), not once per batch: every example must be used exactly once",
			Fr: "mélangez une fois par époque (perm := rng.Perm(n) avant la boucle), pas une fois par mini-lot : chaque exemple doit servir exactement une fois",
		},
	})
}

// pkg/check/rates.go
func init() {
	register(map[string]Msg{
		"check.L2Minimum.1": {
			En: "at the minimum the gradient of F(w) + λ‖w‖² is 0: write that gradient, set it to 0 and solve the linear system for w",
			Fr: "au minimum, le gradient de F(w) + λ‖w‖² est nul : écrivez ce gradient, annulez-le et résolvez le système linéaire en w",
		},
		"check.L2Minimum.2": {
			En: "the L2 term is left out: λ‖w‖² pulls the minimum away from w* towards 0",
			Fr: "le terme L2 est oublié : λ‖w‖² éloigne le minimum de w* vers 0",
		},
		"check.L2Minimum.3": {
			En: "the gradient of λ‖w‖² is 2λw, not λw",
			Fr: "le gradient de λ‖w‖² est 2λw, pas λw",
		},
		"check.L2Minimum.4": {
			En: "the right-hand side is H w*, not w*: ∂F/∂w = H(w − w*) = Hw − Hw*",
			Fr: "le second membre est H w*, pas w* : ∂F/∂w = H(w − w*) = Hw − Hw*",
		},
		"check.L2Minimum.5": {
			En: "the sign of the L2 gradient: +2λw, it pulls towards 0",
			Fr: "le signe du gradient de L2 : +2λw, il tire vers 0",
		},
		"check.L2Minimum.6": {
			En: "each weight on its own, hᵢᵢwᵢ*/(hᵢᵢ + 2λ), holds only for a diagonal H: the off-diagonal terms of H couple the weights, so solve the whole linear system at once",
			Fr: "chaque poids séparément, hᵢᵢwᵢ*/(hᵢᵢ + 2λ), ne vaut que pour une H diagonale : les termes hors diagonale de H couplent les poids, résolvez donc tout le système linéaire d'un coup",
		},
		"check.L2Minimum.7": {
			En: "w*/(1 + 2λ) holds only when H = I: each direction of H is shrunk by its own factor",
			Fr: "w*/(1 + 2λ) ne vaut que lorsque H = I : chaque direction de H est réduite par son propre facteur",
		},
		"check.EtaMax.1": {
			En: "one step multiplies the part of w − w* along each eigenvector of H by a factor that depends on η and that eigenvalue: find the η at which the worst factor reaches −1",
			Fr: "un pas multiplie la composante de w − w* le long de chaque vecteur propre de H par un facteur qui dépend de η et de cette valeur propre : trouvez le η auquel le pire facteur atteint −1",
		},
		"check.EtaMax.2": {
			En: "that is η_opt = 1/λ_max, the rate that finishes the steepest direction in one step; GD still converges up to twice that",
			Fr: "c'est η_opt = 1/λ_max, le taux qui termine la direction la plus raide en un pas ; la descente de gradient converge encore jusqu'au double",
		},
		"check.EtaMax.3": {
			En: "the flat direction (λ_min) does not set the limit: the steepest one diverges first",
			Fr: "la direction plate (λ_min) ne fixe pas la limite : la plus raide diverge la première",
		},
		"check.EtaMax.4": {
			En: "2/(λ_min + λ_max) is the fastest constant rate, not the largest that converges",
			Fr: "2/(λ_min + λ_max) est le taux constant le plus rapide, pas le plus grand qui converge",
		},
		"check.EtaMax.5": {
			En: "the largest diagonal entry of H is not its largest eigenvalue when H has off-diagonal terms: take the eigenvalues (mat.EigenSym)",
			Fr: "le plus grand terme diagonal de H n'est pas sa plus grande valeur propre quand H a des termes hors diagonale : prenez les valeurs propres (mat.EigenSym)",
		},
		"check.EtaMax.6": {
			En: "the trace of H is the sum of its eigenvalues, not the largest one",
			Fr: "la trace de H est la somme de ses valeurs propres, pas la plus grande",
		},
	})
}
