package lang

// The inputs of the graders' cases (pkg/check), as a report names each case,
// where they hold words and not only formulas, and the words of the
// shortened values a report shows.
func init() {
	register(map[string]Msg{
		"check.case.UniversalFit": {
			En: "%s, N = %d units, ε = %v",
			Fr: "%s, N = %d neurones, ε = %v",
		},
		"check.case.Conv2D": {
			En: "x = %s, w = %s, b = %v, stride %d, padding %d",
			Fr: "x = %s, w = %s, b = %v, pas de décalage %d, remplissage %d",
		},
		"check.case.ConvWeightGradient": {
			En: "x = %s, δ = %s, k = %d, stride %d, padding %d",
			Fr: "x = %s, δ = %s, k = %d, pas de décalage %d, remplissage %d",
		},
		"check.case.ConvParams": {
			En: "C = %d input channels, F = %d filters of %d×%d",
			Fr: "canaux d'entrée C = %d, filtres F = %d de %d×%d",
		},
		"check.case.HandDeltas.output": {En: "δ² (the output layer)", Fr: "δ² (la couche de sortie)"},
		"check.case.HandDeltas.hidden": {En: "δ¹ (the hidden layer)", Fr: "δ¹ (la couche cachée)"},
		"check.case.HandDeltas": {
			En: "%s of the network in the exercise file",
			Fr: "%s du réseau du fichier de l'exercice",
		},
		"check.case.MomentumStep.v": {En: "the new velocity v′", Fr: "la nouvelle vitesse v′"},
		"check.case.MomentumStep.w": {En: "the new weights w′", Fr: "les nouveaux poids w′"},
		"check.case.Standardise": {
			En: "X = %s (%d examples of %d inputs, one per row)",
			Fr: "X = %s (%d exemples de %d entrées, un par ligne)",
		},
		"check.case.Forward": {
			En: "L = %d layers (%s), g = %s, x = %s",
			Fr: "L = %d couches (%s), g = %s, x = %s",
		},
		"check.case.MinibatchEpoch": {
			En: "n = %d examples, B = %d, η = %v, w = %s, rng seed %d",
			Fr: "n = %d exemples, B = %d, η = %v, w = %s, graine de rng %d",
		},
		"check.case.InitStd": {
			En: "n = %d inputs, E[h²] = %s·Var(a)",
			Fr: "entrées n = %d, E[h²] = %s·Var(a)",
		},
		"check.case.Regions": {
			En: "k = %d units, inputs of d = %d dimensions",
			Fr: "neurones k = %d, dimension des entrées d = %d",
		},
		"check.format.values":    {En: " … (%d values)", Fr: " … (%d valeurs)"},
		"check.format.vectors":   {En: ", … (%d vectors)", Fr: ", … (%d vecteurs)"},
		"check.format.matrices":  {En: "; … (%d matrices)", Fr: "; … (%d matrices)"},
		"check.format.nilmatrix": {En: "nil matrix", Fr: "matrice nil"},
	})
}
