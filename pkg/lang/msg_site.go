package lang

// Messages of the static site (internal/site): the home page, the lesson
// pages and the language switch. Some hold HTML (links, <code>); the site's
// templates insert them as they are.
func init() {
	register(map[string]Msg{
		"site.lang.other": {En: "en français", Fr: "in English"},
		"site.lang.otherhint": {
			En: "the same page in French",
			Fr: "la même page en anglais",
		},
		"site.title": {
			En: "stepnet: deep learning, one equation at a time",
			Fr: "stepnet : l'apprentissage profond, une équation à la fois",
		},
		"site.nav.lessons":    {En: "lessons", Fr: "leçons"},
		"site.nav.playground": {En: "playground", Fr: "bac à sable"},
		"site.nav.run":        {En: "run it yourself", Fr: "l'exécuter chez soi"},
		"site.nav.all":        {En: "all lessons", Fr: "toutes les leçons"},
		"site.lead": {
			En: `A Go teaching kit for an introductory deep-learning lecture ("Réseaux de Neurones Profonds, Apprentissage de
Représentations"): a single neuron, forward propagation, gradient descent and its variants, delta-rule backpropagation,
universal approximation and deep models. Each lesson below is an executed notebook: its formulas, its Go cells with their
outputs, figures, and step-throughs of a network's passes (Previous / Next, one equation at a time with its numbers).`,
			Fr: `Un kit d'enseignement en Go pour un cours d'introduction à l'apprentissage profond (« Réseaux de Neurones Profonds,
Apprentissage de Représentations ») : un neurone seul, la propagation avant, la descente de gradient et ses variantes, la
rétropropagation du gradient par la règle delta, l'approximation universelle et les modèles profonds. Chaque leçon
ci-dessous est un notebook exécuté : ses formules, ses cellules Go avec leurs sorties, ses figures, et le pas à pas des
passes d'un réseau (Précédent / Suivant, une équation à la fois avec ses nombres).`,
		},
		"site.playground": {
			En: `<a href="%s"><b>▶ The playground</b></a>: train a small network in your browser (stepnet's own Go
packages compiled to WebAssembly), watch its decision regions and hidden units, and step through its backward pass on
any point.`,
			Fr: `<a href="%s"><b>▶ Le bac à sable</b></a> : entraînez un petit réseau dans votre navigateur (les paquets Go de
stepnet compilés en WebAssembly), regardez ses régions de décision et ses neurones cachés, et suivez pas à pas sa passe
arrière en n'importe quel point.`,
		},
		"site.lessons":       {En: "Lessons", Fr: "Leçons"},
		"site.col.lesson":    {En: "lesson", Fr: "leçon"},
		"site.col.figures":   {En: "figures", Fr: "figures"},
		"site.col.exercises": {En: "exercises", Fr: "exercices"},
		"site.col.sheet":     {En: "printed sheet", Fr: "planche imprimable"},
		"site.sheet":         {En: "A4 PDF", Fr: "PDF A4"},
		"site.lessons.kernels": {
			En: `The lessons are the same text on both Go kernels, GoNB and gophernotes (<code>notebooks/</code> and
<code>notebooks/gophernotes/</code>); these pages show the GoNB notebooks as executed. The printed sheets are
<code>stepnet plots</code>'s A4 PDFs, one figure per page, readable in black and white.`,
			Fr: `Ces pages montrent, exécutés, les notebooks français pour le noyau GoNB (<code>notebooks/fr/</code>, faits à
partir de <code>lessons/NN-slug/lesson.fr.md</code>) : le même code que les leçons anglaises, le texte, les commentaires et
les libellés traduits. Les planches imprimables sont les PDF A4 de <code>stepnet plots</code>, une figure par page,
lisibles en noir et blanc.`,
		},
		"site.run": {En: "Run it yourself", Fr: "L'exécuter chez soi"},
		"site.run.binder": {
			En: `<b>In the browser, nothing to install</b>: <a href="%s">launch the notebooks on Binder</a> (GoNB kernel;
the first launch builds the image and takes a few minutes).`,
			Fr: `<b>Dans le navigateur, rien à installer</b> : <a href="%s">lancez les notebooks sur Binder</a> (noyau GoNB ;
le premier lancement construit l'image et prend quelques minutes ; les leçons françaises sont dans le dossier
<code>fr/</code>).`,
		},
		"site.run.local": {
			En: `<b>On your machine</b> (Debian or Ubuntu with Go 1.26): <code>git clone %s &amp;&amp; cd stepnet &amp;&amp; make notebook</code>
installs Jupyter and the GoNB kernel and opens the lessons.`,
			Fr: `<b>Sur votre machine</b> (Debian ou Ubuntu avec Go 1.26) : <code>git clone %s &amp;&amp; cd stepnet &amp;&amp; make notebook</code>
installe Jupyter et le noyau GoNB et ouvre les leçons (dossier <code>fr/</code> pour les leçons en français).`,
		},
		"site.run.class": {
			En: `<b>For a class</b>: the classroom image in <a href="%s/tree/main/docker">docker/</a> (Jupyter, Go, GoNB and the
notebooks; also as JupyterHub's single-user image).`,
			Fr: `<b>Pour une classe</b> : l'image de salle de cours dans <a href="%s/tree/main/docker">docker/</a> (Jupyter, Go,
GoNB et les notebooks ; aussi comme image mono-utilisateur de JupyterHub).`,
		},
		"site.run.exercises": {
			En: `<b>Exercises</b> grade themselves: write the function in <code>lessons/NN-slug/exercises/exercises.go</code>, then
<code>make exercises</code>. Each lesson page lists its exercises with their task.`,
			Fr: `<b>Les exercices</b> se corrigent tout seuls : écrivez la fonction dans
<code>lessons/NN-slug/exercises/exercises.go</code>, puis <code>make exercises</code>. Chaque page de leçon donne ses
exercices avec leur énoncé.`,
		},
		"site.footer": {
			En: `Made by <code>stepnet site</code> from the executed notebooks. Formulas typeset by MathJax %s, carried by
the site (nothing is fetched from elsewhere). <a href="%s">Source</a>.`,
			Fr: `Fait par <code>stepnet site</code> à partir des notebooks exécutés. Formules composées par MathJax %s, que le
site transporte (rien n'est chargé d'ailleurs). <a href="%s">Source</a>.`,
		},
		"site.lesson.about": {
			En: `Lesson %s, the executed notebook <code>%s</code>`,
			Fr: `Leçon %s, le notebook exécuté <code>%s</code>`,
		},
		"site.lesson.binder": {En: `run it on Binder`, Fr: `l'exécuter sur Binder`},
		"site.lesson.sheet":  {En: `its figures as a printed A4 sheet`, Fr: `ses figures en planche A4 imprimable`},
		"site.exercises":     {En: "Exercises", Fr: "Exercices"},
		"site.exercises.local": {
			En: `<b>To solve them locally</b>: in a checkout of stepnet, open <code>lessons/%s/exercises/exercises.go</code>,
replace the line <code>panic(check.TODO)</code> of a function with your code, then run`,
			Fr: `<b>Pour les résoudre chez vous</b> : dans une copie de stepnet, ouvrez <code>lessons/%s/exercises/exercises.go</code>,
remplacez la ligne <code>panic(check.TODO)</code> d'une fonction par votre code, puis lancez`,
		},
		"site.exercises.commands": {
			En: `make exercises                                   # every exercise: passes or not, and N/M exercises pass
go run ./tests/exercises/grade -v -only NAME      # every case of one exercise, with a hint in the lecture's words`,
			Fr: `make exercises                                   # chaque exercice : réussi ou non, et N/M exercices réussis
go run ./tests/exercises/grade -v -only NAME      # chaque cas d'un exercice, avec un indice dans les mots du cours`,
		},
		"site.exercises.cells": {
			En: `In the notebook, the lesson's exercise cells grade a function written in the cell instead.`,
			Fr: `Dans le notebook, les cellules d'exercices de la leçon corrigent plutôt une fonction écrite dans la cellule.`,
		},
		"site.exercises.grade": {En: `Grade it:`, Fr: `Le corriger :`},
		"site.exercises.none": {
			En: `This lesson has no exercise file of its own: its "Try it" section above is the practice
(lessons 12 and 13 point back to the exercises of earlier lessons).`,
			Fr: `Cette leçon n'a pas de fichier d'exercices à elle : sa section « À vous de jouer » ci-dessus sert
d'entraînement (les leçons 12 et 13 renvoient aux exercices des leçons précédentes).`,
		},
		"site.setup": {
			En: `The notebook's setup cell (it makes the cells below import this checkout's packages; run it first in Jupyter)`,
			Fr: `La cellule de préparation du notebook (elle permet aux cellules suivantes d'importer les paquets de cette copie et les met en français ; exécutez-la d'abord dans Jupyter)`,
		},
	})
}
