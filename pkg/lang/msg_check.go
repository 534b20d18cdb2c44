package lang

// The texts of the graders (pkg/check): the reports' frame, the messages of the sandbox and of the comparison, the structural diagnosis, and the catalogued hints.
func init() {
	register(map[string]Msg{
		"check.notyet": {
			En: "not implemented yet: write %s",
			Fr: "pas encore écrit : écrivez %s",
		},
		"check.summary.cases": {
			En: "%d/%d cases pass",
			Fr: "%d/%d cas réussis",
		},
		"check.lesson": {
			En: "(lesson %s)",
			Fr: "(leçon %s)",
		},
		"check.task": {
			En: "task: %s",
			Fr: "à faire : %s",
		},
		"check.todo": {
			En: "(the function still panics with check.TODO: replace that line with your code)",
			Fr: "(la fonction s'arrête encore sur check.TODO : remplacez cette ligne par votre code)",
		},
		"check.cases": {
			En: "%d of %d cases pass",
			Fr: "%d cas réussis sur %d",
		},
		"check.text.got": {
			En: "got  %s",
			Fr: "obtenu  %s",
		},
		"check.text.want": {
			En: "want %s",
			Fr: "attendu %s",
		},
		"check.text.hint": {
			En: "hint: %s",
			Fr: "indice : %s",
		},
		"check.text.note": {
			En: "note: %s",
			Fr: "remarque : %s",
		},
		"check.fixfirst": {
			En: "what to fix first: %s",
			Fr: "à corriger d'abord : %s",
		},
		"check.html.task": {
			En: "Task:",
			Fr: "À faire :",
		},
		"check.html.fixfirst": {
			En: "What to fix first:",
			Fr: "À corriger d'abord :",
		},
		"check.html.input": {
			En: "input",
			Fr: "entrée",
		},
		"check.html.got": {
			En: "got",
			Fr: "obtenu",
		},
		"check.html.want": {
			En: "want",
			Fr: "attendu",
		},
		"check.html.hint": {
			En: "hint",
			Fr: "indice",
		},
		"check.html.pass": {
			En: "pass",
			Fr: "réussi",
		},
		"check.html.fail": {
			En: "FAIL",
			Fr: "ÉCHEC",
		},
		"check.html.note": {
			En: "note:",
			Fr: "remarque :",
		},
		"check.inprocess": {
			En: "Graded in this process: a panic, an endless loop (CPU budget per call), a NaN, a wrong shape and a huge result are caught; os.Exit, log.Fatal, a panic in a goroutine the function starts, a stack overflow or running out of memory end the whole program (the cell) instead. The teacher's grade comes from `stepnet grade`, which runs each exercise in its own sandboxed process.",
			Fr: "Noté dans ce processus : une panique, une boucle sans fin (budget de CPU par appel), un NaN, une mauvaise forme et un résultat énorme sont rattrapés ; os.Exit, log.Fatal, une panique dans une goroutine que lance la fonction, un débordement de pile ou un manque de mémoire arrêtent tout le programme (la cellule). La note de l'enseignant vient de `stepnet grade`, qui exécute chaque exercice dans son propre processus isolé.",
		},
		"check.exercises": {
			En: "%d/%d exercises pass",
			Fr: "%d/%d exercices réussis",
		},
		"check.goexit": {
			En: "the function stopped without returning (runtime.Goexit?)",
			Fr: "la fonction s'est arrêtée sans rendre de valeur (runtime.Goexit ?)",
		},
		"check.notimplemented": {
			En: "not implemented yet",
			Fr: "pas encore écrit",
		},
		"check.at": {
			En: "(at %s)",
			Fr: "(en %s)",
		},
		"check.timeout.cpu": {
			En: "timeout: no answer after %.1f s of CPU time (an endless loop?)",
			Fr: "délai dépassé : pas de réponse après %.1f s de CPU (une boucle sans fin ?)",
		},
		"check.timeout.busy": {
			En: "timeout: no answer after %v, using %.1f s of CPU on a busy machine (an endless loop?)",
			Fr: "délai dépassé : pas de réponse après %v, avec %.1f s de CPU sur une machine chargée (une boucle sans fin ?)",
		},
		"check.timeout.blocked": {
			En: "timeout: no answer after %v of waiting, using only %.1f s of CPU (blocked: time.Sleep, a channel, a lock?)",
			Fr: "délai dépassé : pas de réponse après %v d'attente, avec seulement %.1f s de CPU (bloquée : time.Sleep, un canal, un verrou ?)",
		},
		"check.nil.input": {
			En: "(none)",
			Fr: "(aucune)",
		},
		"check.nil.got": {
			En: "nil function",
			Fr: "fonction nil",
		},
		"check.nil.want": {
			En: "a function",
			Fr: "une fonction",
		},
		"check.nil.hint": {
			En: "pass your function to the grader, e.g. check.%s(my%s)",
			Fr: "passez votre fonction au correcteur, par exemple check.%s(my%s)",
		},
		"check.notrun": {
			En: "not run",
			Fr: "non exécuté",
		},
		"check.hint.loop": {
			En: "%s: the function never returned: look for a loop whose condition never becomes false, or a recursion without a base case",
			Fr: "%s : la fonction n'a jamais rendu la main : cherchez une boucle dont la condition ne devient jamais fausse, ou une récursion sans cas de base",
		},
		"check.hint.blocked": {
			En: "%s: the function waited without working: is there a time.Sleep, or a channel receive nobody sends to?",
			Fr: "%s : la fonction a attendu sans travailler : y a-t-il un time.Sleep, ou une réception sur un canal où personne n'envoie ?",
		},
		"check.stopped.timeout": {
			En: "not run: the function did not return for an earlier case",
			Fr: "non exécuté : la fonction n'a pas rendu la main pour un cas précédent",
		},
		"check.hint.index": {
			En: "an index went past the end of a slice or matrix: check the loop bounds and the sizes you make.",
			Fr: "un indice a dépassé la fin d'une tranche ou d'une matrice : vérifiez les bornes des boucles et les tailles que vous créez.",
		},
		"check.hint.nil": {
			En: "a nil matrix or slice was used: create it with make(...) or mat.NewDense(r, c, nil) first.",
			Fr: "une matrice ou une tranche nil a été utilisée : créez-la d'abord avec make(...) ou mat.NewDense(r, c, nil).",
		},
		"check.stopped.budget": {
			En: "not run: the exercise's CPU budget (%v) was used up by the earlier cases",
			Fr: "non exécuté : le budget de CPU de l'exercice (%v) a été épuisé par les cas précédents",
		},
		"check.wrong": {
			En: "wrong value",
			Fr: "valeur fausse",
		},
		"check.diag.equals": {
			En: "your answer equals %s",
			Fr: "votre réponse est égale à %s",
		},
		"check.diag.transposed.shape": {
			En: "your matrix is the transpose of the right one (%d×%d for %d×%d): rows and columns are swapped",
			Fr: "votre matrice est la transposée de la bonne (%d×%d au lieu de %d×%d) : lignes et colonnes sont échangées",
		},
		"check.diag.transposed": {
			En: "your matrix is the transpose of the right one: rows and columns are swapped (entry (i, j) holds what belongs at (j, i))",
			Fr: "votre matrice est la transposée de la bonne : lignes et colonnes sont échangées (la case (i, j) contient ce qui va en (j, i))",
		},
		"check.diag.onewrong": {
			En: "every value is right except one: %s is %s, want %s",
			Fr: "toutes les valeurs sont justes sauf une : %s vaut %s, attendu %s",
		},
		"check.diag.shift.next": {
			En: "the values are shifted by one: your value i is the right value i+1 (an off-by-one in an index: does a loop start at 1, or use i+1?)",
			Fr: "les valeurs sont décalées d'un cran : votre valeur i est la bonne valeur i+1 (un indice décalé de un : une boucle commence-t-elle à 1, ou utilise-t-elle i+1 ?)",
		},
		"check.diag.shift.prev": {
			En: "the values are shifted by one: your value i is the right value i−1 (an off-by-one in an index: i−1 for i?)",
			Fr: "les valeurs sont décalées d'un cran : votre valeur i est la bonne valeur i−1 (un indice décalé de un : i−1 au lieu de i ?)",
		},
		"check.diag.reversed": {
			En: "the right values in reverse order",
			Fr: "les bonnes valeurs, dans l'ordre inverse",
		},
		"check.diag.permuted": {
			En: "the right values, in the wrong order: check which index each value is stored at",
			Fr: "les bonnes valeurs, dans le mauvais ordre : vérifiez à quel indice chaque valeur est rangée",
		},
		"check.diag.offset": {
			En: "every value is off by the same constant %s: a term added (or left out) once too often, such as a bias?",
			Fr: "chaque valeur est décalée de la même constante %s : un terme ajouté (ou oublié) une fois de trop, un biais par exemple ?",
		},
		"check.diag.nan.at": {
			En: "NaN (not a number) first appears at %s",
			Fr: "NaN (pas un nombre) apparaît d'abord en %s",
		},
		"check.diag.nan": {
			En: "the answer is NaN (not a number)",
			Fr: "la réponse est NaN (pas un nombre)",
		},
		"check.diag.nan.why": {
			En: "%s: NaN comes from 0/0, Inf − Inf, 0·Inf or Inf/Inf (an exp that overflowed?), or from the log or square root of a negative number, and then spreads to everything computed from it",
			Fr: "%s : NaN vient de 0/0, Inf − Inf, 0·Inf ou Inf/Inf (une exp qui a débordé ?), ou du log ou de la racine carrée d'un nombre négatif, puis se propage à tout ce qui en est calculé",
		},
		"check.diag.index": {
			En: "index %d",
			Fr: "l'indice %d",
		},
		"check.diag.entry": {
			En: "entry (%d, %d)",
			Fr: "la case (%d, %d)",
		},
		"check.diag.sign": {
			En: "the sign is flipped: your answer is −1 × the right one (a minus sign too many or missing, o − y for y − o, a step up the gradient?)",
			Fr: "le signe est inversé : votre réponse vaut −1 × la bonne (un signe moins en trop ou oublié, o − y au lieu de y − o, un pas dans le sens du gradient ?)",
		},
		"check.diag.sumN": {
			En: "your answer is N = %d times the right one: summed instead of averaged (the 1/N is missing)",
			Fr: "votre réponse vaut N = %d fois la bonne : une somme au lieu d'une moyenne (le 1/N manque)",
		},
		"check.diag.divN": {
			En: "your answer is the right one divided by N = %d: divided by N once too often (or averaged where a sum is needed)",
			Fr: "votre réponse est la bonne divisée par N = %d : une division par N de trop (ou une moyenne là où il faut une somme)",
		},
		"check.diag.negN": {
			En: "your answer is −N = −%d times the right one: the sign is flipped and the 1/N is missing",
			Fr: "votre réponse vaut −N = −%d fois la bonne : le signe est inversé et le 1/N manque",
		},
		"check.diag.x2": {
			En: "your answer is twice the right one (×2): a factor 2 too many",
			Fr: "votre réponse vaut deux fois la bonne (×2) : un facteur 2 en trop",
		},
		"check.diag.half": {
			En: "your answer is half the right one (×½): a factor 2 is missing (the 2 of a derivative of a square?)",
			Fr: "votre réponse vaut la moitié de la bonne (×½) : il manque un facteur 2 (le 2 de la dérivée d'un carré ?)",
		},
		"check.diag.neg2": {
			En: "your answer is −2 × the right one: the sign is flipped and there is a factor 2 too many",
			Fr: "votre réponse vaut −2 × la bonne : le signe est inversé et il y a un facteur 2 en trop",
		},
		"check.diag.neghalf": {
			En: "your answer is −½ × the right one: the sign is flipped and a factor 2 is missing",
			Fr: "votre réponse vaut −½ × la bonne : le signe est inversé et il manque un facteur 2",
		},
		"check.diag.factor": {
			En: "your answer is the right one times a constant factor %s: every value is off by the same factor",
			Fr: "votre réponse est la bonne fois un facteur constant %s : chaque valeur est fausse du même facteur",
		},
		"check.cmp.type": {
			En: "got a %T, want a %s",
			Fr: "obtenu un %T, attendu un %s",
		},
		"check.cmp.nan": {
			En: "got NaN (not a number)",
			Fr: "obtenu NaN (pas un nombre)",
		},
		"check.cmp.inf": {
			En: "got %v (an overflow)",
			Fr: "obtenu %v (un débordement)",
		},
		"check.cmp.typean": {
			En: "got a %T, want an %s",
			Fr: "obtenu un %T, attendu un %s",
		},
		"check.cmp.nilslice": {
			En: "got nil, want a slice",
			Fr: "obtenu nil, attendu une tranche",
		},
		"check.cmp.len": {
			En: "got %d values, want %d",
			Fr: "obtenu %d valeurs, attendu %d",
		},
		"check.cmp.nanat": {
			En: "got NaN (not a number) at index %d",
			Fr: "obtenu NaN (pas un nombre) à l'indice %d",
		},
		"check.cmp.infat": {
			En: "got %v at index %d (an overflow)",
			Fr: "obtenu %v à l'indice %d (un débordement)",
		},
		"check.cmp.vectors": {
			En: "got %d vectors, want %d",
			Fr: "obtenu %d vecteurs, attendu %d",
		},
		"check.cmp.vector": {
			En: "vector %d: %s",
			Fr: "vecteur %d : %s",
		},
		"check.cmp.nilmatrix": {
			En: "got a nil or empty matrix",
			Fr: "obtenu une matrice nil ou vide",
		},
		"check.cmp.shape": {
			En: "got a %d×%d matrix, want %d×%d",
			Fr: "obtenu une matrice %d×%d, attendu %d×%d",
		},
		"check.cmp.nanij": {
			En: "got NaN at (%d, %d)",
			Fr: "obtenu NaN en (%d, %d)",
		},
		"check.cmp.matrices": {
			En: "got %d matrices, want %d",
			Fr: "obtenu %d matrices, attendu %d",
		},
		"check.cmp.matrix": {
			En: "matrix %d: %s",
			Fr: "matrice %d : %s",
		},
	})
}
