package lang

// The captions of the figures lessons 09, 10 and 12 gained for issue 19
// (Efficient BackProp's tricks, distributed representations, the feature
// hierarchy); their titles, drawn by pkg/viz, are in English.
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
	})
}
