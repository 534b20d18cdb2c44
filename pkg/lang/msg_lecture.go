package lang

// The captions of the figures lessons 09, 10 and 12 gained for issue 19
// (Efficient BackProp's tricks, distributed representations, the feature
// hierarchy), and their titles, labels and series.
func init() {
	register(map[string]Msg{
		"fig.09.normalisation": {
			En: "Input normalisation (LeCun's Efficient BackProp, §4.3). A linear neuron o = w·x + b, its cost C(w, b) a quadratic bowl with Hessian H = (2/N)[Σx² Σx; Σx N]. Raw inputs in [0, 1] all have the same sign: H couples w to b and the bowl is a long tilted valley, κ ≈ 20, and gradient descent at its fastest constant rate zig-zags. Centred, the valley's axes are w and b (H is diagonal) but still of different lengths; centred and scaled, H = 2I, the bowl is round and one step reaches the minimum.",
			Fr: "Normalisation des entrées (Efficient BackProp de LeCun, §4.3). Un neurone linéaire o = w·x + b, dont le coût C(w, b) est un bol quadratique de hessienne H = (2/N)[Σx² Σx; Σx N]. Les entrées brutes, dans [0, 1], ont toutes le même signe : H couple w à b, le bol est une longue vallée inclinée, κ ≈ 20, et la descente de gradient à son pas constant le plus rapide zigzague. Centrées, les axes de la vallée sont w et b (H est diagonale) mais de longueurs différentes ; centrées et réduites, H = 2I, le bol est rond et un seul pas atteint le minimum.",
		},
		"fig.09.momentum": {
			En: "Gradient descent with momentum, v ← μv − η∂C/∂w, w ← w + v, against plain gradient descent, on lesson 05's linear network (its cost a long valley, κ = λmax/λmin ≈ 20), each with its best constants. Plain steps shrink the slow direction by (κ − 1)/(κ + 1) ≈ 0.90 per step; with momentum the velocity builds up along the valley and every direction shrinks by (√κ − 1)/(√κ + 1) ≈ 0.63: the ball overshoots and swings back (the cost first rises), and it ends far closer after 20 steps.",
			Fr: "La descente de gradient avec inertie (momentum), v ← μv − η∂C/∂w, w ← w + v, contre la descente de gradient simple, sur le réseau linéaire de la leçon 05 (son coût est une longue vallée, κ = λmax/λmin ≈ 20), chacune avec ses meilleures constantes. Sans inertie, chaque pas réduit la direction lente d'un facteur (κ − 1)/(κ + 1) ≈ 0.90 ; avec inertie, la vitesse s'accumule le long de la vallée et chaque direction est réduite d'un facteur (√κ − 1)/(√κ + 1) ≈ 0.63 : la bille dépasse le minimum et revient (le coût monte d'abord), et finit bien plus près après 20 pas.",
		},
		"fig.09.vanishing-gradient": {
			En: "The speed of learning of each hidden layer, ‖∂F/∂bˡ‖ (Nielsen's measure, chapter 5), of a 784-30-30-30-30-10 network trained on 500 MNIST images. With sigmoid units each layer down learns about four times slower than the one above: backpropagation multiplies δ by wᵀ and by g′(a) ≤ ¼ at every layer. With ReLU units (g′ = 1 where active) and He's weights the four layers learn at about the same speed, and the network learns far more in the same epochs.",
			Fr: "La vitesse d'apprentissage de chaque couche cachée, ‖∂F/∂bˡ‖ (la mesure de Nielsen, chapitre 5), d'un réseau 784-30-30-30-30-10 entraîné sur 500 images de MNIST. Avec des unités sigmoïdes, chaque couche apprend environ quatre fois plus lentement que celle du dessus : la rétropropagation multiplie δ par wᵀ et par g′(a) ≤ ¼ à chaque couche. Avec des unités ReLU (g′ = 1 là où elles sont actives) et les poids de He, les quatre couches apprennent à peu près à la même vitesse, et le réseau apprend bien plus dans le même nombre d'époques.",
		},

		"fig.10.region-counts": {
			En: "How many regions of its input a layer of k units can tell apart. A local code gives each region a unit of its own: k regions. A distributed code names a region by the pattern of all k units, one bit per hyperplane: k hyperplanes in general position cut a space of d dimensions into R(k, d) = C(k, 0) + … + C(k, d) regions, 1 + k + k(k−1)/2 in the plane (lesson 10's 3 lines: 7 regions) and all 2ᵏ codes once d ≥ k. The count grows like kᵈ, exponentially while k ≤ d.",
			Fr: "Combien de régions de son entrée une couche de k unités sait distinguer. Un code local donne à chaque région une unité à elle : k régions. Un code distribué nomme une région par le motif des k unités, un bit par hyperplan : k hyperplans en position générale découpent un espace de dimension d en R(k, d) = C(k, 0) + … + C(k, d) régions, 1 + k + k(k−1)/2 dans le plan (les 3 droites de la leçon 10 : 7 régions), et tous les 2ᵏ codes dès que d ≥ k. Le nombre croît comme kᵈ, exponentiellement tant que k ≤ d.",
		},
		"fig.12.unit-accuracy": {
			En: "What each unit of lesson 12's 2-16-16-2-2 tanh network knows by itself about the two spirals: the share of the points one unit sorts right with its best threshold, units sorted from the best. The units of h¹ are half-planes, each cutting both arms: shared, low-level features, none much better than chance alone. Those of h² follow pieces of an arm. Those of h³ each answer \"which arm?\" for the whole spiral: global and invariant, high-level features.",
			Fr: "Ce que chaque unité du réseau tanh 2-16-16-2-2 de la leçon 12 sait à elle seule des deux spirales : la part des points qu'une unité classe bien avec son meilleur seuil, unités triées de la meilleure à la pire. Les unités de h¹ sont des demi-plans qui coupent chacun les deux bras : des caractéristiques partagées, de bas niveau, aucune bien meilleure que le hasard à elle seule. Celles de h² suivent des morceaux d'un bras. Celles de h³ répondent chacune à « quel bras ? » pour toute la spirale : globales et invariantes, des caractéristiques de haut niveau.",
		},
		"fig.09.norm.raw": {
			En: "raw: x in [0, 1]",
			Fr: "brutes : x dans [0, 1]",
		},
		"fig.09.norm.centred": {
			En: "centred: x − m",
			Fr: "centrées : x − m",
		},
		"fig.09.norm.scaled": {
			En: "and scaled: (x − m)/s",
			Fr: "et réduites : (x − m)/s",
		},
		"fig.09.norm.steps": {
			En: "%d steps at η = 2/(λ_{min} + λ_{max})",
			Fr: "%d pas à η = 2/(λ_{min} + λ_{max})",
		},
		"fig.09.norm.title": {
			En: "Normalising the inputs makes the cost's bowl round: the same number of steps goes much further",
			Fr: "Normaliser les entrées arrondit le bol du coût : le même nombre de pas va bien plus loin",
		},
		"fig.09.norm.w": {
			En: "w (the weight)",
			Fr: "w (le poids)",
		},
		"fig.09.norm.b": {
			En: "b (the bias)",
			Fr: "b (le biais)",
		},
		"fig.09.norm.subtitle": {
			En: "a linear neuron o = w·x + b fitted to y = x² + noise at 100 points; level curves of C(w, b); κ = λ_{max}/λ_{min} of its Hessian",
			Fr: "un neurone linéaire o = w·x + b ajusté à y = x² + bruit en 100 points ; lignes de niveau de C(w, b) ; κ = λ_{max}/λ_{min} de sa hessienne",
		},
		"fig.09.mom.plain": {
			En: "plain: η = %s",
			Fr: "simple : η = %s",
		},
		"fig.09.mom.heavy": {
			En: "momentum: η = %s, μ = %s",
			Fr: "inertie : η = %s, μ = %s",
		},
		"fig.09.mom.title": {
			En: "Momentum on LeCun's valley (κ = %.3g): the steps along the valley add up",
			Fr: "L'inertie dans la vallée de LeCun (κ = %.3g) : les pas le long de la vallée s'additionnent",
		},
		"fig.09.mom.panel": {
			En: "%d steps from the same start",
			Fr: "%d pas depuis le même départ",
		},
		"fig.09.mom.excess": {
			En: "C(w) − C(w*) (log scale)",
			Fr: "C(w) − C(w*) (échelle log)",
		},
		"fig.09.mom.subtitle": {
			En: "each with its best constants: plain η = 2/(λ_{min} + λ_{max}); Polyak's η = 4/(√λ_{max} + √λ_{min})², μ = ((√κ − 1)/(√κ + 1))²",
			Fr: "chacune avec ses meilleures constantes : simple η = 2/(λ_{min} + λ_{max}) ; Polyak η = 4/(√λ_{max} + √λ_{min})², μ = ((√κ − 1)/(√κ + 1))²",
		},
		"fig.09.van.sigmoid": {En: "sigmoid, Xavier", Fr: "sigmoïde, Xavier"},
		"fig.09.van.relu":    {En: "ReLU, He", Fr: "ReLU, He"},
		"fig.09.van.panel": {
			En: "%s: C = %.2g at the end\nlayer 4 / layer 1: %.2g",
			Fr: "%s : C = %.2g à la fin\ncouche 4 / couche 1 : %.2g",
		},
		"fig.09.van.y": {
			En: "‖∂F/∂bˡ‖ on the 500 images (log scale)",
			Fr: "‖∂F/∂bˡ‖ sur les 500 images (échelle log)",
		},
		"fig.09.van.title": {
			En: "The vanishing gradient: in a deep sigmoid network the first layers learn many times slower",
			Fr: "L'évanescence du gradient : dans un réseau sigmoïde profond, les premières couches apprennent bien plus lentement",
		},
		"fig.09.van.subtitle": {
			En: "784-30-30-30-30-10 on %d MNIST images, softmax and cross-entropy, minibatches of 10, η = 0.1 (Nielsen, ch. 5); measured before training and after each epoch",
			Fr: "784-30-30-30-30-10 sur %d images de MNIST, softmax et entropie croisée, mini-lots de 10, η = 0.1 (Nielsen, chap. 5) ; mesuré avant l'entraînement et après chaque époque",
		},
		"fig.10.rc.local": {
			En: "local code: k units name k regions",
			Fr: "code local : k unités nomment k régions",
		},
		"fig.10.rc.dist": {
			En: "distributed, inputs of d = %d",
			Fr: "distribué, entrées de dimension d = %d",
		},
		"fig.10.rc.x": {
			En: "k, the units of the layer",
			Fr: "k, les unités de la couche",
		},
		"fig.10.rc.y": {
			En: "regions it can tell apart (log scale)",
			Fr: "régions qu'elle sait distinguer (échelle log)",
		},
		"fig.10.rc.title": {
			En: "A distributed code of k units names exponentially many regions; a local code, k",
			Fr: "Un code distribué de k unités nomme un nombre exponentiel de régions ; un code local, k",
		},
		"fig.10.rc.subtitle": {
			En: "R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d), the regions k hyperplanes in general position cut d dimensions into: 7 for lesson 10's 3 lines, 211 for 20",
			Fr: "R(k, d) = C(k, 0) + C(k, 1) + … + C(k, d), les régions en lesquelles k hyperplans en position générale découpent d dimensions : 7 pour les 3 droites de la leçon 10, 211 pour 20",
		},
		"fig.12.ua.units": {
			En: "units of h%s (%d)",
			Fr: "unités de h%s (%d)",
		},
		"fig.12.ua.x": {
			En: "the units of the layer, from the best alone to the worst",
			Fr: "les unités de la couche, de la meilleure seule à la pire",
		},
		"fig.12.ua.y": {
			En: "points one unit alone sorts right (%)",
			Fr: "points qu'une unité seule classe bien (%)",
		},
		"fig.12.ua.title": {
			En: "The feature hierarchy: low units are shared features, high units answer the question",
			Fr: "La hiérarchie de caractéristiques : les unités basses sont des caractéristiques partagées, les hautes répondent à la question",
		},
		"fig.12.ua.subtitle": {
			En: "2-16-16-2-2 tanh network on the two spirals (lesson 12); each unit as a classifier by itself, its best threshold; best unit: %s",
			Fr: "réseau tanh 2-16-16-2-2 sur les deux spirales (leçon 12) ; chaque unité comme classifieur à elle seule, avec son meilleur seuil ; meilleure unité : %s",
		},
		"fig.10.rc.all": {
			En: "distributed, d ≥ k: 2ᵏ",
			Fr: "distribué, d ≥ k : 2ᵏ",
		},
	})
}
