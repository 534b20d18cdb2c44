package lang

// Term is one entry of the glossary: a term of the lecture in English and
// the word the French course uses for it.
type Term struct {
	En, Fr string
}

// Glossary lists the course's terms in English and French, in the order of
// the lecture. Every French text of the catalogue uses these words, and the
// French lessons use them too (lessons/README.md shows the same list).
var Glossary = []Term{
	{"neural network", "réseau de neurones"},
	{"neuron, unit", "neurone, unité"},
	{"input, output", "entrée, sortie"},
	{"weight, bias", "poids, biais"},
	{"activity a (before g)", "activité a (avant g)"},
	{"activation function, non-linearity", "fonction d'activation, non-linéarité"},
	{"sigmoid, hyperbolic tangent, Gaussian, ReLU", "sigmoïde, tangente hyperbolique, gaussienne, ReLU"},
	{"layer, hidden layer, output layer", "couche, couche cachée, couche de sortie"},
	{"multi-layer perceptron (MLP)", "perceptron multicouche (PMC)"},
	{"forward propagation, forward pass", "propagation avant, passe avant"},
	{"backpropagation, backward pass", "rétropropagation du gradient, passe arrière"},
	{"delta rule", "règle delta"},
	{"chain rule", "règle de dérivation en chaîne"},
	{"computation graph", "graphe de calcul"},
	{"gradient check", "vérification du gradient"},
	{"loss, cost", "perte, coût"},
	{"mean squared error", "erreur quadratique moyenne"},
	{"cross-entropy", "entropie croisée"},
	{"one-hot code", "codage one-hot (un parmi n)"},
	{"regression, classification", "régression, classification"},
	{"decision boundary, decision regions", "frontière de décision, régions de décision"},
	{"gradient descent", "descente de gradient"},
	{"batch gradient descent", "descente de gradient totale (batch)"},
	{"stochastic gradient descent", "descente de gradient stochastique"},
	{"minibatch", "mini-lot"},
	{"epoch", "époque"},
	{"learning rate, step size η", "pas / taux d'apprentissage η"},
	{"divergence", "divergence"},
	{"level curves", "lignes de niveau"},
	{"regularisation, weight decay (L2)", "régularisation, pénalisation des poids (L2)"},
	{"initialisation", "initialisation"},
	{"saturation", "saturation"},
	{"overfitting", "sur-apprentissage"},
	{"training set, test set", "ensemble d'apprentissage, ensemble de test"},
	{"accuracy", "taux de bonne classification (exactitude)"},
	{"confusion matrix", "matrice de confusion"},
	{"universal approximation", "approximation universelle"},
	{"distributed representations", "représentations distribuées"},
	{"feature hierarchy", "hiérarchie de caractéristiques"},
	{"deep model, deep network", "modèle profond, réseau profond"},
	{"convolutional network", "réseau convolutif"},
	{"kernel, filter", "noyau, filtre"},
	{"feature map", "carte de caractéristiques"},
	{"pooling", "sous-échantillonnage (pooling)"},
	{"step-through", "pas à pas"},
	{"exercise, hint", "exercice, indice"},
	// Words of the French lessons (lessons/NN-slug/lesson.fr.md) beyond the lecture's terms.
	{"objective function, data term", "fonction objectif, terme d'attache aux données"},
	{"batch (of examples)", "lot (d'exemples)"},
	{"cost surface", "surface de coût"},
	{"finite difference, central difference", "différence finie, différence centrée"},
	{"seed (of a random draw)", "graine (d'un tirage aléatoire)"},
	{"grader", "correcteur"},
	{"widget", "composant"},
}
