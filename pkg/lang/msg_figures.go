package lang

// The texts of pkg/figures: the catalogue's captions (the lesson sheets print them under each figure) and the titles, series and labels its figures pass to pkg/viz.
func init() {
	register(map[string]Msg{
		"fig.01.activations": {
			En: "The lecture's four non-linearities g and their derivatives g′. Sigmoid and tanh saturate: for large |a| their slope g′ is almost 0, so a neuron there learns slowly. The Gaussian responds only near a = 0. ReLU has slope 1 for every a > 0 and 0 below.",
			Fr: "Les quatre non-linéarités g du cours et leurs dérivées g′. La sigmoïde et tanh saturent : pour |a| grand, leur pente g′ est presque nulle, et un neurone qui s'y trouve apprend lentement. La gaussienne ne répond que près de a = 0. ReLU a une pente de 1 pour tout a > 0 et de 0 en dessous.",
		},
		"fig.01.half-plane": {
			En: "One neuron with two inputs computes a = w₁x₁ + w₂x₂ + w₀. The line a = 0 splits the plane: on the side w points to, a > 0. Through the sigmoid, the output is 0.5 on the line and moves to 0 or 1 away from it.",
			Fr: "Un neurone à deux entrées calcule a = w₁x₁ + w₂x₂ + w₀. La droite a = 0 coupe le plan en deux : du côté où pointe w, a > 0. À travers la sigmoïde, la sortie vaut 0.5 sur la droite et tend vers 0 ou 1 en s'en éloignant.",
		},
		"fig.02.forward-diagram": {
			En: "The 2-3-2 network of the step-throughs (sigmoid units, Xavier weights) propagating its example x = (0.5, −1). Each circle is a neuron, coloured and labelled with its output hˡ; each line a weight. Follow one neuron: it sums the outputs of the layer before, weighted, adds its bias and applies g.",
			Fr: "Le réseau 2-3-2 des pas à pas (neurones sigmoïdes, poids de Xavier) qui propage son exemple x = (0.5, −1). Chaque cercle est un neurone, coloré et étiqueté par sa sortie hˡ ; chaque trait un poids. Suivez un neurone : il somme les sorties de la couche précédente, pondérées, ajoute son biais et applique g.",
		},
		"fig.03.mse-vs-cross-entropy": {
			En: "The loss of one example of two classes whose target is the first class, y = (1, 0), as a function of the probability p the network gives to that class. Cross-entropy −log p grows without bound as p → 0, so a confidently wrong output gets a large gradient; the squared error stays below 2.",
			Fr: "La perte d'un exemple à deux classes dont la cible est la première classe, y = (1, 0), en fonction de la probabilité p que le réseau donne à cette classe. L'entropie croisée −log p croît sans borne quand p → 0 : une sortie fausse avec assurance reçoit un grand gradient ; l'erreur quadratique reste sous 2.",
		},
		"fig.03.decision-regions": {
			En: "A 2-16-2 network (tanh hidden units, softmax output, cross-entropy) trained on two interleaved moons. Each shade is the class c = argmax p it decides there; the black line is the boundary. No single line could separate the moons: the hidden layer bends the boundary.",
			Fr: "Un réseau 2-16-2 (neurones cachés tanh, sortie softmax, entropie croisée) entraîné sur deux lunes entrelacées. Chaque teinte est la classe c = argmax p qu'il décide à cet endroit ; le trait noir est la frontière. Aucune droite seule ne séparerait les lunes : la couche cachée courbe la frontière.",
		},
		"fig.04.cost-surface": {
			En: "Level curves of the cost C(w) of a linear neuron with two weights (LeCun's two-class problem), and 50 steps of batch gradient descent from the same start, with the same η. Each step goes down the slope, across the level curves. Left: the valley is long and flat, and 50 steps do not reach the minimum (+). Right: adding λ‖w‖² moves the minimum towards w = 0 (smaller weights) and rounds the bowl.",
			Fr: "Lignes de niveau du coût C(w) d'un neurone linéaire à deux poids (le problème à deux classes de LeCun), et 50 itérations de descente de gradient totale depuis le même départ, avec le même η. Chaque itération descend la pente, à travers les lignes de niveau. À gauche : la vallée est longue et plate, et 50 itérations n'atteignent pas le minimum (+). À droite : ajouter λ‖w‖² rapproche le minimum de w = 0 (des poids plus petits) et arrondit la cuvette.",
		},
		"fig.05.lecun-trajectories": {
			En: "LeCun et al.'s simple linear network trained with η = 1.5 and η = 2.5. Top: the weights step by step over the level curves of the error; bottom: the error. η = 1.5 is above η_{opt}: the weights zig-zag across the valley, then creep along its flat floor: after the 20 steps drawn they are still short of the minimum (+), which they approach only at the slow rate of the flat direction. η = 2.5 is above 2η_{opt}: each step overshoots more and the error explodes.",
			Fr: "Le réseau linéaire simple de LeCun et al. entraîné avec η = 1.5 et η = 2.5. En haut : les poids, itération après itération, sur les lignes de niveau de l'erreur ; en bas : l'erreur. η = 1.5 est au-dessus de η_{opt} : les poids zigzaguent d'un bord à l'autre de la vallée, puis rampent le long de son fond plat : après les 20 itérations tracées, ils n'ont pas encore atteint le minimum (+), dont ils ne s'approchent qu'à la vitesse lente de la direction plate. η = 2.5 est au-dessus de 2η_{opt} : chaque pas dépasse davantage et l'erreur explose.",
		},
		"fig.05.regimes": {
			En: "Gradient descent on C(w) = ½w² (η_{opt} = 1) from w = 2, for four learning rates. Below η_{opt} it creeps down one side; at η_{opt} it lands on the minimum in one step; between η_{opt} and 2η_{opt} it jumps across and back, closer each time; above 2η_{opt} each jump lands higher: divergence.",
			Fr: "Descente de gradient sur C(w) = ½w² (η_{opt} = 1) depuis w = 2, pour quatre pas d'apprentissage. Sous η_{opt}, elle descend lentement d'un côté ; à η_{opt}, elle atteint le minimum en une itération ; entre η_{opt} et 2η_{opt}, elle saute d'un côté à l'autre, plus près à chaque fois ; au-dessus de 2η_{opt}, chaque saut retombe plus haut : divergence.",
		},
		"fig.06.batch-stochastic-minibatch": {
			En: "A 2-8-2 network trained on 200 points of the two moons with the same η = 0.1, by batch gradient descent (all 200 examples per step), minibatches of 10 and single examples. Left, per epoch (one pass over the data): the stochastic and minibatch versions make 200 and 20 steps per epoch, batch only one. Right, per gradient evaluation on a log scale: batch has not moved before its 200th evaluation.",
			Fr: "Un réseau 2-8-2 entraîné sur 200 points des deux lunes avec le même η = 0.1, par descente de gradient totale (les 200 exemples à chaque itération), par mini-lots de 10 et exemple par exemple. À gauche, par époque (un passage sur les données) : les versions stochastique et par mini-lots font 200 et 20 itérations par époque, la version totale une seule. À droite, par évaluation du gradient, en échelle log : la version totale n'a pas bougé avant sa 200e évaluation.",
		},
		"fig.07.computation-graph": {
			En: "The slide's z = 2f(x + 3y) + 6g(5x)h(y) as a computation graph, evaluated forward at one point. Each arrow carries a local derivative; each box its value and, from the backward pass, ∂z/∂(node). The chain rule: ∂z/∂x adds, over the two paths from x to z, the products of the derivatives along them.",
			Fr: "Le z = 2f(x + 3y) + 6g(5x)h(y) du transparent comme graphe de calcul, évalué en un point par la passe avant. Chaque flèche porte une dérivée locale ; chaque boîte sa valeur et, d'après la passe arrière, ∂z/∂(nœud). La règle de dérivation en chaîne : ∂z/∂x additionne, sur les deux chemins de x à z, les produits des dérivées le long de chacun.",
		},
		"fig.08.backward-diagram": {
			En: "The step-through network again, for its example x with target y and the squared error C = ‖o − y‖². Top: the forward pass (hˡ). Bottom: the backward pass, δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ) at the output, then each δˡ from the layer above through the same weights, against the forward arrows. The gradient of a weight is the δ where its backward arrow starts (bottom) times the h of the neuron it points to (top).",
			Fr: "Le réseau du pas à pas à nouveau, pour son exemple x de cible y et l'erreur quadratique C = ‖o − y‖². En haut : la passe avant (hˡ). En bas : la passe arrière, δᵢᴸ = 2(oᵢ − yᵢ) g′(aᵢᴸ) en sortie, puis chaque δˡ depuis la couche du dessus par les mêmes poids, à contre-sens des flèches de la passe avant. Le gradient d'un poids est le δ d'où part sa flèche arrière (en bas) fois le h du neurone vers lequel elle pointe (en haut).",
		},
		"fig.08.gradient-check": {
			En: "The largest relative error, over all weights, between backpropagation and two numerical slopes, for ε from 0.1 down to 1e−12. The central difference D(ε) = (C(w + ε) − C(w − ε)) / 2ε improves as ε² (two decades per decade of ε) until rounding errors in C(w ± ε) grow, near ε = 1e−5; Richardson's (4D(ε) − D(2ε))/3, which backprop.Check uses, improves as ε⁴ and is best near ε = 1e−3. Both agree with backpropagation to many digits: the gradient is right.",
			Fr: "La plus grande erreur relative, sur tous les poids, entre la rétropropagation et deux pentes numériques, pour ε de 0.1 à 1e−12. La différence centrée D(ε) = (C(w + ε) − C(w − ε)) / 2ε s'améliore comme ε² (deux décades par décade de ε) jusqu'à ce que les erreurs d'arrondi dans C(w ± ε) prennent le dessus, vers ε = 1e−5 ; celle de Richardson, (4D(ε) − D(2ε))/3, qu'utilise backprop.Check, s'améliore comme ε⁴ et est la meilleure vers ε = 1e−3. Les deux s'accordent avec la rétropropagation sur de nombreux chiffres : le gradient est juste.",
		},
		"fig.09.init-histograms": {
			En: "Histograms of the outputs hˡ of each tanh layer of a 5-layer network for 1000 random inputs, for three initialisations. With small weights the activity shrinks layer after layer; with large ones every unit saturates at ±1; Xavier keeps the spread about the same in every layer.",
			Fr: "Histogrammes des sorties hˡ de chaque couche tanh d'un réseau à 5 couches pour 1000 entrées aléatoires, pour trois initialisations. Avec de petits poids, l'activité se réduit de couche en couche ; avec de grands, chaque neurone sature à ±1 ; Xavier garde à peu près la même dispersion dans chaque couche.",
		},
		"fig.11.fits": {
			En: "One hidden layer of N sigmoid units and a linear output, F(x) = Σ vᵢ σ(wᵢx + bᵢ) + c, fitted to f(x) = sin(2πx) + 0.3 sin(10πx) (least squares for v, then 300 gradient steps). One unit makes one smooth step; a few follow the slow wave; the ripples need more units. The largest error need not fall at every N (the fit minimises the mean squared error, from a random start), but with 16 units it is tiny.",
			Fr: "Une couche cachée de N neurones sigmoïdes et une sortie linéaire, F(x) = Σ vᵢ σ(wᵢx + bᵢ) + c, ajustée à f(x) = sin(2πx) + 0.3 sin(10πx) (moindres carrés pour v, puis 300 itérations de gradient). Un neurone fait une marche douce ; quelques-uns suivent l'onde lente ; les ondulations en demandent davantage. La plus grande erreur ne baisse pas forcément à chaque N (l'ajustement minimise l'erreur quadratique moyenne, depuis un départ aléatoire), mais avec 16 neurones elle est minuscule.",
		},
		"fig.11.error-vs-n": {
			En: "The error of the fits above against N, on logarithmic axes: Cybenko's theorem says it can be made as small as we like with N large enough. It says nothing about how large, nor how to find the weights.",
			Fr: "L'erreur des ajustements ci-dessus en fonction de N, en axes logarithmiques : le théorème de Cybenko dit qu'on peut la rendre aussi petite qu'on veut avec N assez grand. Il ne dit ni combien, ni comment trouver les poids.",
		},
		"fig.11.steps-to-bumps": {
			En: "Why the theorem holds in one dimension. A sigmoid with a large weight w is a step (left). Two steps subtracted make a bump (middle). Ten bumps, each as high as f at the centre of its cell, add up to f (right): with narrower cells, as close as we like, with 2 units per bump.",
			Fr: "Pourquoi le théorème est vrai en dimension un. Une sigmoïde de grand poids w est une marche (à gauche). Deux marches soustraites font une bosse (au milieu). Dix bosses, chacune aussi haute que f au centre de sa cellule, s'additionnent en f (à droite) : avec des cellules plus étroites, aussi près qu'on veut, avec 2 neurones par bosse.",
		},
		"fig.10.hidden-units": {
			En: "A 2-3-1 network with sigmoid units and hand-set weights. Each hidden unit draws one line across the plane and is active on one side of it. The output unit fires only where all three are active: together, three half-planes carve out a triangle that no single neuron could.",
			Fr: "Un réseau 2-3-1 à neurones sigmoïdes et poids fixés à la main. Chaque neurone caché trace une droite à travers le plan et est actif d'un côté. Le neurone de sortie ne s'active que là où les trois sont actifs : ensemble, trois demi-plans découpent un triangle qu'aucun neurone seul ne pourrait isoler.",
		},
		"fig.12.representations": {
			En: "A deep network 2-16-16-2-2 (tanh) trained on two spirals, and the same 300 points as each layer represents them: the input x, then h¹(x), h²(x) (16 units each, projected on their two principal components) and h³(x) (2 units). Tangled in x, the arms come apart layer after layer until a line separates them for the output layer.",
			Fr: "Un réseau profond 2-16-16-2-2 (tanh) entraîné sur deux spirales, et les mêmes 300 points tels que chaque couche les représente : l'entrée x, puis h¹(x), h²(x) (16 neurones chacune, projetées sur leurs deux composantes principales) et h³(x) (2 neurones). Emmêlés dans x, les bras se séparent de couche en couche jusqu'à ce qu'une droite les sépare pour la couche de sortie.",
		},
		"fig.12.spirals-regions": {
			En: "The decision regions of the same deep network on the two spirals: the boundary winds between the arms.",
			Fr: "Les régions de décision du même réseau profond sur les deux spirales : la frontière serpente entre les bras.",
		},
		"fig.12.depth-vs-width": {
			En: "Two networks with the same number of parameters (272 weights and biases), trained the same way (400 epochs of minibatches of 10, η = 0.1) on the two spirals: one hidden layer of 54 units against three of 10. The share of points classified right is in each title: compare the regions each could carve.",
			Fr: "Deux réseaux avec le même nombre de paramètres (272 poids et biais), entraînés de la même façon (400 époques de mini-lots de 10, η = 0.1) sur les deux spirales : une couche cachée de 54 neurones contre trois de 10. La part des points bien classés est dans chaque titre : comparez les régions que chacun sait découper.",
		},
		"fig.13.first-layer-weights": {
			En: "The weights of 16 hidden units of that network, each drawn as a 28×28 image: the pattern of ink that excites the unit (white) or inhibits it (black). Some look like strokes or parts of digits.",
			Fr: "Les poids de 16 neurones cachés de ce réseau, chacun dessiné comme une image 28×28 : le motif d'encre qui excite le neurone (blanc) ou l'inhibe (noir). Certains ressemblent à des traits ou à des morceaux de chiffres.",
		},
		"fig.13.confusion-matrix": {
			En: "For the test digits: how often each true digit (row) got each answer (column). The diagonal holds the right answers; the largest off-diagonal cells are the digits the network confuses.",
			Fr: "Pour les chiffres de test : combien de fois chaque vrai chiffre (ligne) a reçu chaque réponse (colonne). La diagonale porte les bonnes réponses ; les plus grandes cases hors diagonale sont les chiffres que le réseau confond.",
		},
		"fig.00.timeline": {
			En: "The lecture's key dates. Backpropagation (lessons 07–08) and convolutional networks (lesson 14) come first; the 2012 ImageNet win of a deep convolutional network made deep learning the default for vision.",
			Fr: "Les dates clés du cours. La rétropropagation (leçons 07–08) et les réseaux convolutifs (leçon 14) viennent d'abord ; la victoire à ImageNet en 2012 d'un réseau convolutif profond a fait de l'apprentissage profond la méthode par défaut en vision.",
		},
		"fig.00.pipeline": {
			En: "Machine learning against deep learning. Grey stages are designed by hand, blue ones learnt from data. In deep learning every stage between the input and the output is learnt, jointly, by gradient descent on one cost, each computing a new representation of the one before (h¹, h², h³).",
			Fr: "Apprentissage automatique contre apprentissage profond. Les étapes grises sont conçues à la main, les bleues apprises à partir des données. En apprentissage profond, chaque étape entre l'entrée et la sortie est apprise, conjointement, par descente de gradient sur un seul coût, chacune calculant une nouvelle représentation de la précédente (h¹, h², h³).",
		},
		"fig.14.filters": {
			En: "The 8 filters of the first layer of lesson 14's convolutional network, trained on MNIST, as 5×5 images (white: positive weights, black: negative, grey: 0). Each is an edge or stroke detector at some orientation, used at every position of every digit: low-level features shared among the categories.",
			Fr: "Les 8 filtres de la première couche du réseau convolutif de la leçon 14, entraîné sur MNIST, en images 5×5 (blanc : poids positifs, noir : négatifs, gris : 0). Chacun détecte un bord ou un trait d'une certaine orientation, appliqué à chaque position de chaque chiffre : des caractéristiques de bas niveau partagées par toutes les catégories.",
		},
		"fig.14.feature-maps": {
			En: "Three test digits through lesson 14's network: the input, the 8 maps of the first stage (convolution, ReLU, 2×2 max-pooling: 12×12) and the 16 of the second (4×4), each map shaded to its own maximum (dark: large). The first stage still draws the digit, each map lit where its stroke is; the second is coarse and abstract: which strokes meet where.",
			Fr: "Trois chiffres de test à travers le réseau de la leçon 14 : l'entrée, les 8 cartes du premier étage (convolution, ReLU, max-pooling 2×2 : 12×12) et les 16 du second (4×4), chaque carte ombrée selon son propre maximum (foncé : grand). Le premier étage dessine encore le chiffre, chaque carte allumée là où se trouve son trait ; le second est grossier et abstrait : quels traits se rencontrent, et où.",
		},
		"fig.09.schedules": {
			En: "A linear neuron trained by stochastic gradient descent, one example per step, with four ways of setting η (left). Right: how far its cost is above the minimum, on a log scale. The large constant η gets close in a few epochs, then stalls: each step follows one example's noisy gradient and overshoots, so the cost jumps around well above the minimum. The small constant η is steady but crawls. The two schedules start with the large η and shrink it: they get close as fast, then keep going down.",
			Fr: "Un neurone linéaire entraîné par descente de gradient stochastique, un exemple par itération, avec quatre façons de fixer η (à gauche). À droite : de combien son coût dépasse le minimum, en échelle log. Le grand η constant s'approche en quelques époques, puis stagne : chaque itération suit le gradient bruité d'un seul exemple et dépasse, si bien que le coût saute bien au-dessus du minimum. Le petit η constant est régulier mais rampe. Les deux schémas de décroissance partent du grand η et le réduisent : ils s'approchent aussi vite, puis continuent de descendre.",
		},
		"fig.13.learning-curves": {
			En: "A 784-%d-10 network (tanh, softmax, cross-entropy, minibatches of 32, η = 0.1) trained on the first %d MNIST digits for %d epochs, measured on the training set and on %d test digits after every epoch. The gap between the two curves is what the network learnt by heart.",
			Fr: "Un réseau 784-%d-10 (tanh, softmax, entropie croisée, mini-lots de 32, η = 0.1) entraîné sur les %d premiers chiffres de MNIST pendant %d époques, mesuré sur l'ensemble d'apprentissage et sur %d chiffres de test après chaque époque. L'écart entre les deux courbes est ce que le réseau a appris par cœur.",
		},
		"fig.11.rms": {
			En: "root mean square",
			Fr: "moyenne quadratique",
		},
		"fig.11.bumps": {
			En: "%d bumps added",
			Fr: "%d bosses additionnées",
		},
		"fig.07.graph.title": {
			En: "∂z/∂x = %s: over each path from x to z, multiply the local derivatives; add the paths",
			Fr: "∂z/∂x = %s : sur chaque chemin de x à z, multipliez les dérivées locales ; additionnez les chemins",
		},
		"fig.07.graph.subtitle": {
			En: "z = 2f(x + 3y) + 6g(5x)h(y) with f = %s, g = %s, h = %s at (x, y) = (%s, %s); arrows: local derivatives; boxes: the value and ∂z/∂(node)",
			Fr: "z = 2f(x + 3y) + 6g(5x)h(y) avec f = %s, g = %s, h = %s en (x, y) = (%s, %s) ; flèches : dérivées locales ; boîtes : la valeur et ∂z/∂(nœud)",
		},
		"fig.08.check.central": {
			En: "central difference D(ε)",
			Fr: "différence centrée D(ε)",
		},
		"fig.08.check.richardson": {
			En: "Richardson (4D(ε) − D(2ε))/3",
			Fr: "Richardson (4D(ε) − D(2ε))/3",
		},
		"fig.08.check.x": {
			En: "ε (log scale)",
			Fr: "ε (échelle log)",
		},
		"fig.08.check.y": {
			En: "relative error",
			Fr: "erreur relative",
		},
		"fig.08.check.title": {
			En: "Gradient check: backpropagation agrees with D(ε) to %s at ε = %s, with Richardson to %s at ε = %s",
			Fr: "Vérification du gradient : la rétropropagation s'accorde avec D(ε) à %s près en ε = %s, avec Richardson à %s près en ε = %s",
		},
		"fig.08.check.subtitle": {
			En: "the error shrinks as ε² for D, as ε⁴ for Richardson, until rounding errors in C(w ± ε) take over",
			Fr: "l'erreur décroît comme ε² pour D, comme ε⁴ pour Richardson, jusqu'à ce que les erreurs d'arrondi dans C(w ± ε) l'emportent",
		},
		"fig.06.batch": {
			En: "batch (N = 200 per step)",
			Fr: "totale (N = 200 par itération)",
		},
		"fig.06.minibatch": {
			En: "minibatch of 10",
			Fr: "mini-lots de 10",
		},
		"fig.06.stochastic": {
			En: "stochastic (1 per step)",
			Fr: "stochastique (1 par itération)",
		},
		"fig.06.title": {
			En: "Same data, same η: single examples and minibatches make progress before batch takes one step",
			Fr: "Mêmes données, même η : exemple par exemple et par mini-lots, on progresse avant que la version totale ne fasse une itération",
		},
		"fig.06.evals": {
			En: "gradient evaluations (examples), log scale",
			Fr: "évaluations du gradient (exemples), échelle log",
		},
		"fig.05.lecun.run": {
			En: "η = %s (η_{opt} = %s): %s",
			Fr: "η = %s (η_{opt} = %s) : %s",
		},
		"fig.05.lecun.error": {
			En: "error",
			Fr: "erreur",
		},
		"fig.05.lecun.title": {
			En: "LeCun's simple linear network: weight trajectory and error for η = 1.5 and η = 2.5",
			Fr: "Le réseau linéaire simple de LeCun : trajectoire des poids et erreur pour η = 1.5 et η = 2.5",
		},
		"fig.05.regime.slow": {
			En: "slow",
			Fr: "lent",
		},
		"fig.05.regime.optimal": {
			En: "optimal",
			Fr: "optimal",
		},
		"fig.05.regime.oscillates": {
			En: "oscillates",
			Fr: "oscille",
		},
		"fig.05.regime.diverges": {
			En: "diverges",
			Fr: "diverge",
		},
		"fig.05.regimes.run": {
			En: "η = %s η_{opt}: %s",
			Fr: "η = %s η_{opt} : %s",
		},
		"fig.04.title": {
			En: "Gradient descent goes down C(w) across its level curves; λ‖w‖² pulls the minimum towards 0",
			Fr: "La descente de gradient descend C(w) à travers ses lignes de niveau ; λ‖w‖² tire le minimum vers 0",
		},
		"fig.00.timeline.title": {
			En: "Deep learning: the key dates",
			Fr: "Apprentissage profond : les dates clés",
		},
		"fig.00.timeline.subtitle": {
			En: "from the lecture's slide \"History\"",
			Fr: "d'après le transparent « Historique » du cours",
		},
		"fig.00.pipeline.title": {
			En: "Machine learning vs deep learning: who designs the features?",
			Fr: "Apprentissage automatique ou profond : qui conçoit les caractéristiques ?",
		},
		"fig.00.pipeline.subtitle": {
			En: "grey: designed by hand; blue, framed thick: learnt from the data",
			Fr: "gris : conçu à la main ; bleu, cadre épais : appris à partir des données",
		},
		"fig.00.pipeline.ml": {
			En: "machine learning",
			Fr: "apprentissage automatique",
		},
		"fig.00.pipeline.dl": {
			En: "deep learning",
			Fr: "apprentissage profond",
		},
		"fig.00.pipeline.hand": {
			En: "hand-designed\nfeatures",
			Fr: "caract. conçues\nà la main",
		},
		"fig.00.pipeline.classifier": {
			En: "trainable\nclassifier",
			Fr: "classifieur\nentraînable",
		},
		"fig.00.pipeline.output": {
			En: "output",
			Fr: "sortie",
		},
		"fig.00.pipeline.low": {
			En: "low-level\nfeatures h¹",
			Fr: "caract. de\nbas niveau h¹",
		},
		"fig.00.pipeline.mid": {
			En: "mid-level\nfeatures h²",
			Fr: "caract. de\nmi-niveau h²",
		},
		"fig.00.pipeline.high": {
			En: "high-level\nfeatures h³",
			Fr: "caract. de\nhaut niveau h³",
		},
		"fig.14.filters.title": {
			En: "What the first convolution looks for: its 8 filters",
			Fr: "Ce que cherche la première convolution : ses 8 filtres",
		},
		"fig.14.filters.subtitle": {
			En: "each %d×%d filter, trained on MNIST; white > 0, black < 0, grey 0",
			Fr: "chaque filtre %d×%d, entraîné sur MNIST ; blanc > 0, noir < 0, gris 0",
		},
		"fig.14.maps.row": {
			En: "a %d: the input; the 8 maps of stage 1; the 16 maps of stage 2",
			Fr: "un %d : l'entrée ; les 8 cartes de l'étage 1 ; les 16 cartes de l'étage 2",
		},
		"fig.14.maps.title": {
			En: "The feature hierarchy on images: the maps of each stage",
			Fr: "La hiérarchie de caractéristiques sur des images : les cartes de chaque étage",
		},
		"fig.14.maps.subtitle": {
			En: "shaded to each map's maximum (dark: large); stage 1 after ReLU and pooling is 12×12, stage 2 is 4×4",
			Fr: "ombrées selon le maximum de chaque carte (foncé : grand) ; l'étage 1 après ReLU et pooling fait 12×12, l'étage 2 4×4",
		},
		"fig.03.regions.title": {
			En: "Two moons: the class c = argmax p a trained network decides",
			Fr: "Deux lunes : la classe c = argmax p que décide un réseau entraîné",
		},
		"fig.12.regions.title": {
			En: "Two spirals: a deep network's decision regions",
			Fr: "Deux spirales : les régions de décision d'un réseau profond",
		},
		"fig.13.train": {
			En: "training set (%d)",
			Fr: "apprentissage (%d)",
		},
		"fig.13.test": {
			En: "test set (%d)",
			Fr: "test (%d)",
		},
		"fig.12.depth.title": {
			En: "Depth against width: the same number of parameters, the same training",
			Fr: "Profondeur contre largeur : le même nombre de paramètres, le même entraînement",
		},
		"fig.09.constant": {
			En: "constant η = %v",
			Fr: "η constant = %v",
		},
		"fig.09.stepdecay": {
			En: "0.1 × 0.3 every 500 steps",
			Fr: "0.1 × 0.3 toutes les 500 itérations",
		},
		"fig.09.schedules.title": {
			En: "Stochastic gradient descent: a constant η either stalls above the minimum or crawls; a decaying η does neither",
			Fr: "Descente de gradient stochastique : un η constant stagne au-dessus du minimum ou rampe ; un η décroissant ne fait ni l'un ni l'autre",
		},
		"fig.09.schedules.cost": {
			En: "C(w) − C(w*) after each epoch (log scale)",
			Fr: "C(w) − C(w*) après chaque époque (échelle log)",
		},
		"fig.09.schedules.subtitle": {
			En: "a linear neuron learning a noisy plane from %d examples, one example per step, from w = 0; C(w*) = %s is the least-squares minimum",
			Fr: "un neurone linéaire qui apprend un plan bruité à partir de %d exemples, un exemple par itération, depuis w = 0 ; C(w*) = %s est le minimum des moindres carrés",
		},
		"fig.00.decade": {
			En: "%ds",
			Fr: "années %d",
		},
		"fig.00.date.backprop": {
			En: "Back-propagation",
			Fr: "Rétropropagation",
		},
		"fig.00.date.conv": {
			En: "Convolutional networks",
			Fr: "Réseaux convolutifs",
		},
		"fig.00.date.paper": {
			En: "Deep learning paper",
			Fr: "Article « deep learning »",
		},
		"fig.00.date.imagenet": {
			En: "ImageNet win",
			Fr: "Victoire à ImageNet",
		},
		"fig.00.date.iclr": {
			En: "First ICLR",
			Fr: "Première conférence ICLR",
		},
		"fig.00.date.memory": {
			En: "Memory networks",
			Fr: "Réseaux à mémoire",
		},
		"fig.00.date.adversarial": {
			En: "Adversarial networks",
			Fr: "Réseaux antagonistes",
		},
		"fig.00.date.residual": {
			En: "Residual networks",
			Fr: "Réseaux résiduels",
		},
	})
}
