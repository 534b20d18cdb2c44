package lang

// The texts of pkg/step's step-throughs: the walks' titles, each step's title and explanation, the diagrams' column titles, the text, table and HTML renderings' words.
func init() {
	register(map[string]Msg{
		"step.forward.title": {
			En: "Forward pass of a %s network",
			Fr: "Passe avant d'un réseau %s",
		},
		"step.forward.input": {
			En: "Input",
			Fr: "Entrée",
		},
		"step.forward.input.explain": {
			En: "Fill the input layer with the example: h⁰ = x.",
			Fr: "On remplit la couche d'entrée avec l'exemple : h⁰ = x.",
		},
		"step.forward.activities": {
			En: "Activities of layer %d",
			Fr: "Activités de la couche %d",
		},
		"step.forward.activities.explain": {
			En: "Each neuron i of layer %d adds up its inputs weighted by row i of %s, plus its bias: aᵢ = Σⱼ wᵢⱼ hⱼ + bᵢ.",
			Fr: "Chaque neurone i de la couche %d somme ses entrées pondérées par la ligne i de %s, plus son biais : aᵢ = Σⱼ wᵢⱼ hⱼ + bᵢ.",
		},
		"step.forward.outputs.explain": {
			En: "Each neuron applies the non-linearity g = %s to its activity.",
			Fr: "Chaque neurone applique la non-linéarité g = %s à son activité.",
		},
		"step.forward.output": {
			En: " %s is the network's output o.",
			Fr: " %s est la sortie o du réseau.",
		},
		"step.forward.outputs": {
			En: "Outputs of layer %d",
			Fr: "Sorties de la couche %d",
		},
		"step.backward.title": {
			En: "Backward pass of a %s network",
			Fr: "Passe arrière d'un réseau %s",
		},
		"step.backward.loss": {
			En: "Loss of the example",
			Fr: "Perte de l'exemple",
		},
		"step.backward.loss.ce": {
			En: "The softmax turns the outputs into probabilities p; the cross-entropy is small when p puts its weight on the class of y.",
			Fr: "La softmax transforme les sorties en probabilités p ; l'entropie croisée est petite quand p met son poids sur la classe de y.",
		},
		"step.backward.loss.mse": {
			En: "The squared error compares the network's output o with the target y.",
			Fr: "L'erreur quadratique compare la sortie o du réseau à la cible y.",
		},
		"step.backward.dcdo": {
			En: "Gradient with respect to the output",
			Fr: "Gradient par rapport à la sortie",
		},
		"step.backward.dcdo.ce": {
			En: "With the softmax and the cross-entropy together, the gradient with respect to o is simply p − y.",
			Fr: "Avec la softmax et l'entropie croisée ensemble, le gradient par rapport à o est simplement p − y.",
		},
		"step.backward.dcdo.mse": {
			En: "Each output's share of the error: ∂C/∂oᵢ = 2(oᵢ − yᵢ), positive when oᵢ is too large.",
			Fr: "La part de l'erreur de chaque sortie : ∂C/∂oᵢ = 2(oᵢ − yᵢ), positive quand oᵢ est trop grande.",
		},
		"step.backward.deltaL": {
			En: "Error of the output layer (layer %d)",
			Fr: "Erreur de la couche de sortie (couche %d)",
		},
		"step.backward.deltaL.ce": {
			En: "The output layer is linear (g = identity, g′ = 1), so δ = ∂C/∂a = ∂C/∂o: %s = ∂C/∂%s.",
			Fr: "La couche de sortie est linéaire (g = identité, g′ = 1), donc δ = ∂C/∂a = ∂C/∂o : %s = ∂C/∂%s.",
		},
		"step.backward.deltaL.mse": {
			En: "δᵢ = ∂C/∂aᵢ: the gradient with respect to the output times the slope of g at the neuron's activity (⊙ multiplies element by element). Here g = %s.",
			Fr: "δᵢ = ∂C/∂aᵢ : le gradient par rapport à la sortie fois la pente de g en l'activité du neurone (⊙ multiplie élément par élément). Ici g = %s.",
		},
		"step.backward.delta": {
			En: "Error of layer %d",
			Fr: "Erreur de la couche %d",
		},
		"step.backward.delta.explain": {
			En: "Each neuron j of layer %d collects the errors of layer %d through the weights that leave it, Σᵢ wᵢⱼ δᵢ, times the slope g′(aⱼ) of its own non-linearity (g = %s).",
			Fr: "Chaque neurone j de la couche %d recueille les erreurs de la couche %d par les poids qui en partent, Σᵢ wᵢⱼ δᵢ, fois la pente g′(aⱼ) de sa propre non-linéarité (g = %s).",
		},
		"step.backward.grad": {
			En: "Gradient of the weights of layer %d",
			Fr: "Gradient des poids de la couche %d",
		},
		"step.backward.grad.explain": {
			En: "∂C/∂wᵢⱼ = δᵢ hⱼ: the error of neuron i times the input j that the weight multiplies. The biases' gradient is the error itself: ∂C/∂%s = %s = %s.",
			Fr: "∂C/∂wᵢⱼ = δᵢ hⱼ : l'erreur du neurone i fois l'entrée j que le poids multiplie. Le gradient des biais est l'erreur elle-même : ∂C/∂%s = %s = %s.",
		},
		"step.chain.title": {
			En: "Chain rule: z = 2f(x + 3y) + 6g(5x)h(y) at x = %s, y = %s (f = %s, g = %s, h = %s)",
			Fr: "Dérivation en chaîne : z = 2f(x + 3y) + 6g(5x)h(y) en x = %s, y = %s (f = %s, g = %s, h = %s)",
		},
		"step.chain.inputs": {
			En: "Inputs",
			Fr: "Entrées",
		},
		"step.chain.inputs.explain": {
			En: "The point where the gradient is taken. The forward pass computes every node from the nodes before it.",
			Fr: "Le point où l'on prend le gradient. La passe avant calcule chaque nœud à partir des nœuds qui le précèdent.",
		},
		"step.chain.forward": {
			En: "Forward: node %s",
			Fr: "Passe avant : nœud %s",
		},
		"step.chain.forward.explain": {
			En: "%s is computed from %s. Its local derivatives, needed on the way back, are known now too.",
			Fr: "%s se calcule à partir de %s. Ses dérivées locales, nécessaires au retour, sont connues dès maintenant.",
		},
		"step.chain.backward": {
			En: "Backward: %s",
			Fr: "Passe arrière : %s",
		},
		"step.chain.backward.start": {
			En: "The backward pass starts from the output, whose derivative with respect to itself is 1, and visits the nodes in reverse order.",
			Fr: "La passe arrière part de la sortie, dont la dérivée par rapport à elle-même vaut 1, et visite les nœuds dans l'ordre inverse.",
		},
		"step.chain.backward.one": {
			En: "%s receives the gradient of the node that uses it, times the local derivative between them.",
			Fr: "%s reçoit le gradient du nœud qui l'utilise, fois la dérivée locale entre les deux.",
		},
		"step.chain.backward.many": {
			En: "%s is used by %d nodes: the gradients coming back along each path add up.",
			Fr: "%s est utilisé par %d nœuds : les gradients qui reviennent par chaque chemin s'additionnent.",
		},
		"step.chain.slide.x": {
			En: "The slide's formula for ∂z/∂x",
			Fr: "La formule du transparent pour ∂z/∂x",
		},
		"step.chain.slide.x.explain": {
			En: "The same number as the backward pass (%s): its two terms are the two paths from x to z, through a and through b.",
			Fr: "Le même nombre que la passe arrière (%s) : ses deux termes sont les deux chemins de x à z, par a et par b.",
		},
		"step.chain.slide.y": {
			En: "The slide's formula for ∂z/∂y",
			Fr: "La formule du transparent pour ∂z/∂y",
		},
		"step.chain.slide.y.explain": {
			En: "The same number as the backward pass (%s): y reaches z through a and through c.",
			Fr: "Le même nombre que la passe arrière (%s) : y atteint z par a et par c.",
		},
		"step.chain.col.inputs": {
			En: "inputs",
			Fr: "entrées",
		},
		"step.chain.col.output": {
			En: "output",
			Fr: "sortie",
		},
		"step.and": {
			En: "%s and %s",
			Fr: "%s et %s",
		},
		"step.descent.title": {
			En: "Gradient descent on a %s network: %d step%s with η = %s on %d example%s",
			Fr: "Descente de gradient sur un réseau %s : %d itération%s avec η = %s sur %d exemple%s",
		},
		"step.descent.diverged": {
			En: "Diverged after step %d",
			Fr: "Divergence après l'itération %d",
		},
		"step.descent.notfinite": {
			En: "C(w) is not finite",
			Fr: "C(w) n'est pas fini",
		},
		"step.descent.diverged.cause": {
			En: "Gradient descent diverged: %v. With η = %s each step overshoots the minimum by more than it corrects; try a smaller η (a tenth of it, say).",
			Fr: "La descente de gradient a divergé : %v. Avec η = %s, chaque pas dépasse le minimum de plus qu'il ne corrige ; essayez un η plus petit (le dixième, par exemple).",
		},
		"step.descent.diverged.cost": {
			En: "Gradient descent diverged: the cost rose from %s to %s, over %g × max(C(w₀), 1), where gd.Train stops too. With η = %s each step overshoots the minimum by more than it corrects; try a smaller η (a tenth of it, say).",
			Fr: "La descente de gradient a divergé : le coût est passé de %s à %s, au-delà de %g × max(C(w₀), 1), où gd.Train s'arrête aussi. Avec η = %s, chaque pas dépasse le minimum de plus qu'il ne corrige ; essayez un η plus petit (le dixième, par exemple).",
		},
		"step.descent.start": {
			En: "Cost at the start",
			Fr: "Coût au départ",
		},
		"step.descent.start.explain": {
			En: "Gradient descent lowers the cost C(w) by small steps against its gradient, starting from the initial weights.",
			Fr: "La descente de gradient fait baisser le coût C(w) par petits pas à l'opposé de son gradient, en partant des poids initiaux.",
		},
		"step.descent.end": {
			En: "Cost after %d step%s",
			Fr: "Coût après %d itération%s",
		},
		"step.descent.end.down": {
			En: "From %s to %s: each step moved the weights downhill.",
			Fr: "De %s à %s : chaque pas a fait descendre les poids.",
		},
		"step.descent.end.up": {
			En: "From %s to %s: the cost went up, η is too large for this problem.",
			Fr: "De %s à %s : le coût a augmenté, η est trop grand pour ce problème.",
		},
		"step.descent.after": {
			En: "Cost after step %d",
			Fr: "Coût après l'itération %d",
		},
		"step.descent.after.explain": {
			En: "The cost with the new weights, where the next gradient is taken.",
			Fr: "Le coût avec les nouveaux poids, là où l'on prend le gradient suivant.",
		},
		"step.descent.update": {
			En: "Step %d: update the weights of layer %d",
			Fr: "Itération %d : mise à jour des poids de la couche %d",
		},
		"step.descent.update.explain": {
			En: "Each weight moves against its gradient, by η times it. The biases move the same way: %s ← %s − η ∂C/∂%s = %s.",
			Fr: "Chaque poids se déplace à l'opposé de son gradient, de η fois celui-ci. Les biais se déplacent de même : %s ← %s − η ∂C/∂%s = %s.",
		},
		"step.col.output": {
			En: "output (layer %d)",
			Fr: "sortie (couche %d)",
		},
		"step.col.layer": {
			En: "layer %d",
			Fr: "couche %d",
		},
		"step.col.cut": {
			En: " (%d of %d drawn)",
			Fr: " (%d tracés sur %d)",
		},
		"step.col.noedges": {
			En: " (edges not drawn)",
			Fr: " (liaisons non tracées)",
		},
		"step.nil": {
			En: "no walk (nil)",
			Fr: "pas de pas à pas (nil)",
		},
		"step.nostep": {
			En: "no step %d: the walk has steps 1 to %d",
			Fr: "pas d'étape %d : le pas à pas a les étapes 1 à %d",
		},
		"step.of": {
			En: "Step %d of %d: %s",
			Fr: "Étape %d sur %d : %s",
		},
		"step.with": {
			En: "with",
			Fr: "avec",
		},
		"step.touches": {
			En: "(touches %s)",
			Fr: "(concerne %s)",
		},
		"step.head.step": {
			En: "step",
			Fr: "étape",
		},
		"step.head.equation": {
			En: "equation",
			Fr: "équation",
		},
		"step.all.neurons": {
			En: "all neurons",
			Fr: "tous les neurones",
		},
		"step.all.nodes": {
			En: "all nodes",
			Fr: "tous les nœuds",
		},
		"step.through": {
			En: "through %d connection%s",
			Fr: "par %d liaison%s",
		},
		"step.neuron": {
			En: "neuron %d",
			Fr: "neurone %d",
		},
		"step.unit": {
			En: "step",
			Fr: "étape",
		},
		"step.prev": {
			En: "Previous",
			Fr: "Précédent",
		},
		"step.next": {
			En: "Next",
			Fr: "Suivant",
		},
		"step.count": {
			En: "step 1 of %d",
			Fr: "étape 1 sur %d",
		},
		"step.svg.label": {
			En: "diagram: %s",
			Fr: "schéma : %s",
		},
		"widget.of":    {En: "of", Fr: "sur"},
		"widget.play":  {En: "Play", Fr: "Lecture"},
		"widget.pause": {En: "Pause", Fr: "Pause"},
		"widget.frame": {En: "frame", Fr: "image"},
	})
}
