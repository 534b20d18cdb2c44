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
			En: "the largest number of regions k hyperplanes in general position (k hidden units) cut a space of d dimensions into: how does one more hyperplane add regions?",
			Fr: "le plus grand nombre de régions en lesquelles k hyperplans en position générale (k neurones cachés) découpent un espace de d dimensions : comment un hyperplan de plus ajoute-t-il des régions ?",
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

// pkg/check/chain.go
func init() {
	register(map[string]Msg{
		"check.ChainDzDx.1": {
			En: "two paths from x to z: through a = f(x + 3y) (∂z/∂a = 2, ∂a/∂x = f′(x + 3y)) and through b = g(5x) (∂z/∂b = 6h(y), ∂b/∂x = 5g′(5x)); add them",
			Fr: "deux chemins de x à z : par a = f(x + 3y) (∂z/∂a = 2, ∂a/∂x = f′(x + 3y)) et par b = g(5x) (∂z/∂b = 6h(y), ∂b/∂x = 5g′(5x)) ; additionnez-les",
		},
		"check.ChainDzDx.2": {
			En: "∂b/∂x = 5g′(5x): the inner derivative of 5x is 5, so the second term is 6·5·g′(5x)h(y) = 30g′(5x)h(y)",
			Fr: "∂b/∂x = 5g′(5x) : la dérivée intérieure de 5x est 5, donc le second terme est 6·5·g′(5x)h(y) = 30g′(5x)h(y)",
		},
		"check.ChainDzDx.3": {
			En: "f′ is evaluated at x + 3y, the argument of f (the slide's f′(a·x + 3y) is a slip)",
			Fr: "f′ est évaluée en x + 3y, l'argument de f (le f′(a·x + 3y) de la diapositive est une coquille)",
		},
		"check.ChainDzDx.4": {
			En: "g′ is evaluated at 5x, the argument of g",
			Fr: "g′ est évaluée en 5x, l'argument de g",
		},
		"check.ChainDzDx.5": {
			En: "the derivative of g is needed: ∂b/∂x = 5g′(5x), not 5g(5x)",
			Fr: "il faut la dérivée de g : ∂b/∂x = 5g′(5x), pas 5g(5x)",
		},
		"check.ChainDzDx.6": {
			En: "z depends on x through a AND through b: add both paths, 2f′(x + 3y) + 30g′(5x)h(y)",
			Fr: "z dépend de x par a ET par b : additionnez les deux chemins, 2f′(x + 3y) + 30g′(5x)h(y)",
		},
		"check.ChainDzDx.7": {
			En: "z depends on x through a AND through b: the path through a, 2f′(x + 3y), is missing",
			Fr: "z dépend de x par a ET par b : le chemin par a, 2f′(x + 3y), manque",
		},
		"check.ChainDzDx.8": {
			En: "∂z/∂a = 2: the factor 2 of 2f(x + 3y) is missing",
			Fr: "∂z/∂a = 2 : le facteur 2 de 2f(x + 3y) manque",
		},
		"check.ChainDzDx.9": {
			En: "∂z/∂b = 6h(y): h(y) is a factor of the second path, not its derivative h′(y)",
			Fr: "∂z/∂b = 6h(y) : h(y) est un facteur du second chemin, pas sa dérivée h′(y)",
		},
		"check.ChainDzDy.1": {
			En: "two paths from y to z: through a = f(x + 3y) (∂a/∂y = 3f′(x + 3y)) and through h(y) (∂z/∂h = 6g(5x)); b = g(5x) does not depend on y",
			Fr: "deux chemins de y à z : par a = f(x + 3y) (∂a/∂y = 3f′(x + 3y)) et par h(y) (∂z/∂h = 6g(5x)) ; b = g(5x) ne dépend pas de y",
		},
		"check.ChainDzDy.2": {
			En: "∂a/∂y = 3f′(x + 3y): the inner derivative of x + 3y with respect to y is 3",
			Fr: "∂a/∂y = 3f′(x + 3y) : la dérivée intérieure de x + 3y par rapport à y est 3",
		},
		"check.ChainDzDy.3": {
			En: "g(5x) does not depend on y: it stays g(5x), it is not differentiated",
			Fr: "g(5x) ne dépend pas de y : il reste g(5x), on ne le dérive pas",
		},
		"check.ChainDzDy.4": {
			En: "the derivative of h is needed: ∂(6g(5x)h(y))/∂y = 6g(5x)h′(y)",
			Fr: "il faut la dérivée de h : ∂(6g(5x)h(y))/∂y = 6g(5x)h′(y)",
		},
		"check.ChainDzDy.5": {
			En: "z depends on y through a = f(x + 3y) AND through h(y): add both paths",
			Fr: "z dépend de y par a = f(x + 3y) ET par h(y) : additionnez les deux chemins",
		},
		"check.ChainDzDy.6": {
			En: "z depends on y through a = f(x + 3y) AND through h(y): the path through a, 6f′(x + 3y), is missing",
			Fr: "z dépend de y par a = f(x + 3y) ET par h(y) : le chemin par a, 6f′(x + 3y), manque",
		},
		"check.ChainDzDy.7": {
			En: "f′ is evaluated at x + 3y, the argument of f",
			Fr: "f′ est évaluée en x + 3y, l'argument de f",
		},
		"check.ChainLocal.1": {
			En: "∂a/∂x = f′(x + 3y): f′ is evaluated at the argument of f (the slide's f′(a·x + 3y) is a slip)",
			Fr: "∂a/∂x = f′(x + 3y) : f′ est évaluée en l'argument de f (le f′(a·x + 3y) de la diapositive est une coquille)",
		},
		"check.ChainLocal.2": {
			En: "∂b/∂x = 5g′(5x): the inner derivative of 5x is 5",
			Fr: "∂b/∂x = 5g′(5x) : la dérivée intérieure de 5x est 5",
		},
		"check.ChainLocal.3": {
			En: "∂b/∂x = 5g′(5x): g′ is evaluated at 5x",
			Fr: "∂b/∂x = 5g′(5x) : g′ est évaluée en 5x",
		},
		"check.ChainLocal.4": {
			En: "∂z/∂b = 6h(y): b is multiplied by 6h(y) in z, so its derivative is 6h(y), not 6",
			Fr: "∂z/∂b = 6h(y) : b est multiplié par 6h(y) dans z, sa dérivée est donc 6h(y), pas 6",
		},
		"check.ChainLocal.5": {
			En: "∂z/∂b = 6h(y), the value of h, not its derivative h′(y)",
			Fr: "∂z/∂b = 6h(y), la valeur de h, pas sa dérivée h′(y)",
		},
		"check.ChainLocal.6": {
			En: "∂z/∂a = 2: z = 2a + 6b·h(y) is linear in a (the slide writes ∂y/∂a for ∂z/∂a)",
			Fr: "∂z/∂a = 2 : z = 2a + 6b·h(y) est linéaire en a (la diapositive écrit ∂y/∂a pour ∂z/∂a)",
		},
	})
}

// pkg/check/backprop.go
func init() {
	register(map[string]Msg{
		"check.backprop.gprime": {
			En: "δ must be multiplied by g′(a): δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ), δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
			Fr: "δ doit être multiplié par g′(a) : δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ), δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
		},
		"check.OutputDelta.1": {
			En: "δᵢᴸ = ∂C/∂oᵢ · ∂oᵢ/∂aᵢ = 2(oᵢ − yᵢ) · g′(aᵢ), one value per output neuron",
			Fr: "δᵢᴸ = ∂C/∂oᵢ · ∂oᵢ/∂aᵢ = 2(oᵢ − yᵢ) · g′(aᵢ), une valeur par neurone de sortie",
		},
		"check.OutputDelta.2": {
			En: "δᴸ must be multiplied by g′(aᴸ): δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ)",
			Fr: "δᴸ doit être multiplié par g′(aᴸ) : δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ)",
		},
		"check.OutputDelta.3": {
			En: "g′ is evaluated at the activity aᴸ, not at the output oᴸ = g(aᴸ)",
			Fr: "g′ est évaluée en l'activité aᴸ, pas en la sortie oᴸ = g(aᴸ)",
		},
		"check.OutputDelta.4": {
			En: "the factor 2 is missing: ∂C/∂oᵢ = 2(oᵢ − yᵢ) for C = ‖o − y‖²",
			Fr: "le facteur 2 manque : ∂C/∂oᵢ = 2(oᵢ − yᵢ) pour C = ‖o − y‖²",
		},
		"check.OutputDelta.5": {
			En: "the sign: ∂C/∂oᵢ = 2(oᵢ − yᵢ), not 2(yᵢ − oᵢ)",
			Fr: "le signe : ∂C/∂oᵢ = 2(oᵢ − yᵢ), pas 2(yᵢ − oᵢ)",
		},
		"check.OutputDelta.6": {
			En: "the factor 2 is missing and δᴸ is not multiplied by g′(aᴸ): δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ)",
			Fr: "le facteur 2 manque et δᴸ n'est pas multiplié par g′(aᴸ) : δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ)",
		},
		"check.HiddenDelta.1": {
			En: "δⱼˡ = g′(aⱼˡ) · Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹: for neuron j of layer l, sum down column j of Wˡ⁺¹; the result has nˡ values (the columns of Wˡ⁺¹)",
			Fr: "δⱼˡ = g′(aⱼˡ) · Σᵢ wᵢⱼˡ⁺¹ δᵢˡ⁺¹ : pour le neurone j de la couche l, sommez le long de la colonne j de Wˡ⁺¹ ; le résultat a nˡ valeurs (les colonnes de Wˡ⁺¹)",
		},
		"check.HiddenDelta.2": {
			En: "a shape mismatch: Wˡ⁺¹ is nˡ⁺¹×nˡ and δˡ⁺¹ has nˡ⁺¹ values, so (Wˡ⁺¹)ᵀ δˡ⁺¹ has nˡ: W is used where Wᵀ is needed?",
			Fr: "une incompatibilité de dimensions : Wˡ⁺¹ est nˡ⁺¹×nˡ et δˡ⁺¹ a nˡ⁺¹ valeurs, donc (Wˡ⁺¹)ᵀ δˡ⁺¹ en a nˡ : W est-elle utilisée là où il faut Wᵀ ?",
		},
		"check.HiddenDelta.3": {
			En: "W is used where Wᵀ is needed: δⱼˡ sums down column j of Wˡ⁺¹, Σᵢ wᵢⱼ δᵢ",
			Fr: "W est utilisée là où il faut Wᵀ : δⱼˡ somme le long de la colonne j de Wˡ⁺¹, Σᵢ wᵢⱼ δᵢ",
		},
		"check.HiddenDelta.4": {
			En: "δˡ must be multiplied by g′(aˡ): δⱼˡ = g′(aⱼˡ) Σᵢ wᵢⱼ δᵢˡ⁺¹",
			Fr: "δˡ doit être multiplié par g′(aˡ) : δⱼˡ = g′(aⱼˡ) Σᵢ wᵢⱼ δᵢˡ⁺¹",
		},
		"check.HiddenDelta.5": {
			En: "g′ is evaluated at the activity aˡ, not at the output hˡ = g(aˡ)",
			Fr: "g′ est évaluée en l'activité aˡ, pas en la sortie hˡ = g(aˡ)",
		},
		"check.HiddenDelta.6": {
			En: "W is used where Wᵀ is needed, and g′(aˡ) is missing: δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
			Fr: "W est utilisée là où il faut Wᵀ, et g′(aˡ) manque : δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
		},
		"check.WeightGradient.1": {
			En: "∂C/∂wᵢⱼ = δᵢ hⱼ: entry (i, j) is δ[i]·h[j], the matrix has len(δ) rows and len(h) columns",
			Fr: "∂C/∂wᵢⱼ = δᵢ hⱼ : le terme (i, j) est δ[i]·h[j], la matrice a len(δ) lignes et len(h) colonnes",
		},
		"check.WeightGradient.2": {
			En: "the gradient is transposed: ∂C/∂wᵢⱼ = δᵢ hⱼ has one row per neuron i of layer l (len(δ) rows), like Wˡ",
			Fr: "le gradient est transposé : ∂C/∂wᵢⱼ = δᵢ hⱼ a une ligne par neurone i de la couche l (len(δ) lignes), comme Wˡ",
		},
		"check.FixBackward.1": {
			En: "the planted mistake is still there: the output layer's gradients are right, the layers below are not, so look at the lines that take δ down one layer (the step-through shows the first number that differs)",
			Fr: "l'erreur plantée est toujours là : les gradients de la couche de sortie sont justes, ceux des couches du dessous non ; regardez donc les lignes qui font descendre δ d'une couche (le pas à pas montre le premier nombre qui diffère)",
		},
		"check.FixBackward.2": {
			En: "compare layer by layer: ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ and ∂C/∂bˡ = δˡ, with δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ) and δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
			Fr: "comparez couche par couche : ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ et ∂C/∂bˡ = δˡ, avec δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ) et δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
		},
		"check.FixBackward.3": {
			En: "a shape mismatch: ∂C/∂Wˡ has the shape of Wˡ (nˡ×nˡ⁻¹), δˡ has nˡ values and (Wˡ⁺¹)ᵀ δˡ⁺¹ needs the transpose",
			Fr: "une incompatibilité de dimensions : ∂C/∂Wˡ a la forme de Wˡ (nˡ×nˡ⁻¹), δˡ a nˡ valeurs et (Wˡ⁺¹)ᵀ δˡ⁺¹ demande la transposée",
		},
		"check.FixBackward.4": {
			En: "δᴸ must be multiplied by g′(aᴸ): δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ)",
			Fr: "δᴸ doit être multiplié par g′(aᴸ) : δᴸ = 2(oᴸ − y) ⊙ g′(aᴸ)",
		},
		"check.FixBackward.5": {
			En: "the hidden δˡ must be multiplied by g′(aˡ): δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
			Fr: "le δˡ caché doit être multiplié par g′(aˡ) : δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
		},
		"check.FixBackward.6": {
			En: "W is used where Wᵀ is needed: δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
			Fr: "W est utilisée là où il faut Wᵀ : δˡ = g′(aˡ) ⊙ (Wˡ⁺¹)ᵀ δˡ⁺¹",
		},
		"check.FixBackward.7": {
			En: "g′ is evaluated at the activities aˡ, not at the outputs hˡ = g(aˡ)",
			Fr: "g′ est évaluée en les activités aˡ, pas en les sorties hˡ = g(aˡ)",
		},
		"check.FixBackward.8": {
			En: "the factor 2 is missing: ∂C/∂oᴸ = 2(oᴸ − y) for C = ‖oᴸ − y‖²",
			Fr: "le facteur 2 manque : ∂C/∂oᴸ = 2(oᴸ − y) pour C = ‖oᴸ − y‖²",
		},
		"check.FixBackward.9": {
			En: "the sign: ∂C/∂oᴸ = 2(oᴸ − y), not 2(y − oᴸ) (the gradient points uphill)",
			Fr: "le signe : ∂C/∂oᴸ = 2(oᴸ − y), pas 2(y − oᴸ) (le gradient monte la pente)",
		},
		"check.FixBackward.10": {
			En: "∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹ uses the outputs hˡ⁻¹ = g(aˡ⁻¹) of the layer below, not its activities aˡ⁻¹",
			Fr: "∂C/∂wᵢⱼˡ = δᵢˡ hⱼˡ⁻¹ utilise les sorties hˡ⁻¹ = g(aˡ⁻¹) de la couche du dessous, pas ses activités aˡ⁻¹",
		},
		"check.FixBackward.11": {
			En: "the weight gradients are transposed: ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ has the shape of Wˡ",
			Fr: "les gradients des poids sont transposés : ∂C/∂Wˡ = δˡ (hˡ⁻¹)ᵀ a la forme de Wˡ",
		},
		"check.FixBackward.12": {
			En: "the bias gradients are missing: ∂C/∂bˡ = δˡ",
			Fr: "les gradients des biais manquent : ∂C/∂bˡ = δˡ",
		},
		"check.FixBackward.13": {
			En: "g′ is evaluated at the activities aˡ of the hidden layers, not at their outputs hˡ = g(aˡ)",
			Fr: "g′ est évaluée en les activités aˡ des couches cachées, pas en leurs sorties hˡ = g(aˡ)",
		},
		"check.FixBackward.14": {
			En: "got %d weight gradients and %d bias gradients, want %d of each (one per layer)",
			Fr: "%d gradients de poids et %d gradients de biais obtenus, %d de chaque attendus (un par couche)",
		},
		"check.FixBackward.15": {
			En: "∂C/∂W%s (layer %d) disagrees with the gradient check (%s)",
			Fr: "∂C/∂W%s (couche %d) ne concorde pas avec la vérification du gradient (%s)",
		},
		"check.FixBackward.16": {
			En: "∂C/∂b%s (layer %d) disagrees with the gradient check (%s)",
			Fr: "∂C/∂b%s (couche %d) ne concorde pas avec la vérification du gradient (%s)",
		},
		"check.FixBackward.17": {
			En: "no gradients",
			Fr: "aucun gradient",
		},
	})
}

// pkg/check/delta.go
func init() {
	register(map[string]Msg{
		"check.HandDeltas.2": {
			En: "the factor 2 of ∂C/∂o = 2(o − y) for C = ‖o − y‖² is missing",
			Fr: "le facteur 2 de ∂C/∂o = 2(o − y) pour C = ‖o − y‖² manque",
		},
		"check.HandDeltas.3": {
			En: "the sign: ∂C/∂o = 2(o − y), o minus the target",
			Fr: "le signe : ∂C/∂o = 2(o − y), o moins la cible",
		},
		"check.HandDeltas.4": {
			En: "that is the cost C = ‖o − y‖² itself, not its derivative: δ² = ∂C/∂a²",
			Fr: "c'est le coût C = ‖o − y‖² lui-même, pas sa dérivée : δ² = ∂C/∂a²",
		},
		"check.HandDeltas.6": {
			En: "the hidden unit 2 is off (a¹₂ = −1 < 0, so h¹₂ = 0): g′(a¹₂) = 0 stops its error, whatever W² says",
			Fr: "le neurone caché 2 est éteint (a¹₂ = −1 < 0, donc h¹₂ = 0) : g′(a¹₂) = 0 arrête son erreur, quoi que dise W²",
		},
		"check.HandDeltas.7": {
			En: "δ¹ comes from the layer above: W², not W¹, carries δ² down",
			Fr: "δ¹ vient de la couche du dessus : c'est W², pas W¹, qui fait descendre δ²",
		},
		"check.HandDeltas.8": {
			En: "the factor 2 of ∂C/∂o = 2(o − y) is missing (δ² is half what it should be, and δ¹ with it)",
			Fr: "le facteur 2 de ∂C/∂o = 2(o − y) manque (δ² vaut la moitié de ce qu'il devrait, et δ¹ avec lui)",
		},
		"check.HandDeltas.9": {
			En: "go forward first (a¹, h¹, a², o), then δ² = ∂C/∂a², then δ¹ from δ²; a ReLU's g′ is 1 where a > 0 and 0 where a < 0",
			Fr: "faites d'abord la passe avant (a¹, h¹, a², o), puis δ² = ∂C/∂a², puis δ¹ à partir de δ² ; la g′ d'une ReLU vaut 1 là où a > 0 et 0 là où a < 0",
		},
		"check.SoftmaxCEDelta.1": {
			En: "write C as a function of o (log pⱼ = oⱼ − log Σₖ exp(oₖ)) and differentiate with respect to each oⱼ, using Σⱼ yⱼ = 1",
			Fr: "écrivez C en fonction de o (log pⱼ = oⱼ − log Σₖ exp(oₖ)) et dérivez par rapport à chaque oⱼ, en utilisant Σⱼ yⱼ = 1",
		},
		"check.SoftmaxCEDelta.2": {
			En: "the sign: δᴸ points uphill, towards more cost: p − y, not y − p",
			Fr: "le signe : δᴸ monte la pente, vers plus de coût : p − y, pas y − p",
		},
		"check.SoftmaxCEDelta.3": {
			En: "that is ∂C/∂p = −y/p, the derivative with respect to the probabilities; δᴸ is with respect to o, through the softmax",
			Fr: "c'est ∂C/∂p = −y/p, la dérivée par rapport aux probabilités ; δᴸ est par rapport à o, à travers la softmax",
		},
		"check.SoftmaxCEDelta.4": {
			En: "the softmax's derivative is not a factor pⱼ(1 − pⱼ): every pₖ depends on every oⱼ, and with the log of the cross-entropy the product simplifies completely",
			Fr: "la dérivée de la softmax n'est pas un facteur pⱼ(1 − pⱼ) : chaque pₖ dépend de chaque oⱼ, et avec le log de l'entropie croisée le produit se simplifie entièrement",
		},
		"check.SoftmaxCEDelta.5": {
			En: "that is 2(o − y), the squared error's gradient on the raw outputs: here the outputs go through the softmax and the loss is the cross-entropy",
			Fr: "c'est 2(o − y), le gradient de l'erreur quadratique sur les sorties brutes : ici les sorties passent par la softmax et la perte est l'entropie croisée",
		},
		"check.SoftmaxCEDelta.6": {
			En: "the softmax is missing: δᴸ compares the probabilities p = softmax(o) with y, not o itself",
			Fr: "la softmax manque : δᴸ compare les probabilités p = softmax(o) à y, pas o lui-même",
		},
	})
}

// pkg/check/diagnose_backprop.go
func init() {
	register(map[string]Msg{
		"check.bpdiag.1": {
			En: "your gradients are those computed with g where g′ is needed: δ = … ⊙ g′(a) uses the slope g′, not the value g",
			Fr: "vos gradients sont ceux calculés avec g là où il faut g′ : δ = … ⊙ g′(a) utilise la pente g′, pas la valeur g",
		},
		"check.bpdiag.2": {
			En: ": h%s (this layer's output) is used where h%s (the layer below's) is needed",
			Fr: " : h%s (la sortie de cette couche) est utilisée là où il faut h%s (celle de la couche du dessous)",
		},
		"check.bpdiag.3": {
			En: ": the wrong layer's h, h%s instead of h%s",
			Fr: " : le h de la mauvaise couche, h%s au lieu de h%s",
		},
		"check.bpdiag.4": {
			En: ": the wrong layer's δ, δ%s instead of δ%s",
			Fr: " : le δ de la mauvaise couche, δ%s au lieu de δ%s",
		},
		"check.bpdiag.5": {
			En: "in ∂C/∂W%s (layer %d, the first that differs from the output down), %s",
			Fr: "dans ∂C/∂W%s (couche %d, la première qui diffère en descendant depuis la sortie), %s",
		},
		"check.bpdiag.6": {
			En: "in ∂C/∂b%s (layer %d, the first that differs from the output down), %s",
			Fr: "dans ∂C/∂b%s (couche %d, la première qui diffère en descendant depuis la sortie), %s",
		},
	})
}

// pkg/check/efficient.go
func init() {
	register(map[string]Msg{
		"check.MomentumStep.2": {
			En: "the velocity must go down the gradient: v′ = μv − η ∂C/∂w, not + η ∂C/∂w",
			Fr: "la vitesse doit descendre le gradient : v′ = μv − η ∂C/∂w, pas + η ∂C/∂w",
		},
		"check.MomentumStep.3": {
			En: "μv is missing: the velocity keeps a share μ of the previous step",
			Fr: "μv manque : la vitesse garde une part μ du pas précédent",
		},
		"check.MomentumStep.5": {
			En: "w moves by the NEW velocity v′, computed first: w′ = w + v′",
			Fr: "w se déplace de la NOUVELLE vitesse v′, calculée d'abord : w′ = w + v′",
		},
		"check.MomentumStep.6": {
			En: "v′ already points downhill (it holds −η ∂C/∂w): w′ = w + v′, not w − v′",
			Fr: "v′ pointe déjà vers le bas (elle contient −η ∂C/∂w) : w′ = w + v′, pas w − v′",
		},
		"check.MomentumStep.7": {
			En: "the velocity must go down the gradient, so w′ goes downhill too",
			Fr: "la vitesse doit descendre le gradient, donc w′ descend aussi",
		},
		"check.MomentumStep.8": {
			En: "μv is missing: without it the step is plain gradient descent",
			Fr: "μv manque : sans lui, le pas est une simple descente de gradient",
		},
		"check.MomentumStep.9": {
			En: "first the velocity, from the old one and the gradient, then the weights from the new velocity, for every i",
			Fr: "d'abord la vitesse, à partir de l'ancienne et du gradient, puis les poids à partir de la nouvelle vitesse, pour chaque i",
		},
		"check.Standardise.1": {
			En: "for each column j: its mean mⱼ over the rows, its standard deviation sⱼ = √((1/N) Σᵢ (xᵢⱼ − mⱼ)²), then (xᵢⱼ − mⱼ)/sⱼ",
			Fr: "pour chaque colonne j : sa moyenne mⱼ sur les lignes, son écart-type sⱼ = √((1/N) Σᵢ (xᵢⱼ − mⱼ)²), puis (xᵢⱼ − mⱼ)/sⱼ",
		},
		"check.Standardise.2": {
			En: "only centred: divide by the standard deviation too, so that every input has variance 1",
			Fr: "seulement centré : divisez aussi par l'écart-type, pour que chaque entrée ait une variance de 1",
		},
		"check.Standardise.3": {
			En: "divided by the variance sⱼ²: divide by the standard deviation sⱼ, its square root",
			Fr: "divisé par la variance sⱼ² : divisez par l'écart-type sⱼ, sa racine carrée",
		},
		"check.Standardise.4": {
			En: "the deviation of the N examples divides by N, not N − 1 (the lesson's Scaling, as data.FitScaling)",
			Fr: "l'écart-type des N exemples divise par N, pas par N − 1 (le Scaling de la leçon, comme data.FitScaling)",
		},
		"check.Standardise.5": {
			En: "each COLUMN (one input over the examples) is normalised, not each row (one example)",
			Fr: "chaque COLONNE (une entrée sur les exemples) est normalisée, pas chaque ligne (un exemple)",
		},
		"check.task.MomentumStep": {
			En: "one step of gradient descent with momentum μ: the new weights and the new velocity, from the weights w, their velocity v (the last step), ∂C/∂w and η",
			Fr: "un pas de descente de gradient avec moment μ : les nouveaux poids et la nouvelle vitesse, à partir des poids w, de leur vitesse v (le dernier pas), de ∂C/∂w et de η",
		},
		"check.task.Standardise": {
			En: "the inputs normalised column by column: xᵢⱼ ← (xᵢⱼ − mⱼ)/sⱼ with mⱼ and sⱼ the mean and standard deviation of column j over the N examples (a constant column only centred)",
			Fr: "les entrées normalisées colonne par colonne : xᵢⱼ ← (xᵢⱼ − mⱼ)/sⱼ avec mⱼ et sⱼ la moyenne et l'écart-type de la colonne j sur les N exemples (une colonne constante seulement centrée)",
		},
	})
}

// pkg/check/lessons_09_13_00.go
func init() {
	register(map[string]Msg{
		"check.InitStd.1": {
			En: "write Var(aᵢˡ⁺¹) for aᵢ = Σⱼ wᵢⱼ hⱼ (n independent terms of mean 0), ask for it to equal Var(aˡ), and solve for σ",
			Fr: "écrivez Var(aᵢˡ⁺¹) pour aᵢ = Σⱼ wᵢⱼ hⱼ (n termes indépendants de moyenne 0), demandez qu'elle égale Var(aˡ), et résolvez en σ",
		},
		"check.InitStd.2": {
			En: "that is the variance σ², not the standard deviation σ: take the square root",
			Fr: "c'est la variance σ², pas l'écart-type σ : prenez la racine carrée",
		},
		"check.InitStd.3": {
			En: "m is left out: g changes the second moment of what the next layer receives (ReLU halves it)",
			Fr: "m est oublié : g change le moment d'ordre deux de ce que reçoit la couche suivante (la ReLU le divise par deux)",
		},
		"check.InitStd.4": {
			En: "m is on the wrong side: a g that shrinks E[h²] (m < 1) needs larger weights, not smaller",
			Fr: "m est du mauvais côté : une g qui réduit E[h²] (m < 1) demande des poids plus grands, pas plus petits",
		},
		"check.InitStd.5": {
			En: "√(2/n) is He's σ for ReLU, where m = ½; here m is given",
			Fr: "√(2/n) est le σ de He pour la ReLU, où m = ½ ; ici m est donné",
		},
		"check.InitStd.6": {
			En: "the variance of a sum of n independent terms is n times theirs, so σ shrinks like 1/√n, not 1/n",
			Fr: "la variance d'une somme de n termes indépendants est n fois la leur, donc σ décroît comme 1/√n, pas 1/n",
		},
		"check.Confusion.1": {
			En: "for each example, add 1 to the entry of its true class (row) and its predicted class (column)",
			Fr: "pour chaque exemple, ajoutez 1 au terme de sa vraie classe (ligne) et de sa classe prédite (colonne)",
		},
		"check.Confusion.2": {
			En: "rows and columns are swapped: row i is the true class, column j the network's answer",
			Fr: "lignes et colonnes sont interverties : la ligne i est la vraie classe, la colonne j la réponse du réseau",
		},
		"check.Confusion.3": {
			En: "counts, not fractions: each entry is a number of examples",
			Fr: "des comptes, pas des fractions : chaque terme est un nombre d'exemples",
		},
		"check.Confusion.4": {
			En: "every example counts, the right ones too: they make the diagonal",
			Fr: "chaque exemple compte, les bien classés aussi : ils forment la diagonale",
		},
		"check.DenseParams.1": {
			En: "layer l has one weight wᵢⱼˡ for each pair (neuron i of layer l, neuron j of layer l − 1) and one bias per neuron; add the layers up",
			Fr: "la couche l a un poids wᵢⱼˡ pour chaque paire (neurone i de la couche l, neurone j de la couche l − 1) et un biais par neurone ; additionnez les couches",
		},
		"check.DenseParams.2": {
			En: "the biases are missing: one bᵢˡ per neuron of every layer above the input",
			Fr: "les biais manquent : un bᵢˡ par neurone de chaque couche au-dessus de l'entrée",
		},
		"check.DenseParams.3": {
			En: "the input layer has no bias: it is x itself, not neurons",
			Fr: "la couche d'entrée n'a pas de biais : c'est x lui-même, pas des neurones",
		},
		"check.DenseParams.4": {
			En: "(nˡ⁻¹ + 1)(nˡ + 1) counts a bias for a neuron that does not exist: layer l has nˡ·nˡ⁻¹ weights and nˡ biases",
			Fr: "(nˡ⁻¹ + 1)(nˡ + 1) compte un biais pour un neurone qui n'existe pas : la couche l a nˡ·nˡ⁻¹ poids et nˡ biais",
		},
		"check.DenseParams.5": {
			En: "a weight matrix Wˡ has nˡ × nˡ⁻¹ entries, not nˡ + nˡ⁻¹",
			Fr: "une matrice de poids Wˡ a nˡ × nˡ⁻¹ termes, pas nˡ + nˡ⁻¹",
		},
	})
}

// pkg/check/approx.go
func init() {
	register(map[string]Msg{
		"check.UniversalFit.fit1": {
			En: "F misses the constant f(0) = %.3g: a unit with wᵢ = 0 and bᵢ = 0 gives vᵢ σ(0) = vᵢ/2, so vᵢ = 2f(0) adds it",
			Fr: "F n'a pas la constante f(0) = %.3g : un neurone avec wᵢ = 0 et bᵢ = 0 donne vᵢ σ(0) = vᵢ/2, donc vᵢ = 2f(0) l'ajoute",
		},
		"check.UniversalFit.fit2": {
			En: "F − f is almost the constant %.3g: the constant term (a unit with wᵢ = 0) is wrong",
			Fr: "F − f est presque la constante %.3g : le terme constant (un neurone avec wᵢ = 0) est faux",
		},
		"check.UniversalFit.fit3": {
			En: "F drifts away from f as x grows: with steps, vᵢ is the jump f(tᵢ) − f(tᵢ₋₁) between two grid points, not the value f(tᵢ)",
			Fr: "F s'éloigne de f quand x croît : avec des marches, vᵢ est le saut f(tᵢ) − f(tᵢ₋₁) entre deux points de la grille, pas la valeur f(tᵢ)",
		},
		"check.UniversalFit.fit4": {
			En: "the steps are too soft: with N units on [0, 1], make |wᵢ| much larger than N (e.g. 10·N) so that each σ(wᵢx + bᵢ) is a sharp step at x = −bᵢ/wᵢ",
			Fr: "les marches sont trop douces : avec N neurones sur [0, 1], prenez |wᵢ| bien plus grand que N (par ex. 10·N) pour que chaque σ(wᵢx + bᵢ) soit une marche nette en x = −bᵢ/wᵢ",
		},
		"check.UniversalFit.fit5": {
			En: "put N steps on a grid tᵢ of [0, 1]: σ(s(x − tᵢ)) with a large s (wᵢ = s, bᵢ = −s tᵢ), weighted by the jump vᵢ = f(tᵢ) − f(tᵢ₋₁), plus one constant unit",
			Fr: "placez N marches sur une grille tᵢ de [0, 1] : σ(s(x − tᵢ)) avec un grand s (wᵢ = s, bᵢ = −s tᵢ), pondérée par le saut vᵢ = f(tᵢ) − f(tᵢ₋₁), plus un neurone constant",
		},
		"check.UniversalFit.4": {
			En: "N = %d units with max |F(x) − f(x)| < %v on [0, 1]",
			Fr: "N = %d neurones avec max |F(x) − f(x)| < %v sur [0, 1]",
		},
		"check.UniversalFit.5": {
			En: "want exactly N = %d units, got len(v) = %d, len(w) = %d, len(b) = %d",
			Fr: "exactement N = %d neurones attendus, obtenu len(v) = %d, len(w) = %d, len(b) = %d",
		},
		"check.UniversalFit.6": {
			En: "F(x) is NaN: are the vᵢ, wᵢ, bᵢ finite?",
			Fr: "F(x) vaut NaN : les vᵢ, wᵢ, bᵢ sont-ils finis ?",
		},
		"check.UniversalFit.7": {
			En: "max |F − f| = %.3g ≥ ε = %v: %s",
			Fr: "max |F − f| = %.3g ≥ ε = %v : %s",
		},
		"check.UniversalFit.9": {
			En: "%d units, max |F(x) − f(x)| = %.3g at x = %.3f",
			Fr: "%d neurones, max |F(x) − f(x)| = %.3g en x = %.3f",
		},
	})
}

// pkg/check/conv.go
func init() {
	register(map[string]Msg{
		"check.Conv2D.1": {
			En: "a[i,j] = Σᵤ Σᵥ w[u,v]·x[s·i+u−p, s·j+v−p] + b, taking x = 0 outside the image",
			Fr: "a[i,j] = Σᵤ Σᵥ w[u,v]·x[s·i+u−p, s·j+v−p] + b, en prenant x = 0 hors de l'image",
		},
		"check.Conv2D.2": {
			En: "the filter is flipped: in a network's convolution w[u,v] multiplies x[s·i+u−p, s·j+v−p] (no rotation by 180°, unlike signal processing)",
			Fr: "le filtre est retourné : dans la convolution d'un réseau, w[u,v] multiplie x[s·i+u−p, s·j+v−p] (pas de rotation de 180°, contrairement au traitement du signal)",
		},
		"check.Conv2D.3": {
			En: "the bias b is missing: + b at every position",
			Fr: "le biais b manque : + b à chaque position",
		},
		"check.Conv2D.4": {
			En: "the padding is ignored: the window starts p rows and columns before the image, on zeros",
			Fr: "le remplissage (padding) est ignoré : la fenêtre commence p lignes et colonnes avant l'image, sur des zéros",
		},
		"check.Conv2D.5": {
			En: "the stride is ignored: output (i, j) starts at row s·i − p and column s·j − p",
			Fr: "le pas de décalage (stride) est ignoré : la sortie (i, j) commence à la ligne s·i − p et à la colonne s·j − p",
		},
		"check.Conv2D.6": {
			En: "rows and columns of the output are swapped: a[i,j] has i for the rows",
			Fr: "lignes et colonnes de la sortie sont interverties : a[i,j] a i pour les lignes",
		},
		"check.ConvWeightGradient.1": {
			En: "for each u, v: add up δ[i,j] · x[s·i+u−p, s·j+v−p] over every output position (i, j), with x = 0 outside the image; the result is k×k like w",
			Fr: "pour chaque u, v : additionnez δ[i,j] · x[s·i+u−p, s·j+v−p] sur toutes les positions de sortie (i, j), avec x = 0 hors de l'image ; le résultat est k×k comme w",
		},
		"check.ConvWeightGradient.2": {
			En: "the gradient is flipped by 180°: ∂C/∂w[u,v] pairs δ[i,j] with x[s·i+u−p, s·j+v−p], the input w[u,v] multiplied",
			Fr: "le gradient est retourné de 180° : ∂C/∂w[u,v] associe δ[i,j] à x[s·i+u−p, s·j+v−p], l'entrée que w[u,v] a multipliée",
		},
		"check.ConvWeightGradient.3": {
			En: "the gradient is transposed: row u of ∂C/∂w is for the filter's row u",
			Fr: "le gradient est transposé : la ligne u de ∂C/∂w correspond à la ligne u du filtre",
		},
		"check.ConvParams.1": {
			En: "each filter has C·k·k weights (it sees all C channels) and one bias",
			Fr: "chaque filtre a C·k·k poids (il voit les C canaux) et un biais",
		},
		"check.ConvParams.2": {
			En: "the biases are missing: one per filter, F·(C·k·k) + F",
			Fr: "les biais manquent : un par filtre, F·(C·k·k) + F",
		},
		"check.ConvParams.3": {
			En: "each filter sees all C input channels: C·k·k weights, not k·k",
			Fr: "chaque filtre voit les C canaux d'entrée : C·k·k poids, pas k·k",
		},
		"check.ConvParams.4": {
			En: "a filter has k×k weights per channel, not k",
			Fr: "un filtre a k×k poids par canal, pas k",
		},
	})
}

// pkg/check/decision.go
func init() {
	register(map[string]Msg{
		"check.OneHot.1": {
			En: "one row per example and one column per class: a single 1 in row i, in the column of its class, 0 everywhere else",
			Fr: "une ligne par exemple et une colonne par classe : un seul 1 dans la ligne i, dans la colonne de sa classe, 0 partout ailleurs",
		},
		"check.OneHot.2": {
			En: "the matrix is k×N: the lecture's batches have one row per example (N×k)",
			Fr: "la matrice est k×N : les lots du cours ont une ligne par exemple (N×k)",
		},
		"check.OneHot.3": {
			En: "class c goes in column c (Go counts from 0, and so do the labels): the 1 is one column too far left",
			Fr: "la classe c va dans la colonne c (Go compte à partir de 0, les étiquettes aussi) : le 1 est une colonne trop à gauche",
		},
		"check.OneHot.4": {
			En: "class c goes in column c (Go counts from 0, and so do the labels): the 1 is one column too far right",
			Fr: "la classe c va dans la colonne c (Go compte à partir de 0, les étiquettes aussi) : le 1 est une colonne trop à droite",
		},
		"check.Argmax.1": {
			En: "for each row i, the column j of the largest pᵢⱼ; one class per example",
			Fr: "pour chaque ligne i, la colonne j du plus grand pᵢⱼ ; une classe par exemple",
		},
		"check.Argmax.2": {
			En: "that picks the smallest output: the decision is the class of the largest pᵢⱼ",
			Fr: "cela choisit la plus petite sortie : la décision est la classe du plus grand pᵢⱼ",
		},
		"check.Argmax.3": {
			En: "on a tie, keep the first class (a strict >, not ≥)",
			Fr: "en cas d'égalité, gardez la première classe (un > strict, pas ≥)",
		},
		"check.Argmax.4": {
			En: "the classes are numbered from 0, like the columns of P",
			Fr: "les classes sont numérotées à partir de 0, comme les colonnes de P",
		},
		"check.Argmax.5": {
			En: "one decision per example, that is per row of P, not per column",
			Fr: "une décision par exemple, c'est-à-dire par ligne de P, pas par colonne",
		},
		"check.Argmax.6": {
			En: "start the search from the first output pᵢ₀, not from the value 0: outputs may all be negative",
			Fr: "commencez la recherche à la première sortie pᵢ₀, pas à la valeur 0 : les sorties peuvent être toutes négatives",
		},
	})
}

// pkg/check/side.go
func init() {
	register(map[string]Msg{
		"check.Side.2": {
			En: "the unit's activity a = wᵀx + w₀ is positive on the side w points to, negative on the other, 0 on the line",
			Fr: "l'activité du neurone a = wᵀx + w₀ est positive du côté vers lequel pointe w, négative de l'autre, nulle sur la droite",
		},
		"check.Side.3": {
			En: "\"above the line\" (x₂ > slope·x₁ + intercept) is the side w points to only when w₂ > 0: decide with the activity wᵀx + w₀ itself",
			Fr: "« au-dessus de la droite » (x₂ > pente·x₁ + ordonnée à l'origine) n'est le côté vers lequel pointe w que si w₂ > 0 : décidez avec l'activité wᵀx + w₀ elle-même",
		},
		"check.Side.4": {
			En: "the sides are swapped: w points into the half-plane where a = wᵀx + w₀ > 0, the +1 side",
			Fr: "les côtés sont inversés : w pointe vers le demi-plan où a = wᵀx + w₀ > 0, le côté +1",
		},
		"check.Side.5": {
			En: "w₀ is missing: without it every line passes through the origin",
			Fr: "w₀ manque : sans lui, toutes les droites passent par l'origine",
		},
		"check.Side.6": {
			En: "a point on the line (a = 0) is on neither side: return 0 there",
			Fr: "un point de la droite (a = 0) n'est d'aucun côté : renvoyez 0 dans ce cas",
		},
	})
}

// pkg/check/run.go and exercises.go: a []int that differs, a function of the wrong signature
func init() {
	register(map[string]Msg{
		"check.cmp.wrongvalue": {
			En: "wrong value",
			Fr: "valeur fausse",
		},
		"check.sig.task": {
			En: "write %s",
			Fr: "écrire %s",
		},
		"check.sig.input": {
			En: "(the function's signature)",
			Fr: "(la signature de la fonction)",
		},
		"check.sig.hint": {
			En: "%s must be a %T: the grader calls it with those arguments",
			Fr: "%s doit être une %T : le correcteur l'appelle avec ces arguments",
		},
	})
}
