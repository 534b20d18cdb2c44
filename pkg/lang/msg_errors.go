package lang

// The errors of the lecture packages that the lessons show on purpose, a
// student's mistake that gets one clear line (lesson 01: a neuron given the
// wrong number of inputs; lesson 02: layers whose shapes do not chain), and
// those a student commonly hits: an unknown activation, initialisation, loss
// or toy set, sizes or biases that do not make a network, outputs and
// targets that do not match (or, for softmax + cross-entropy, an output g
// that is not the identity and targets that do not sum to 1), a NaN or Inf
// in a neuron, a layer or a backward pass, an η so large that an
// explorable's training diverges; lesson 14's run, architectures and layers
// with a bad η, too many filters or filters that do not fit. The packages'
// other errors (limits, internal consistency) stay English.
func init() {
	register(map[string]Msg{
		"neuron.shape": {
			En: "neuron: w has %d weights but x has %d values",
			Fr: "neurone : w a %d poids mais x a %d valeurs",
		},
		"mlp.shape.h": {
			En: "mlp: layer %d: W%s is %s but h%s has %s",
			Fr: "mlp : couche %d : W%s est %s mais h%s a %s",
		},
		"mlp.shape.b": {
			En: "mlp: layer %d: W%s is %s but b%s has %s",
			Fr: "mlp : couche %d : W%s est %s mais b%s a %s",
		},
		"mlp.shape.x": {
			En: "mlp: layer 1: W¹ is %s but x = h⁰ has %s",
			Fr: "mlp : couche 1 : W¹ est %s mais x = h⁰ a %s",
		},
		"mlp.shape.X": {
			En: "mlp: layer 1: W¹ is %s but the batch X is %s: each row must have %d values",
			Fr: "mlp : couche 1 : W¹ est %s mais le lot X est %s : chaque ligne doit avoir %d valeurs",
		},
		"neuron.unknown": {
			En: "unknown activation %q: want one of %s",
			Fr: "activation inconnue %q : choisissez parmi %s",
		},
		"neuron.unnamed":   {En: "(unnamed)", Fr: "(sans nom)"},
		"neuron.g.nil":     {En: "activation %s: g is nil", Fr: "activation %s : g vaut nil"},
		"neuron.deriv.nil": {En: "activation %s: g′ (Deriv) is nil", Fr: "activation %s : g′ (Deriv) vaut nil"},
		"neuron.activity.nonfinite": {
			En: "neuron: the activity a = wᵀx + w₀ is %v (check w, w₀ and x for NaN or Inf)",
			Fr: "neurone : l'activité a = wᵀx + w₀ vaut %v (cherchez un NaN ou un Inf dans w, w₀ et x)",
		},
		"neuron.output.nonfinite": {
			En: "neuron: o = %s(a) is %v at a = %v",
			Fr: "neurone : o = %s(a) vaut %v en a = %v",
		},
		"neuron.boundary.dim": {
			En: "neuron: a boundary line needs a 2-D input, but w has %d weights",
			Fr: "neurone : une droite frontière demande une entrée à 2 dimensions, mais w a %d poids",
		},
		"neuron.boundary.nonfinite": {
			En: "neuron: the boundary wᵀx + w₀ = 0 needs finite numbers, got w = (%v, %v), w₀ = %v",
			Fr: "neurone : la frontière wᵀx + w₀ = 0 demande des nombres finis, pas w = (%v, %v), w₀ = %v",
		},
		"mlp.sizes.few": {
			En: "mlp: a network needs at least an input size and an output size, got sizes %v",
			Fr: "mlp : un réseau demande au moins une taille d'entrée et une taille de sortie, pas les tailles %v",
		},
		"mlp.sizes.positive": {
			En: "mlp: layer %d: size n%s must be positive, got %d (sizes %v)",
			Fr: "mlp : couche %d : la taille n%s doit être positive, pas %d (tailles %v)",
		},
		"mlp.layers.count": {
			En: "mlp: %d weight matrices but %d bias vectors and %d activations: want one of each per layer",
			Fr: "mlp : %d matrices de poids mais %d vecteurs de biais et %d activations : il en faut une de chaque par couche",
		},
		"mlp.shape.bias": {
			En: "mlp: layer %d: W%s has %s but b%s has %s",
			Fr: "mlp : couche %d : W%s a %s mais b%s a %s",
		},
		"mlp.batch.empty": {
			En: "mlp: the batch X is empty (%s)",
			Fr: "mlp : le lot X est vide (%s)",
		},
		"mlp.nonfinite.x": {
			En: "mlp: %s[%d] is %v",
			Fr: "mlp : %s[%d] vaut %v",
		},
		"mlp.nonfinite.layer": {
			En: "mlp: layer %d: %s%s[%d] is %v (are the weights finite?)",
			Fr: "mlp : couche %d : %s%s[%d] vaut %v (les poids sont-ils finis ?)",
		},
		"mlp.nonfinite.X": {
			En: "mlp: the batch X has %v at row %d, column %d",
			Fr: "mlp : le lot X contient %v en ligne %d, colonne %d",
		},
		"mlp.nonfinite.batch": {
			En: "mlp: layer %d: %s%s of example %d has %v at neuron %d (are the weights finite?)",
			Fr: "mlp : couche %d : %s%s de l'exemple %d vaut %v au neurone %d (les poids sont-ils finis ?)",
		},
		"mlp.init.unknown": {
			En: "unknown initialisation %q: want zeros, uniform, normal, xavier or he",
			Fr: "initialisation inconnue %q : choisissez zeros, uniform, normal, xavier ou he",
		},
		"mlp.init.scale": {
			En: "mlp: %v initialisation needs a positive finite scale, got %v",
			Fr: "mlp : l'initialisation %v demande une échelle positive et finie, pas %v",
		},
		"mlp.loss.unknown": {
			En: "unknown loss %q: want mse or crossentropy",
			Fr: "perte inconnue %q : choisissez mse ou crossentropy",
		},
		"mlp.loss.lengths": {
			En: "mlp: %v: the output o has %d values but the target y has %d",
			Fr: "mlp : %v : la sortie o a %d valeurs mais la cible y en a %d",
		},
		"mlp.loss.shapes": {
			En: "mlp: %v: the outputs O are %s but the targets Y are %s",
			Fr: "mlp : %v : les sorties O sont %s mais les cibles Y sont %s",
		},
		"mlp.loss.empty": {
			En: "mlp: no examples: O and Y are empty (%s)",
			Fr: "mlp : aucun exemple : O et Y sont vides (%s)",
		},
		"mlp.loss.example": {
			En: "example %d of %d: %w",
			Fr: "exemple %d sur %d : %w",
		},
		"mlp.loss.example.row": {
			En: "example %d: %w",
			Fr: "exemple %d : %w",
		},
		"mlp.loss.nonfinite.o": {
			En: "mlp: %s: the output o[%d] is %v",
			Fr: "mlp : %s : la sortie o[%d] vaut %v",
		},
		"mlp.loss.nonfinite.y": {
			En: "mlp: %s: the target y[%d] is %v",
			Fr: "mlp : %s : la cible y[%d] vaut %v",
		},
		"mlp.loss.overflow.squared": {
			En: "mlp: %s overflows: ‖o − y‖² is %v (the outputs are as large as %g: has training diverged?)",
			Fr: "mlp : %s déborde : ‖o − y‖² vaut %v (les sorties atteignent %g : l'apprentissage a-t-il divergé ?)",
		},
		"mlp.loss.overflow.softmax": {
			En: "mlp: %s overflows: C is %v for finite outputs o between %g and %g (log pⱼ of a class with yⱼ ≠ 0 is below −1.8e308)",
			Fr: "mlp : %s déborde : C vaut %v pour des sorties o finies entre %g et %g (log pⱼ d'une classe où yⱼ ≠ 0 est sous −1,8e308)",
		},
		"mlp.accuracy.lengths": {
			En: "mlp: accuracy: %d predictions for %d labels",
			Fr: "mlp : exactitude : %d prédictions pour %d étiquettes",
		},
		"mlp.onehot.none": {En: "mlp: one-hot: no labels", Fr: "mlp : one-hot : aucune étiquette"},
		"mlp.onehot.classes": {
			En: "mlp: one-hot: the number of classes must be positive, got %d",
			Fr: "mlp : one-hot : le nombre de classes doit être positif, pas %d",
		},
		"mlp.onehot.label": {
			En: "mlp: one-hot: label %d of example %d is outside 0…%d",
			Fr: "mlp : one-hot : l'étiquette %d de l'exemple %d est hors de 0…%d",
		},
		"explore.toyset": {
			En: "explore: no toy set %q: want moons, circles, xor or spirals",
			Fr: "explore : pas de jeu de données %q : choisissez moons, circles, xor ou spirals",
		},
		"explore.toyset.long": {
			En: "explore: no toy set %q… (%d bytes): want moons, circles, xor or spirals",
			Fr: "explore : pas de jeu de données %q… (%d octets) : choisissez moons, circles, xor ou spirals",
		},
		"explore.epochs": {
			En: "explore: epochs must rise from 0 to at most %d, got %v",
			Fr: "explore : les époques doivent croître de 0 à au plus %d, pas %v",
		},
		"explore.diverged": {
			En: "explore: training diverged at epoch %d: the loss is %.3g, from %.3g before training, with η = %v; try a smaller η",
			Fr: "explore : l'apprentissage a divergé à l'époque %d : la perte vaut %.3g, contre %.3g avant l'apprentissage, avec η = %v ; essayez un η plus petit",
		},
		"backprop.trace.nil": {
			En: "backprop: the forward trace is nil: run net.Forward(x) first",
			Fr: "backprop : la trace de la passe avant vaut nil : lancez d'abord net.Forward(x)",
		},
		"backprop.batchtrace.nil": {
			En: "backprop: the forward batch trace is nil: run net.ForwardBatch(X) first",
			Fr: "backprop : la trace de la passe avant du lot vaut nil : lancez d'abord net.ForwardBatch(X)",
		},
		"backprop.target.length": {
			En: "backprop: layer %d: the output o = h%s has %d values (W%s is %s) but the target y has %d",
			Fr: "backprop : couche %d : la sortie o = h%s a %d valeurs (W%s est %s) mais la cible y en a %d",
		},
		"backprop.target.nonfinite": {
			En: "backprop: the target y[%d] is %v",
			Fr: "backprop : la cible y[%d] vaut %v",
		},
		"backprop.targets.shape": {
			En: "backprop: layer %d: the outputs O = H%s are %s but the targets Y are %s",
			Fr: "backprop : couche %d : les sorties O = H%s sont %s mais les cibles Y sont %s",
		},
		"backprop.targets.nonfinite": {
			En: "backprop: the target Y has %v at row %d, column %d",
			Fr: "backprop : la cible Y contient %v en ligne %d, colonne %d",
		},
		"backprop.what.y":   {En: "the target y", Fr: "la cible y"},
		"backprop.what.row": {En: "row %d of the targets Y", Fr: "la ligne %d des cibles Y"},
		"backprop.sum": {
			En: "backprop: %v: %s sums to %v, not 1: use one-hot targets (mlp.OneHot) so that δᴸ = p − y",
			Fr: "backprop : %v : %s a pour somme %v, pas 1 : prenez des cibles one-hot (mlp.OneHot) pour que δᴸ = p − y",
		},
		"backprop.identity": {
			En: "backprop: %v needs g = identity on the output layer (the softmax is the output non-linearity), but layer %d has g = %s",
			Fr: "backprop : %v demande g = identité sur la couche de sortie (la softmax est la non-linéarité de sortie), mais la couche %d a g = %s",
		},
		"backprop.nonfinite": {
			En: "backprop: layer %d: %s[%d] is %v (are the weights and targets too large?)",
			Fr: "backprop : couche %d : %s[%d] vaut %v (les poids et les cibles sont-ils trop grands ?)",
		},
		"backprop.nonfinite.mat": {
			En: "backprop: layer %d: %s[%d,%d] is %v (are the weights and targets too large?)",
			Fr: "backprop : couche %d : %s[%d,%d] vaut %v (les poids et les cibles sont-ils trop grands ?)",
		},
		"backprop.nonfinite.rows": {
			En: "backprop: layer %d: %s of example %d is %v at neuron %d (are the weights and targets too large?)",
			Fr: "backprop : couche %d : %s de l'exemple %d vaut %v au neurone %d (les poids et les cibles sont-ils trop grands ?)",
		},
		"backprop.check.eps": {
			En: "backprop: the step ε of the gradient check must be positive and finite, got %v",
			Fr: "backprop : le pas ε de la vérification du gradient doit être positif et fini, pas %v",
		},
		"train.eta": {
			En: "train: the learning rate η must be positive and finite, got η = %v",
			Fr: "train : le pas d'apprentissage η doit être positif et fini, pas η = %v",
		},
		"train.loss": {
			En: "train: unknown loss %v",
			Fr: "train : fonction de coût inconnue %v",
		},
		"train.batch": {
			En: "train: the batch size must be between 1 and N = %d, got %d",
			Fr: "train : la taille des lots doit être entre 1 et N = %d, pas %d",
		},
		"train.step": {
			En: "train: step %d (epoch %d): %w",
			Fr: "train : pas %d (époque %d) : %w",
		},
		"train.diverged": {
			En: "training diverged (try a smaller η than %v): %w",
			Fr: "l'apprentissage diverge (essayez un η plus petit que %v) : %w",
		},
		"train.diverged.loss": {
			En: "training diverged (try a smaller η than %v): the batch's loss is %v",
			Fr: "l'apprentissage diverge (essayez un η plus petit que %v) : le coût du lot vaut %v",
		},
		"train.mnist.train": {
			En: "train: mnist: Train = %d training images, want 1…%d (0 for all)",
			Fr: "train : mnist : Train = %d images d'entraînement, il en faut 1…%d (0 pour toutes)",
		},
		"train.mnist.test": {
			En: "train: mnist: Test = %d test images, want 1…%d (0 for all)",
			Fr: "train : mnist : Test = %d images de test, il en faut 1…%d (0 pour toutes)",
		},
		"train.mnist.epochs": {
			En: "train: mnist: Epochs = %d, want 0 or more",
			Fr: "train : mnist : Epochs = %d, il en faut 0 ou plus",
		},
		"train.mnist.eta": {
			En: "train: mnist: the learning rate η must be positive and finite, got η = %v",
			Fr: "train : mnist : le pas d'apprentissage η doit être positif et fini, pas η = %v",
		},
		"train.mnist.batch": {
			En: "train: mnist: BatchSize = %d, want 1…%d (the training images)",
			Fr: "train : mnist : BatchSize = %d, il faut 1…%d (les images d'entraînement)",
		},
		"train.mnist.checks": {
			En: "train: mnist: Checks = %d measurements per epoch, want 1…%d (the steps of an epoch)",
			Fr: "train : mnist : Checks = %d mesures par époque, il en faut 1…%d (les pas d'une époque)",
		},
		"train.mnist.hidden": {
			En: "train: mnist: hidden layer %d has %d units, want at least 1",
			Fr: "train : mnist : la couche cachée %d a %d neurones, il en faut au moins 1",
		},
		"train.mnist.loss": {
			En: "train: mnist: unknown loss %v: use mlp.SquaredError or mlp.SoftmaxCrossEntropy",
			Fr: "train : mnist : fonction de coût inconnue %v : utilisez mlp.SquaredError ou mlp.SoftmaxCrossEntropy",
		},
		"conv.run.stages":  {En: "conv: a run needs 1 to 4 stages, got %d", Fr: "conv : une exécution demande de 1 à 4 étages, pas %d"},
		"conv.run.epochs":  {En: "conv: epochs must be in 1…50, got %d", Fr: "conv : le nombre d'époques doit être dans 1…50, pas %d"},
		"conv.run.batch":   {En: "conv: the batch size must be in 1…60000, got %d", Fr: "conv : la taille des lots doit être dans 1…60000, pas %d"},
		"conv.run.filters": {En: "conv: stage %d: filters must be in 1…512, got %d", Fr: "conv : étage %d : le nombre de filtres doit être dans 1…512, pas %d"},
		"conv.run.fit":     {En: "conv: stage %d: %d×%d filters do not fit its %d×%d maps", Fr: "conv : étage %d : des filtres %d×%d ne tiennent pas dans ses cartes %d×%d"},
		"conv.run.pool":    {En: "conv: stage %d: its %d×%d filters leave nothing to pool", Fr: "conv : étage %d : ses filtres %d×%d ne laissent rien à sous-échantillonner"},
		"conv.eta":         {En: "conv: η must be positive and finite, got %v", Fr: "conv : η doit être positif et fini, pas %v"},
		"conv.batch.eta":   {En: "conv: the batch size (%d) and η (%v) must be positive and finite", Fr: "conv : la taille des lots (%d) et η (%v) doivent être positifs et finis"},
		"conv.minibatch":   {En: "conv: minibatch from example %d: %w", Fr: "conv : mini-lot à partir de l'exemple %d : %w"},
		"conv.step.diverges": {
			En: "conv: the step with η = %v makes %s %v at index %d: the training diverges, lower η (nothing changed)",
			Fr: "conv : le pas avec η = %v rend %s égal à %v à l'indice %d : l'apprentissage diverge, baissez η (rien n'a changé)",
		},
		"conv.minibatch.diverges": {
			En: "conv: minibatch from example %d: the loss is %v: the training diverges, lower η",
			Fr: "conv : mini-lot à partir de l'exemple %d : la perte vaut %v : l'apprentissage diverge, baissez η",
		},
		"conv.layer.filters": {En: "conv: the number of filters must be positive, got %d", Fr: "conv : le nombre de filtres doit être positif, pas %d"},
		"conv.layer.k":       {En: "conv: the filter size k must be positive, got %d", Fr: "conv : la taille k des filtres doit être positive, pas %d"},
		"conv.layer.stride":  {En: "conv: the stride must be positive, got %d", Fr: "conv : le pas de décalage (stride) doit être positif, pas %d"},
		"conv.layer.pad":     {En: "conv: the padding must be in 0…k−1 = 0…%d, got %d", Fr: "conv : le remplissage (padding) doit être dans 0…k−1 = 0…%d, pas %d"},
		"conv.layer.fit": {
			En: "conv: a %d×%d filter does not fit in the %d×%d input padded by %d",
			Fr: "conv : un filtre %d×%d ne tient pas dans l'entrée %d×%d remplie de %d",
		},
		"conv.pool.fit": {
			En: "conv: a %d×%d pooling window with stride %d does not fit the input %v",
			Fr: "conv : une fenêtre de sous-échantillonnage %d×%d de pas %d ne tient pas dans l'entrée %v",
		},
		"conv.spec.input":   {En: "conv: %s: the input %v must have positive sides", Fr: "conv : %s : l'entrée %v doit avoir des côtés positifs"},
		"conv.spec.layer":   {En: "conv: %s, layer %d (%s): %w", Fr: "conv : %s, couche %d (%s) : %w"},
		"conv.spec.conv":    {En: "a convolution needs Out > 0 filters of K > 0, got %d of %d", Fr: "une convolution demande Out > 0 filtres de K > 0, pas %d de %d"},
		"conv.spec.fit":     {En: "a %d×%d filter does not fit the input %v padded by %d", Fr: "un filtre %d×%d ne tient pas dans l'entrée %v remplie de %d"},
		"conv.spec.poolk":   {En: "a pooling window needs K > 0, got %d", Fr: "une fenêtre de sous-échantillonnage demande K > 0, pas %d"},
		"conv.spec.poolfit": {En: "a %d×%d window does not fit the input %v", Fr: "une fenêtre %d×%d ne tient pas dans l'entrée %v"},
		"conv.spec.dense":   {En: "a dense layer needs Out > 0 units, got %d", Fr: "une couche dense demande Out > 0 neurones, pas %d"},
		"conv.spec.kind":    {En: "unknown kind %q (want conv, pool, adapt, gap or dense)", Fr: "type inconnu %q (choisissez conv, pool, adapt, gap ou dense)"},
		"mlp.rows.one":      {En: "1 row", Fr: "1 ligne"},
		"mlp.rows":          {En: "%d rows", Fr: "%d lignes"},
		"mlp.values.one":    {En: "1 value", Fr: "1 valeur"},
		"mlp.values":        {En: "%d values", Fr: "%d valeurs"},
	})
}
