package lang

// The texts of pkg/viz's figures: panel titles, axis labels, legends, keys and headlines.
func init() {
	register(map[string]Msg{
		"viz.activations.sigmoid": {
			En: "sigmoid: g(a) = 1 / (1 + exp(−a))",
			Fr: "sigmoïde : g(a) = 1 / (1 + exp(−a))",
		},
		"viz.activations.tanh": {
			En: "tanh: g(a) = tanh(a)",
			Fr: "tanh : g(a) = tanh(a)",
		},
		"viz.activations.gaussian": {
			En: "Gaussian: g(a) = exp(−a²)",
			Fr: "gaussienne : g(a) = exp(−a²)",
		},
		"viz.activations.relu": {
			En: "ReLU: g(a) = max(0, a)",
			Fr: "ReLU : g(a) = max(0, a)",
		},
		"viz.activations.xlabel": {
			En: "activation a",
			Fr: "activité a",
		},
		"viz.activations.title": {
			En: "g (solid) and its derivative g′ (dashed): where g is flat, g′ ≈ 0",
			Fr: "g (trait plein) et sa dérivée g′ (tirets) : là où g est plate, g′ ≈ 0",
		},
		"viz.halfplane.left": {
			En: "the half-plane a = wᵀx + w₀ > 0",
			Fr: "le demi-plan a = wᵀx + w₀ > 0",
		},
		"viz.halfplane.right": {
			En: "its output %s(a): lines at 0.5, 0.1, 0.9",
			Fr: "sa sortie %s(a) : lignes à 0.5, 0.1, 0.9",
		},
		"viz.halfplane.title": {
			En: "One neuron, w = (%s, %s), w₀ = %s: a line splits the plane in two",
			Fr: "Un neurone, w = (%s, %s), w₀ = %s : une droite coupe le plan en deux",
		},
		"viz.fits.panel": {
			En: "%s: max |F − f| = %s",
			Fr: "%s : max |F − f| = %s",
		},
		"viz.fits.target": {
			En: "target f",
			Fr: "cible f",
		},
		"viz.fits.network": {
			En: "network F",
			Fr: "réseau F",
		},
		"viz.fits.title": {
			En: "F(x) = Σ vᵢ σ(wᵢx + bᵢ) fitted with N = 1, 2, 4, … hidden units: few follow the slow wave, more the ripples",
			Fr: "F(x) = Σ vᵢ σ(wᵢx + bᵢ) ajustée avec N = 1, 2, 4, … neurones cachés : peu suivent l'onde lente, davantage les ondulations",
		},
		"viz.fits.subtitle": {
			En: "dashed: the target f; solid: the network with N sigmoid hidden units and a linear output",
			Fr: "tirets : la cible f ; trait plein : le réseau à N neurones cachés sigmoïdes et une sortie linéaire",
		},
		"viz.approxerr.xlabel": {
			En: "N, hidden units (log scale)",
			Fr: "N, neurones cachés (échelle log)",
		},
		"viz.approxerr.ylabel": {
			En: "error (log scale)",
			Fr: "erreur (échelle log)",
		},
		"viz.approxerr.title": {
			En: "The error of each fit against N: not smaller at every N, tiny once N is large enough",
			Fr: "L'erreur de chaque ajustement en fonction de N : pas plus petite à chaque N, minuscule dès que N est assez grand",
		},
		"viz.bumps.left": {
			En: "σ(w(x − c)): steeper as w grows",
			Fr: "σ(w(x − c)), w croissant",
		},
		"viz.bumps.mid": {
			En: "two steps make a bump",
			Fr: "deux marches font une bosse",
		},
		"viz.bumps.right": {
			En: "bumps add up to f",
			Fr: "leur somme approche f",
		},
		"viz.bumps.title": {
			En: "From steps to bumps to any function",
			Fr: "Des marches aux bosses, des bosses à n'importe quelle fonction",
		},
		"viz.diagram.input": {
			En: "input x",
			Fr: "entrée x",
		},
		"viz.forward.title": {
			En: "Forward propagation: each layer computes its hˡ from the layer before",
			Fr: "Propagation avant : chaque couche calcule son hˡ à partir de la couche précédente",
		},
		"viz.forward.values": {
			En: "outputs hˡ",
			Fr: "sorties hˡ",
		},
		"viz.diagram.key": {
			En: "circles: %s (blue < 0 < orange, value inside); lines: weights, thicker for larger |w|, dashed if w < 0",
			Fr: "cercles : %s (bleu < 0 < orange, valeur à l'intérieur) ; traits : poids, plus épais pour |w| plus grand, en tirets si w < 0",
		},
		"viz.backward.top": {
			En: "forward: outputs hˡ (left to right)",
			Fr: "passe avant : sorties hˡ (de gauche à droite)",
		},
		"viz.backward.bottom": {
			En: "backward: errors δˡ = ∂C/∂aˡ (right to left)",
			Fr: "passe arrière : erreurs δˡ = ∂C/∂aˡ (de droite à gauche)",
		},
		"viz.backward.title": {
			En: "Backpropagation: the errors δˡ flow back through the same weights",
			Fr: "Rétropropagation : les erreurs δˡ remontent par les mêmes poids",
		},
		"viz.backward.values": {
			En: "values",
			Fr: "valeurs",
		},
		"viz.losses.left": {
			En: "the loss C as a function of p",
			Fr: "la perte C en fonction de p",
		},
		"viz.losses.leftx": {
			En: "p = probability given to the right class",
			Fr: "p = probabilité donnée à la bonne classe",
		},
		"viz.losses.ce": {
			En: "cross-entropy −log p",
			Fr: "entropie croisée −log p",
		},
		"viz.losses.mse": {
			En: "squared error 2(1 − p)²",
			Fr: "erreur quadratique 2(1 − p)²",
		},
		"viz.losses.right": {
			En: "the gradient ∂C/∂a that learning follows",
			Fr: "le gradient ∂C/∂a que suit l'apprentissage",
		},
		"viz.losses.rightx": {
			En: "activity a (p = sigmoid(a))",
			Fr: "activité a (p = sigmoïde(a))",
		},
		"viz.losses.dce": {
			En: "cross-entropy: p − 1",
			Fr: "entropie croisée : p − 1",
		},
		"viz.losses.dmse": {
			En: "squared error: −4p(1 − p)²",
			Fr: "erreur quadratique : −4p(1 − p)²",
		},
		"viz.losses.wrong": {
			En: "confidently wrong",
			Fr: "faux avec assurance",
		},
		"viz.losses.title": {
			En: "When wrong, cross-entropy keeps a large gradient; the squared error’s vanishes",
			Fr: "Quand la sortie est fausse, l'entropie croisée garde un grand gradient ; celui de l'erreur quadratique s'annule",
		},
		"viz.weights.title": {
			En: "What the first hidden units look for: one image of weights per unit",
			Fr: "Ce que cherchent les premiers neurones cachés : une image de poids par neurone",
		},
		"viz.weights.subtitle": {
			En: "unit i's weights wᵢ from the %d×%d pixels; white > 0, black < 0, grey 0",
			Fr: "les poids wᵢ du neurone i depuis les %d×%d pixels ; blanc > 0, noir < 0, gris 0",
		},
		"viz.confusion.x": {
			En: "predicted class",
			Fr: "classe prédite",
		},
		"viz.confusion.y": {
			En: "true class",
			Fr: "vraie classe",
		},
		"viz.confusion.title": {
			En: "Confusion matrix, %d of %d right (%.1f%%): off the diagonal, the mistakes",
			Fr: "Matrice de confusion, %d justes sur %d (%.1f %%) : hors de la diagonale, les erreurs",
		},
		"viz.confusion.subtitle": {
			En: "row: the true digit; column: the network's answer; blue: right, orange: wrong, darker: more often",
			Fr: "ligne : le vrai chiffre ; colonne : la réponse du réseau ; bleu : juste, orange : faux, plus foncé : plus souvent",
		},
		"viz.curves.cost": {
			En: "cost",
			Fr: "coût",
		},
		"viz.epoch": {
			En: "epoch",
			Fr: "époque",
		},
		"viz.costC": {
			En: "cost C(w)",
			Fr: "coût C(w)",
		},
		"viz.curves.accuracy": {
			En: "accuracy",
			Fr: "taux de bonne classification",
		},
		"viz.curves.accuracyy": {
			En: "fraction classified right",
			Fr: "fraction bien classée",
		},
		"viz.curves.title": {
			En: "Learning curves: training and test set, epoch after epoch",
			Fr: "Courbes d'apprentissage : ensembles d'apprentissage et de test, époque après époque",
		},
		"viz.minimum": {
			En: "minimum",
			Fr: "minimum",
		},
		"viz.regimes.title": {
			En: "Four learning rates on the same quadratic: too small, optimal, too large, far too large",
			Fr: "Quatre pas d'apprentissage sur la même quadratique : trop petit, optimal, trop grand, bien trop grand",
		},
		"viz.step": {
			En: "step",
			Fr: "itération",
		},
		"viz.errorC": {
			En: "error C(w)",
			Fr: "erreur C(w)",
		},
		"viz.costcurves.left": {
			En: "cost per epoch",
			Fr: "coût par époque",
		},
		"viz.costcurves.right": {
			En: "cost per gradient evaluation",
			Fr: "coût par évaluation du gradient",
		},
		"viz.costcurves.rightx": {
			En: "examples whose gradient was computed",
			Fr: "exemples dont le gradient a été calculé",
		},
		"viz.representations.projected": {
			En: ", projected",
			Fr: ", projetée",
		},
		"viz.representations.panel": {
			En: "%s(x), %d units%s",
			Fr: "%s(x), %d neurones%s",
		},
		"viz.representations.title": {
			En: "The same points as each layer represents them: the classes come apart",
			Fr: "Les mêmes points tels que chaque couche les représente : les classes se séparent",
		},
		"viz.representations.subtitle": {
			En: "network %v; each hidden layer computes a new representation hˡ(x) from the one before; a layer wider than 2 is projected on its first two principal components",
			Fr: "réseau %v ; chaque couche cachée calcule une nouvelle représentation hˡ(x) à partir de la précédente ; une couche de plus de 2 neurones est projetée sur ses deux premières composantes principales",
		},
		"viz.regions.subtitle": {
			En: "network %v: each shade is the class it decides there, the black line the boundary",
			Fr: "réseau %v : chaque teinte est la classe qu'il décide à cet endroit, le trait noir la frontière",
		},
		"viz.compare.panel": {
			En: "%s\n%d parameters, %d/%d right",
			Fr: "%s\n%d paramètres, %d/%d justes",
		},
		"viz.hidden.left": {
			En: "each hidden unit: a line, a side",
			Fr: "chaque neurone caché : une droite, un côté",
		},
		"viz.hidden.right": {
			En: "together: the region they carve",
			Fr: "ensemble : la région qu'ils découpent",
		},
		"viz.hidden.unit": {
			En: "unit %d",
			Fr: "neurone %d",
		},
		"viz.hidden.title": {
			En: "Hidden units divide the plane; together they isolate a complex area",
			Fr: "Les neurones cachés divisent le plan ; ensemble, ils isolent une zone complexe",
		},
		"viz.hidden.subtitle": {
			En: "left: arrows point to the side where unit i's activity wᵢᵀx + bᵢ is positive; right: the network's decision (shaded)",
			Fr: "à gauche : les flèches pointent du côté où l'activité wᵢᵀx + bᵢ du neurone i est positive ; à droite : la décision du réseau (en grisé)",
		},
		"viz.init.normal": {
			En: "normal, σ = %g",
			Fr: "normale, σ = %g",
		},
		"viz.init.uniform": {
			En: "uniform ±%g",
			Fr: "uniforme ±%g",
		},
		"viz.init.title": {
			En: "Outputs hˡ of each %s layer at initialisation: neither vanishing nor saturating?",
			Fr: "Sorties hˡ de chaque couche %s à l'initialisation : ni évanescentes ni saturées ?",
		},
		"viz.init.subtitle": {
			En: "bar heights: the share of a layer's outputs hˡ (%d inputs × its units) in each of %d bins; 1 = all of them",
			Fr: "hauteur des barres : la part des sorties hˡ d'une couche (%d entrées × ses neurones) dans chacun des %d intervalles ; 1 = toutes",
		},
		"viz.init.layer": {
			En: "layer %d: %s",
			Fr: "couche %d : %s",
		},
		"viz.schedules.left": {
			En: "learning rate η at step t (log scale)",
			Fr: "pas η à l'itération t (échelle log)",
		},
		"viz.schedules.leftx": {
			En: "step t",
			Fr: "itération t",
		},
		"viz.class": {
			En: "class %d",
			Fr: "classe %d",
		},
		"viz.graph.value": {
			En: "value %s",
			Fr: "valeur %s",
		},
	})
}
