package lang

// The errors of the lecture packages that the lessons show on purpose, a
// student's mistake that gets one clear line (lesson 01: a neuron given the
// wrong number of inputs; lesson 02: layers whose shapes do not chain). The
// packages' other errors stay English.
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
		"mlp.rows.one":   {En: "1 row", Fr: "1 ligne"},
		"mlp.rows":       {En: "%d rows", Fr: "%d lignes"},
		"mlp.values.one": {En: "1 value", Fr: "1 valeur"},
		"mlp.values":     {En: "%d values", Fr: "%d valeurs"},
	})
}
