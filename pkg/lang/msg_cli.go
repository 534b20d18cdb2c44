package lang

// The texts of the commands (cmd/stepnet) and the lessons' titles: what stepnet
// plots, grade and step write for a user.
func init() {
	register(map[string]Msg{
		"lesson.00.title":   {En: "Deep learning today", Fr: "L'apprentissage profond aujourd'hui"},
		"lesson.01.title":   {En: "A single neuron", Fr: "Un seul neurone"},
		"lesson.02.title":   {En: "Forward propagation", Fr: "La propagation avant"},
		"lesson.03.title":   {En: "Regression and classification", Fr: "Régression et classification"},
		"lesson.04.title":   {En: "Learning as optimisation", Fr: "Apprendre, c'est optimiser"},
		"lesson.05.title":   {En: "Tuning the learning rate", Fr: "Régler le pas d'apprentissage"},
		"lesson.06.title":   {En: "Batch, stochastic and minibatch gradient descent", Fr: "Descente de gradient totale, stochastique et par mini-lots"},
		"lesson.07.title":   {En: "The chain rule", Fr: "La règle de dérivation en chaîne"},
		"lesson.08.title":   {En: "Delta backpropagation", Fr: "La rétropropagation delta"},
		"lesson.09.title":   {En: "Tricks: initialisation and step size", Fr: "Astuces : initialisation et pas"},
		"lesson.10.title":   {En: "What hidden neurons compute", Fr: "Ce que calculent les neurones cachés"},
		"lesson.11.title":   {En: "Universal approximation", Fr: "L'approximation universelle"},
		"lesson.12.title":   {En: "Deep models", Fr: "Les modèles profonds"},
		"lesson.13.title":   {En: "MNIST", Fr: "MNIST"},
		"lesson.14.title":   {En: "Convolutional networks and architectures", Fr: "Réseaux convolutifs et architectures"},
		"plots.heading":     {En: "Lesson %02d · %s — %s", Fr: "Leçon %02d · %s — %s"},
		"plots.sheet":       {En: "%s.pdf: lesson sheet, %d pages", Fr: "%s.pdf : fiche de la leçon, %d pages"},
		"plots.done":        {En: "%d figures in %s, %.1fs", Fr: "%d figures dans %s, %.1f s"},
		"plots.index.title": {En: "stepnet: lesson figures", Fr: "stepnet : figures des leçons"},
		"plots.index.sheet": {En: "Printable lesson sheet (PDF, A4)", Fr: "Fiche de la leçon à imprimer (PDF, A4)"},
		"cli.step.wrote":    {En: "wrote %s (%d steps)", Fr: "%s écrit (%d étapes)"},
		"cli.step.head":     {En: "%s: %d steps. Enter: next, b: back, q: quit.", Fr: "%s : %d étapes. Entrée : suivante, b : précédente, q : quitter."},
		"cli.step.last":     {En: "(last step)", Fr: "(dernière étape)"},
		"cli.step.prompt":   {En: "[Enter] next, b back, q quit", Fr: "[Entrée] suivante, b précédente, q quitter"},
		"cli.grade.points":  {En: "%.2f/%g points", Fr: "%.2f/%g points"},
		"cli.grade.details": {En: "details of one exercise: stepnet grade -v -only NAME", Fr: "le détail d'un exercice : stepnet grade -v -only NOM"},
		"cli.grade.fail":    {En: "%d of %d exercises fail", Fr: "%d exercices sur %d échouent"},
	})
}
