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
