package lang

// The texts that the lecture packages' String and Table methods return and
// that the lessons' cells print: backprop's gradient check (CheckResult) and
// conv's layer-by-layer count (Counts.Table) and the name of its modern
// LeNet-5; neuron's names of the activations and mlp's names of the
// initialisations and losses for a reader (Activation.Label,
// InitMethod.Label, Loss.Label); and the errors of internal/lessons, which
// the commands and the notebooks' helpers show a user who names a lesson
// that does not exist.
func init() {
	register(map[string]Msg{
		"neuron.g.sigmoid":  {En: "sigmoid", Fr: "sigmoïde"},
		"neuron.g.tanh":     {En: "tanh", Fr: "tanh"},
		"neuron.g.gaussian": {En: "gaussian", Fr: "gaussienne"},
		"neuron.g.relu":     {En: "relu", Fr: "ReLU"},
		"neuron.g.identity": {En: "identity", Fr: "identité"},
		"mlp.init.zeros":    {En: "zeros", Fr: "zéros"},
		"mlp.init.uniform":  {En: "uniform", Fr: "uniforme"},
		"mlp.init.normal":   {En: "normal", Fr: "normale"},
		"mlp.init.xavier":   {En: "xavier", Fr: "Xavier"},
		"mlp.init.he":       {En: "he", Fr: "He"},
		"mlp.loss.squared":  {En: "squared error", Fr: "erreur quadratique"},
		"mlp.loss.softmax":  {En: "softmax + cross-entropy", Fr: "softmax + entropie croisée"},
		"backprop.check.result": {
			En: "largest relative error %.3g at %s: analytic %.10g, numeric %.10g (%d parameters)",
			Fr: "plus grande erreur relative %.3g en %s : analytique %.10g, numérique %.10g (%d paramètres)",
		},
		"conv.table.layer":  {En: "layer", Fr: "couche"},
		"conv.table.output": {En: "output", Fr: "sortie"},
		"conv.table.params": {En: "parameters", Fr: "paramètres"},
		"conv.table.macs":   {En: "multiply-adds", Fr: "mult.-add."},
		"conv.table.fixed":  {En: "(set by hand)", Fr: "(fixés à la main)"},
		"conv.table.total":  {En: "total", Fr: "total"},
		"conv.lenet5modern": {En: "LeNet-5, modern form", Fr: "LeNet-5, forme moderne"},
		"lessons.unknown": {
			En: "unknown lesson %q: want a number %d…%d or a slug such as %q",
			Fr: "leçon inconnue %q : donnez un numéro de %d à %d ou un nom de dossier comme %q",
		},
		"lessons.unknown.number": {
			En: "unknown lesson %d: lessons are numbered %d…%d",
			Fr: "leçon inconnue %d : les leçons sont numérotées de %d à %d",
		},
	})
}
