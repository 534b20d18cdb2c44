package lang

// The texts the notebook generator (internal/notebook) adds to every lesson:
// how a student checks their own work, and what the teacher's grade adds;
// and the line that ends a GoNB notebook's setup cell (stepnet setupok).
// One text for all the lessons; %[1]s is the lesson's number ("08"), %[2]s
// its folder ("08-backpropagation").
func init() {
	register(map[string]Msg{
		// the last line of a GoNB notebook's setup cell (scripts/gonb-setup.sh, stepnet setupok)
		"notebook.setup.checkout": {
			En: "setup: ok, stepnet packages from the checkout around this notebook",
			Fr: "installation : ok, les paquets stepnet viennent du dépôt autour de ce notebook",
		},
		"notebook.setup.root": {
			En: "setup: ok, stepnet packages from STEPNET_ROOT (%s)",
			Fr: "installation : ok, les paquets stepnet viennent de STEPNET_ROOT (%s)",
		},
		"notebook.grading": {
			En: "**Checking your own work.** A grading cell such as `show.HTML(check.Softmax(mySoftmax).HTML())` grades " +
				"a function written in a cell, in the notebook's own process, on the practice cases everyone sees; " +
				"`check.Softmax(ex.Softmax)` grades your file `lessons/%[2]s/exercises/exercises.go` as saved, in a cell that imports " +
				"`ex \"github.com/stepnet/stepnet/lessons/%[2]s/exercises\"`. " +
				"In a terminal, in the kit's folder: `go run ./cmd/stepnet grade -only %[1]s` for this lesson's exercises, " +
				"`make exercises` for all of them, `-v -only NAME` for every case of one. Grade as often as you like.\n\n" +
				"**What the teacher's grade adds** (`stepnet grade -class`): the same graders on your files, each exercise " +
				"in a sandbox (a CPU-time budget, a memory limit, an output cap: a function that loops, exits or crashes " +
				"loses that exercise only), random cases of your own drawn from your name and the teacher's secret " +
				"(answers copied from the practice cases fail them), and points shared among the cases (the table is in " +
				"`tests/exercises/README.md`).",
			Fr: "**Vérifier soi-même son travail.** Une cellule de correction comme `show.HTML(check.Softmax(mySoftmax).HTML())` " +
				"corrige une fonction écrite dans une cellule, dans le processus du notebook, sur les cas d'entraînement que " +
				"tout le monde voit ; `check.Softmax(ex.Softmax)` corrige votre fichier " +
				"`lessons/%[2]s/exercises/exercises.go` tel qu'il est enregistré, dans une cellule qui importe " +
				"`ex \"github.com/stepnet/stepnet/lessons/%[2]s/exercises\"`. Dans un terminal, dans le dossier du kit : " +
				"`go run ./cmd/stepnet grade -only %[1]s` pour les exercices de cette leçon, `make exercises` pour tous, " +
				"`-v -only NOM` pour chaque cas d'un exercice. Corrigez-vous aussi souvent que vous voulez.\n\n" +
				"**Ce qu'ajoute la note de l'enseignant** (`stepnet grade -class`) : les mêmes correcteurs sur vos fichiers, " +
				"chaque exercice dans un bac à sable (un budget de temps CPU, une limite de mémoire, un plafond de sortie : " +
				"une fonction qui boucle, quitte ou plante ne perd que cet exercice), des cas aléatoires à vous, tirés de " +
				"votre nom et du secret de l'enseignant (des réponses recopiées des cas d'entraînement y échouent), et des " +
				"points partagés entre les cas (le barème est dans `tests/exercises/README.md`).",
		},
	})
}
