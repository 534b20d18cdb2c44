package lang

// The texts of the graders (pkg/check): the reports' frame, the messages of the sandbox and of the comparison, the structural diagnosis, and the catalogued hints.
func init() {
	register(map[string]Msg{
		"check.notyet": {
			En: "not implemented yet: write %s",
			Fr: "pas encore écrit : écrivez %s",
		},
		"check.stub": {
			En: "%s, as its stub in lessons/%s/exercises/exercises.go describes",
			Fr: "%s, comme le décrit son squelette dans lessons/%s/exercises/exercises.go",
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
		"check.why": {
			En: "%s: %s",
			Fr: "%s : %s",
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
		"check.task.UniversalFit": {
			En: "a fit F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) with N units (σ the sigmoid) such that max |F(x) − f(x)| < ε on [0, 1] (Cybenko: it exists)",
			Fr: "un ajustement F(x) = Σᵢ vᵢ σ(wᵢx + bᵢ) à N neurones (σ la sigmoïde) tel que max |F(x) − f(x)| < ε sur [0, 1] (Cybenko : il existe)",
		},
		"check.task.OutputDelta": {
			En: "the output error δᴸ = ∂C/∂aᴸ for C = ‖oᴸ − y‖²: C depends on aᵢᴸ only through oᵢᴸ = g(aᵢᴸ), two factors",
			Fr: "l'erreur de sortie δᴸ = ∂C/∂aᴸ pour C = ‖oᴸ − y‖² : C ne dépend de aᵢᴸ qu'à travers oᵢᴸ = g(aᵢᴸ), deux facteurs",
		},
		"check.task.HiddenDelta": {
			En: "a hidden layer's error δˡ = ∂C/∂aˡ from the error δˡ⁺¹ of the layer above: neuron j reaches C through every neuron i of layer l+1, along wᵢⱼˡ⁺¹, and through its own g",
			Fr: "l'erreur δˡ = ∂C/∂aˡ d'une couche cachée à partir de l'erreur δˡ⁺¹ de la couche du dessus : le neurone j atteint C par chaque neurone i de la couche l+1, le long de wᵢⱼˡ⁺¹, et par son propre g",
		},
		"check.task.WeightGradient": {
			En: "the weight gradient ∂C/∂Wˡ, the nˡ×nˡ⁻¹ matrix of the ∂C/∂wᵢⱼˡ, from δˡ and hˡ⁻¹: wᵢⱼˡ acts on aᵢˡ only and multiplies hⱼˡ⁻¹ there",
			Fr: "le gradient des poids ∂C/∂Wˡ, la matrice nˡ×nˡ⁻¹ des ∂C/∂wᵢⱼˡ, à partir de δˡ et hˡ⁻¹ : wᵢⱼˡ n'agit que sur aᵢˡ et y multiplie hⱼˡ⁻¹",
		},
		"check.task.Backward": {
			En: "backpropagation for C = ‖oᴸ − y‖²: a forward pass that keeps what the backward pass needs, the errors δ from the output down, then every ∂C/∂Wˡ and ∂C/∂bˡ, checked against (C(w + ε) − C(w − ε)) / 2ε",
			Fr: "la rétropropagation pour C = ‖oᴸ − y‖² : une passe avant qui garde ce dont la passe arrière a besoin, les erreurs δ depuis la sortie, puis chaque ∂C/∂Wˡ et ∂C/∂bˡ, vérifiés par (C(w + ε) − C(w − ε)) / 2ε",
		},
		"check.task.FixBackward": {
			En: "find and fix the one mistake of the backward pass given in the exercise file: every ∂C/∂Wˡ and ∂C/∂bˡ must pass the gradient check",
			Fr: "trouver et corriger l'unique erreur de la passe arrière donnée dans le fichier de l'exercice : chaque ∂C/∂Wˡ et ∂C/∂bˡ doit passer la vérification du gradient",
		},
		"check.task.ChainDzDx": {
			En: "∂z/∂x for z = 2f(x + 3y) + 6g(5x)h(y), by the chain rule: x reaches z along two paths, through a and through b",
			Fr: "∂z/∂x pour z = 2f(x + 3y) + 6g(5x)h(y), par la dérivation en chaîne : x atteint z par deux chemins, par a et par b",
		},
		"check.task.ChainDzDy": {
			En: "∂z/∂y for z = 2f(x + 3y) + 6g(5x)h(y), by the chain rule: y too reaches z along two paths",
			Fr: "∂z/∂y pour z = 2f(x + 3y) + 6g(5x)h(y), par la dérivation en chaîne : y aussi atteint z par deux chemins",
		},
		"check.task.ChainLocal": {
			En: "the four local derivatives ∂z/∂a, ∂a/∂x, ∂z/∂b and ∂b/∂x of z = 2a + 6b·h(y) with a = f(x + 3y), b = g(5x): each node's derivative with respect to its own input only",
			Fr: "les quatre dérivées locales ∂z/∂a, ∂a/∂x, ∂z/∂b et ∂b/∂x de z = 2a + 6b·h(y) avec a = f(x + 3y), b = g(5x) : la dérivée de chaque nœud par rapport à sa seule entrée",
		},
		"check.task.Conv2D": {
			En: "a one-channel convolution with stride s and zero padding p: a[i,j] is the sum, over the k×k window of output position (i, j), of each filter weight w[u,v] times the pixel under it, plus b; the map has the size lesson 14 gives",
			Fr: "une convolution à un canal de pas s et de bourrage de zéros p : a[i,j] est la somme, sur la fenêtre k×k de la position de sortie (i, j), de chaque poids w[u,v] du filtre fois le pixel dessous, plus b ; la carte a la taille que donne la leçon 14",
		},
		"check.task.ConvWeightGradient": {
			En: "the gradient ∂C/∂w of a shared k×k filter, from the image x and δ = ∂C/∂a at every output position: w[u,v] is used once at every position, add up what each use contributes",
			Fr: "le gradient ∂C/∂w d'un filtre k×k partagé, à partir de l'image x et de δ = ∂C/∂a en chaque position de sortie : w[u,v] sert une fois en chaque position, additionnez ce qu'apporte chaque usage",
		},
		"check.task.ConvParams": {
			En: "the number of weights and biases of a convolutional layer of F filters of size k×k on C input channels (each filter sees every channel)",
			Fr: "le nombre de poids et de biais d'une couche convolutive de F filtres de taille k×k sur C canaux d'entrée (chaque filtre voit tous les canaux)",
		},
		"check.task.OneHot": {
			En: "the N×k matrix Y of one-hot targets: row i is the target vector yᵢ of label cᵢ ∈ {0, …, k−1}",
			Fr: "la matrice N×k Y des cibles one-hot : la ligne i est le vecteur cible yᵢ de l'étiquette cᵢ ∈ {0, …, k−1}",
		},
		"check.task.Argmax": {
			En: "the decision cᵢ = argmaxⱼ pᵢⱼ for every example i (row) of P, the first class on ties",
			Fr: "la décision cᵢ = argmaxⱼ pᵢⱼ pour chaque exemple i (ligne) de P, la première classe en cas d'égalité",
		},
		"check.task.HandDeltas": {
			En: "by hand: the errors δ² and δ¹ of the small ReLU network given in the exercise, for C = ‖o − y‖²",
			Fr: "à la main : les erreurs δ² et δ¹ du petit réseau ReLU donné dans l'exercice, pour C = ‖o − y‖²",
		},
		"check.task.SoftmaxCEDelta": {
			En: "δᴸ = ∂C/∂oᴸ for the cross-entropy C = −Σⱼ yⱼ log pⱼ of p = softmax(oᴸ), with a linear output layer (oᴸ = aᴸ)",
			Fr: "δᴸ = ∂C/∂oᴸ pour l'entropie croisée C = −Σⱼ yⱼ log pⱼ de p = softmax(oᴸ), avec une couche de sortie linéaire (oᴸ = aᴸ)",
		},
		"check.task.Layer": {
			En: "one layer hˡ = g(aˡ) with aˡ = Wˡ hˡ⁻¹ + bˡ, i.e. hᵢ = g(Σⱼ wᵢⱼ hⱼ + bᵢ)",
			Fr: "une couche hˡ = g(aˡ) avec aˡ = Wˡ hˡ⁻¹ + bˡ, c'est-à-dire hᵢ = g(Σⱼ wᵢⱼ hⱼ + bᵢ)",
		},
		"check.task.Forward": {
			En: "forward propagation: h⁰ = x, then hˡ = g(Wˡ hˡ⁻¹ + bˡ) for l = 1…L; return hᴸ",
			Fr: "la propagation avant : h⁰ = x, puis hˡ = g(Wˡ hˡ⁻¹ + bˡ) pour l = 1…L ; rendre hᴸ",
		},
		"check.task.GDStep": {
			En: "one gradient-descent step with learning rate η on C(w) = F(w) + λ‖w‖², given ∂F/∂w only: the L2 term's part of ∂C/∂w is yours to add",
			Fr: "une itération de descente de gradient de pas η sur C(w) = F(w) + λ‖w‖², à partir de ∂F/∂w seul : la part du terme L2 dans ∂C/∂w est à ajouter",
		},
		"check.task.LearningRateRegime": {
			En: "LeCun's regime of η for C(w) = (h/2)(w − w*)² with curvature h: 1 slow and monotone (η below η_opt), 2 the minimum in one step (η = η_opt), 3 oscillations that do not grow, 4 divergence",
			Fr: "le régime de LeCun de η pour C(w) = (h/2)(w − w*)² de courbure h : 1 lent et monotone (η sous η_opt), 2 le minimum en un pas (η = η_opt), 3 des oscillations qui ne croissent pas, 4 la divergence",
		},
		"check.task.MinibatchEpoch": {
			En: "one epoch of minibatch gradient descent: perm := rng.Perm(n), then perm in batches of B examples, in order, every example once (the last batch may be smaller), each batch one step of size η along the mean gradient of its examples",
			Fr: "une époque de descente de gradient par mini-lots : perm := rng.Perm(n), puis perm en lots de B exemples, dans l'ordre, chaque exemple une fois (le dernier lot peut être plus petit), chaque lot un pas de taille η le long du gradient moyen de ses exemples",
		},
		"check.task.InitStd": {
			En: "the standard deviation σ of the weights wᵢⱼ ~ N(0, σ²) of a layer with n inputs that keeps Var(aˡ⁺¹) = Var(aˡ), when g's outputs have E[(hˡ)²] = m · Var(aˡ)",
			Fr: "l'écart type σ des poids wᵢⱼ ~ N(0, σ²) d'une couche à n entrées qui garde Var(aˡ⁺¹) = Var(aˡ), quand les sorties de g ont E[(hˡ)²] = m · Var(aˡ)",
		},
		"check.task.Confusion": {
			En: "the k×k confusion matrix of the true labels (the first argument) against the predictions pred: one row per true class, one column per predicted class, each entry a count of examples",
			Fr: "la matrice de confusion k×k des vraies étiquettes labels (le premier argument) face aux prédictions pred : une ligne par vraie classe, une colonne par classe prédite, chaque case un nombre d'exemples",
		},
		"check.task.DenseParams": {
			En: "the number of weights and biases of a fully connected network with layer sizes n⁰ (the input), n¹, …, nᴸ (the output)",
			Fr: "le nombre de poids et de biais d'un réseau complètement connecté de tailles de couches n⁰ (l'entrée), n¹, …, nᴸ (la sortie)",
		},
		"check.task.Softmax": {
			En: "a numerically stable softmax p = softmax(o), pⱼ = exp(oⱼ) / Σₖ exp(oₖ): also right for o = (1000, 1000), where exp(1000) is +Inf in float64",
			Fr: "une softmax numériquement stable p = softmax(o), pⱼ = exp(oⱼ) / Σₖ exp(oₖ) : juste aussi pour o = (1000, 1000), où exp(1000) vaut +Inf en float64",
		},
		"check.task.CrossEntropy": {
			En: "the cross-entropy C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ over the N rows (examples) of P and Y",
			Fr: "l'entropie croisée C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ sur les N lignes (exemples) de P et Y",
		},
		"check.task.MSE": {
			En: "the lecture's mean squared error of a batch of N examples, for the outputs O and the targets Y (one row per example): is the mean over the outputs too? the slide's formula says",
			Fr: "l'erreur quadratique moyenne du cours d'un lot de N exemples, pour les sorties O et les cibles Y (une ligne par exemple) : la moyenne porte-t-elle aussi sur les sorties ? la formule du transparent le dit",
		},
		"check.task.Sigmoid": {
			En: "the sigmoid g(a): from 0 for very negative activities to 1 for very positive ones, through ½ at a = 0",
			Fr: "la sigmoïde g(a) : de 0 pour les activités très négatives à 1 pour les très positives, en passant par ½ en a = 0",
		},
		"check.task.SigmoidDeriv": {
			En: "the sigmoid's derivative g′(a), written with g(a) itself",
			Fr: "la dérivée de la sigmoïde g′(a), écrite avec g(a) elle-même",
		},
		"check.task.Tanh": {
			En: "the hyperbolic tangent g(a) = tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)",
			Fr: "la tangente hyperbolique g(a) = tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)",
		},
		"check.task.TanhDeriv": {
			En: "the derivative g′(a) of tanh, written with tanh(a) itself",
			Fr: "la dérivée g′(a) de tanh, écrite avec tanh(a) lui-même",
		},
		"check.task.Gaussian": {
			En: "the Gaussian g(a) = e^(−a²)",
			Fr: "la gaussienne g(a) = e^(−a²)",
		},
		"check.task.GaussianDeriv": {
			En: "the derivative g′(a) of the Gaussian g(a) = e^(−a²) (the chain rule, on the exponent)",
			Fr: "la dérivée g′(a) de la gaussienne g(a) = e^(−a²) (la dérivation en chaîne, sur l'exposant)",
		},
		"check.task.ReLU": {
			En: "the rectified linear unit g(a) = 0 if a ≤ 0, a otherwise",
			Fr: "l'unité linéaire rectifiée g(a) = 0 si a ≤ 0, a sinon",
		},
		"check.task.ReLUDeriv": {
			En: "the ReLU's derivative g′(a) = 0 if a ≤ 0, 1 otherwise",
			Fr: "la dérivée de ReLU g′(a) = 0 si a ≤ 0, 1 sinon",
		},
		"check.task.NeuronOutput": {
			En: "a neuron's output o = g(a) with a = wᵀx + w₀ = Σⱼ wⱼxⱼ + w₀",
			Fr: "la sortie d'un neurone o = g(a) avec a = wᵀx + w₀ = Σⱼ wⱼxⱼ + w₀",
		},
		"check.task.L2Minimum": {
			En: "the weights w that minimise C(w) = F(w) + λ‖w‖², for F(w) = ½(w − w*)ᵀH(w − w*) with Hessian H and minimum w*",
			Fr: "les poids w qui minimisent C(w) = F(w) + λ‖w‖², pour F(w) = ½(w − w*)ᵀH(w − w*) de hessienne H et de minimum w*",
		},
		"check.task.EtaMax": {
			En: "η_max, the learning rate above which gradient descent on C(w) = ½(w − w*)ᵀH(w − w*) diverges from almost every start",
			Fr: "η_max, le pas d'apprentissage au-dessus duquel la descente de gradient sur C(w) = ½(w − w*)ᵀH(w − w*) diverge depuis presque tout départ",
		},
		"check.task.Side": {
			En: "the side of the unit's line wᵀx + w₀ = 0 that the point x falls on: +1 on the side w points to, −1 on the other side, 0 on the line",
			Fr: "le côté de la droite du neurone wᵀx + w₀ = 0 où tombe le point x : +1 du côté où pointe w, −1 de l'autre côté, 0 sur la droite",
		},
		"check.debug.head": {
			En: "step by step, yours beside the reference (%s; %s):",
			Fr: "pas à pas, le vôtre à côté de la référence (%s ; %s) :",
		},
		"check.debug.want": {
			En: "want  %s",
			Fr: "attendu %s",
		},
		"check.debug.yours": {
			En: "yours %s",
			Fr: "le vôtre %s",
		},
		"check.debug.borrowed": {
			En: "yours (not returned by your function: the reference's value is used)",
			Fr: "le vôtre (non rendu par votre fonction : la valeur de la référence est utilisée)",
		},
		"check.debug.with": {
			En: "with %s",
			Fr: "avec %s",
		},
		"check.debug.first": {
			En: "the first equation that differs is \"%s\": %s",
			Fr: "la première équation qui diffère est « %s » : %s",
		},
		"check.debug.html.head": {
			En: "Step by step: your pass beside the reference's",
			Fr: "Pas à pas : votre passe à côté de celle de la référence",
		},
		"check.debug.html.step": {
			En: "step",
			Fr: "étape",
		},
		"check.debug.html.reference": {
			En: "reference",
			Fr: "référence",
		},
		"check.debug.html.yours": {
			En: "yours",
			Fr: "le vôtre",
		},
		"check.debug.differs": {
			En: "differs",
			Fr: "diffère",
		},
		"check.debug.html.borrowed": {
			En: "not returned by your function (the reference's value is used)",
			Fr: "non rendu par votre fonction (la valeur de la référence est utilisée)",
		},
		"check.debug.html.first": {
			En: "First difference:",
			Fr: "Première différence :",
		},
		"check.debug.html.hint": {
			En: "Hint:",
			Fr: "Indice :",
		},
		"check.debug.fromdb": {
			En: "(yours read from your ∂C/∂b = δ)",
			Fr: "(le vôtre lu dans votre ∂C/∂b = δ)",
		},
		"check.Sigmoid.1": {
			En: "the sign of the exponent: g(a) = 1 / (1 + e⁻ᵃ), not 1 / (1 + eᵃ)",
			Fr: "le signe de l'exposant : g(a) = 1 / (1 + e⁻ᵃ), pas 1 / (1 + eᵃ)",
		},
		"check.Sigmoid.2": {
			En: "the denominator is 1 + e⁻ᵃ, not 1 − e⁻ᵃ",
			Fr: "le dénominateur est 1 + e⁻ᵃ, pas 1 − e⁻ᵃ",
		},
		"check.Sigmoid.3": {
			En: "that is tanh(a): the sigmoid is 1 / (1 + e⁻ᵃ)",
			Fr: "c'est tanh(a) : la sigmoïde est 1 / (1 + e⁻ᵃ)",
		},
		"check.Sigmoid.4": {
			En: "that is e⁻ᵃ alone: g(a) = 1 / (1 + e⁻ᵃ)",
			Fr: "c'est e⁻ᵃ seul : g(a) = 1 / (1 + e⁻ᵃ)",
		},
		"check.Sigmoid.5": {
			En: "g(a) = 1 / (1 + e⁻ᵃ): use math.Exp(-a)",
			Fr: "g(a) = 1 / (1 + e⁻ᵃ) : utilisez math.Exp(-a)",
		},
		"check.SigmoidDeriv.1": {
			En: "g′(a) = g(a)(1 − g(a)): apply g first; a(1 − a) uses a where g(a) is needed",
			Fr: "g′(a) = g(a)(1 − g(a)) : appliquez d'abord g ; a(1 − a) utilise a là où il faut g(a)",
		},
		"check.SigmoidDeriv.2": {
			En: "that is g(a) itself, not its derivative g′(a) = g(a)(1 − g(a))",
			Fr: "c'est g(a) elle-même, pas sa dérivée g′(a) = g(a)(1 − g(a))",
		},
		"check.SigmoidDeriv.3": {
			En: "the sign: g′(a) = g(a)(1 − g(a)) is never negative",
			Fr: "le signe : g′(a) = g(a)(1 − g(a)) n'est jamais négative",
		},
		"check.SigmoidDeriv.4": {
			En: "that is 1 − g(a): g′(a) = g(a)(1 − g(a))",
			Fr: "c'est 1 − g(a) : g′(a) = g(a)(1 − g(a))",
		},
		"check.SigmoidDeriv.5": {
			En: "g′(a) = g(a)(1 − g(a)) with g the sigmoid",
			Fr: "g′(a) = g(a)(1 − g(a)) avec g la sigmoïde",
		},
		"check.Tanh.1": {
			En: "for a = ±800, eᵃ overflows to +Inf and Inf/Inf is NaN: use math.Tanh, or 1 − 2/(e²ᵃ + 1)",
			Fr: "pour a = ±800, eᵃ déborde en +Inf et Inf/Inf vaut NaN : utilisez math.Tanh, ou 1 − 2/(e²ᵃ + 1)",
		},
		"check.Tanh.2": {
			En: "that is the sigmoid: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)",
			Fr: "c'est la sigmoïde : tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ)",
		},
		"check.Tanh.3": {
			En: "that is sinh(a) = (eᵃ − e⁻ᵃ)/2: divide by eᵃ + e⁻ᵃ instead of 2",
			Fr: "c'est sinh(a) = (eᵃ − e⁻ᵃ)/2 : divisez par eᵃ + e⁻ᵃ au lieu de 2",
		},
		"check.Tanh.4": {
			En: "the numerator is eᵃ − e⁻ᵃ, not eᵃ + e⁻ᵃ: tanh(a) is 0 at a = 0",
			Fr: "le numérateur est eᵃ − e⁻ᵃ, pas eᵃ + e⁻ᵃ : tanh(a) vaut 0 en a = 0",
		},
		"check.Tanh.5": {
			En: "the sign: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), positive for a > 0",
			Fr: "le signe : tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), positive pour a > 0",
		},
		"check.Tanh.6": {
			En: "that is 2·sigmoid(a) − 1 = tanh(a/2): tanh(a) = 2·sigmoid(2a) − 1",
			Fr: "c'est 2·sigmoïde(a) − 1 = tanh(a/2) : tanh(a) = 2·sigmoïde(2a) − 1",
		},
		"check.Tanh.7": {
			En: "the exponent: tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), eᵃ not e²ᵃ or e^(a/2)",
			Fr: "l'exposant : tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ), eᵃ et non e²ᵃ ou e^(a/2)",
		},
		"check.Tanh.8": {
			En: "tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ); math.Tanh computes it",
			Fr: "tanh(a) = (eᵃ − e⁻ᵃ) / (eᵃ + e⁻ᵃ) ; math.Tanh la calcule",
		},
		"check.TanhDeriv.1": {
			En: "g′(a) = 1 − tanh²(a), not 1 − a²: apply tanh first",
			Fr: "g′(a) = 1 − tanh²(a), pas 1 − a² : appliquez d'abord tanh",
		},
		"check.TanhDeriv.2": {
			En: "the square is missing: g′(a) = 1 − tanh²(a)",
			Fr: "le carré manque : g′(a) = 1 − tanh²(a)",
		},
		"check.TanhDeriv.3": {
			En: "the sign: g′(a) = 1 − tanh²(a), not 1 + tanh²(a)",
			Fr: "le signe : g′(a) = 1 − tanh²(a), pas 1 + tanh²(a)",
		},
		"check.TanhDeriv.4": {
			En: "that is tanh(a) itself, not its derivative 1 − tanh²(a)",
			Fr: "c'est tanh(a) elle-même, pas sa dérivée 1 − tanh²(a)",
		},
		"check.TanhDeriv.5": {
			En: "that is tanh²(a): the derivative is 1 − tanh²(a)",
			Fr: "c'est tanh²(a) : la dérivée est 1 − tanh²(a)",
		},
		"check.TanhDeriv.6": {
			En: "that is the sigmoid's derivative: for tanh, g′ = 1 − tanh²(a)",
			Fr: "c'est la dérivée de la sigmoïde : pour tanh, g′ = 1 − tanh²(a)",
		},
		"check.TanhDeriv.7": {
			En: "g′(a) = 1 − tanh²(a)",
			Fr: "g′(a) = 1 − tanh²(a)",
		},
		"check.Gaussian.1": {
			En: "the exponent is −a², not −a",
			Fr: "l'exposant est −a², pas −a",
		},
		"check.Gaussian.2": {
			En: "the sign of the exponent: g(a) = e^(−a²), not e^(a²)",
			Fr: "le signe de l'exposant : g(a) = e^(−a²), pas e^(a²)",
		},
		"check.Gaussian.3": {
			En: "the lecture's Gaussian is e^(−a²), without a factor 1/2",
			Fr: "la gaussienne du cours est e^(−a²), sans facteur 1/2",
		},
		"check.Gaussian.4": {
			En: "the exponent is −a², not −2a",
			Fr: "l'exposant est −a², pas −2a",
		},
		"check.Gaussian.5": {
			En: "the normalising factor 1/√(2π) is not part of g here",
			Fr: "le facteur de normalisation 1/√(2π) ne fait pas partie de g ici",
		},
		"check.Gaussian.6": {
			En: "(−a)² = a², so e^(−a²) is e to the power minus a squared",
			Fr: "(−a)² = a², alors que e^(−a²) est e à la puissance moins a au carré",
		},
		"check.Gaussian.7": {
			En: "g(a) = e^(−a²) = math.Exp(-a*a)",
			Fr: "g(a) = e^(−a²) = math.Exp(-a*a)",
		},
		"check.GaussianDeriv.1": {
			En: "the factor 2 is missing: the chain rule on −a² gives −2a, so g′(a) = −2a e^(−a²)",
			Fr: "le facteur 2 manque : la dérivation en chaîne de −a² donne −2a, donc g′(a) = −2a e^(−a²)",
		},
		"check.GaussianDeriv.2": {
			En: "the sign: g′(a) = −2a e^(−a²)",
			Fr: "le signe : g′(a) = −2a e^(−a²)",
		},
		"check.GaussianDeriv.3": {
			En: "the factor a is missing: g′(a) = −2a e^(−a²)",
			Fr: "le facteur a manque : g′(a) = −2a e^(−a²)",
		},
		"check.GaussianDeriv.4": {
			En: "that is g(a) itself: multiply by the derivative of the exponent, −2a",
			Fr: "c'est g(a) elle-même : multipliez par la dérivée de l'exposant, −2a",
		},
		"check.GaussianDeriv.5": {
			En: "g′(a) = −2a e^(−a²) (chain rule on the exponent −a²)",
			Fr: "g′(a) = −2a e^(−a²) (dérivation en chaîne de l'exposant −a²)",
		},
		"check.ReLU.1": {
			En: "that is g′ (0 or 1): g(a) itself is a for a > 0",
			Fr: "c'est g′ (0 ou 1) : g(a) elle-même vaut a pour a > 0",
		},
		"check.ReLU.2": {
			En: "that is |a|: for a ≤ 0, g(a) = 0",
			Fr: "c'est |a| : pour a ≤ 0, g(a) = 0",
		},
		"check.ReLU.3": {
			En: "that is a itself: for a ≤ 0, g(a) = 0",
			Fr: "c'est a lui-même : pour a ≤ 0, g(a) = 0",
		},
		"check.ReLU.4": {
			En: "the comparison is reversed: g(a) = a for a > 0, 0 otherwise",
			Fr: "la comparaison est inversée : g(a) = a pour a > 0, 0 sinon",
		},
		"check.ReLU.5": {
			En: "g(a) = 0 if a ≤ 0, a otherwise (math.Max(0, a))",
			Fr: "g(a) = 0 si a ≤ 0, a sinon (math.Max(0, a))",
		},
		"check.ReLUDeriv.1": {
			En: "that is g(a) itself: its derivative is 1 for a > 0 and 0 otherwise",
			Fr: "c'est g(a) elle-même : sa dérivée vaut 1 pour a > 0 et 0 sinon",
		},
		"check.ReLUDeriv.2": {
			En: "ReLU has no derivative at 0; following the slide (g(a) = 0 for a ≤ 0) we take g′(0) = 0: use a > 0, not a ≥ 0",
			Fr: "ReLU n'a pas de dérivée en 0 ; comme le transparent (g(a) = 0 pour a ≤ 0), on prend g′(0) = 0 : utilisez a > 0, pas a ≥ 0",
		},
		"check.ReLUDeriv.3": {
			En: "the comparison is reversed: g′(a) = 1 for a > 0",
			Fr: "la comparaison est inversée : g′(a) = 1 pour a > 0",
		},
		"check.ReLUDeriv.4": {
			En: "g′(a) = 0 if a ≤ 0, 1 otherwise",
			Fr: "g′(a) = 0 si a ≤ 0, 1 sinon",
		},
		"check.NeuronOutput.1": {
			En: "a = Σⱼ wⱼxⱼ + w₀ (loop over j), then o = g(a)",
			Fr: "a = Σⱼ wⱼxⱼ + w₀ (boucle sur j), puis o = g(a)",
		},
		"check.NeuronOutput.2": {
			En: "the bias w₀ is missing: a = Σⱼ wⱼxⱼ + w₀",
			Fr: "le biais w₀ manque : a = Σⱼ wⱼxⱼ + w₀",
		},
		"check.NeuronOutput.3": {
			En: "g is not applied: the output is o = g(a), not a",
			Fr: "g n'est pas appliquée : la sortie est o = g(a), pas a",
		},
		"check.NeuronOutput.4": {
			En: "w₀ is added after g: o = g(Σⱼ wⱼxⱼ + w₀), the bias goes inside",
			Fr: "w₀ est ajouté après g : o = g(Σⱼ wⱼxⱼ + w₀), le biais va à l'intérieur",
		},
		"check.NeuronOutput.5": {
			En: "w₀ is subtracted: a = Σⱼ wⱼxⱼ + w₀",
			Fr: "w₀ est soustrait : a = Σⱼ wⱼxⱼ + w₀",
		},
		"check.NeuronOutput.6": {
			En: "the loop misses the first input: j runs over all of x, from 0 (Go's first index) to len(x) − 1",
			Fr: "la boucle oublie la première entrée : j parcourt tout x, de 0 (le premier indice en Go) à len(x) − 1",
		},
		"check.NeuronOutput.7": {
			En: "the loop misses the last input: j runs over all of x, up to len(x) − 1 (j < len(x), not j < len(x) − 1)",
			Fr: "la boucle oublie la dernière entrée : j parcourt tout x, jusqu'à len(x) − 1 (j < len(x), pas j < len(x) − 1)",
		},
		"check.softmax.overflow": {
			En: "softmax overflows for o = 1000 (exp(1000) = +Inf, and Inf/Inf is NaN) or underflows for o = −1000 (0/0): subtract max(o) first, pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) with m = max(o)",
			Fr: "la softmax déborde pour o = 1000 (exp(1000) = +Inf, et Inf/Inf vaut NaN) ou s'annule pour o = −1000 (0/0) : soustrayez d'abord max(o), pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) avec m = max(o)",
		},
		"check.Softmax.1": {
			En: "pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) with m = max(o); the pⱼ are positive and sum to 1",
			Fr: "pⱼ = exp(oⱼ − m) / Σₖ exp(oₖ − m) avec m = max(o) ; les pⱼ sont positifs et de somme 1",
		},
		"check.Softmax.2": {
			En: "the slide's exp(−oⱼ) is a slip: the softmax is exp(+oⱼ) / Σₖ exp(oₖ), so the largest output gets the largest probability",
			Fr: "le exp(−oⱼ) du transparent est une coquille : la softmax est exp(+oⱼ) / Σₖ exp(oₖ), pour que la plus grande sortie ait la plus grande probabilité",
		},
		"check.Softmax.3": {
			En: "subtract max(o), not min(o): exp(oⱼ − min(o)) still overflows",
			Fr: "soustrayez max(o), pas min(o) : exp(oⱼ − min(o)) déborde encore",
		},
		"check.Softmax.4": {
			En: "the pⱼ are not normalised: divide each exp(oⱼ − m) by their sum Σₖ exp(oₖ − m)",
			Fr: "les pⱼ ne sont pas normalisés : divisez chaque exp(oⱼ − m) par leur somme Σₖ exp(oₖ − m)",
		},
		"check.Softmax.5": {
			En: "the pⱼ are not normalised: divide each exp(oⱼ) by their sum Σₖ exp(oₖ)",
			Fr: "les pⱼ ne sont pas normalisés : divisez chaque exp(oⱼ) par leur somme Σₖ exp(oₖ)",
		},
		"check.Softmax.6": {
			En: "that divides oⱼ by Σₖ oₖ: take exp first, pⱼ = exp(oⱼ) / Σₖ exp(oₖ)",
			Fr: "cela divise oⱼ par Σₖ oₖ : prenez d'abord l'exp, pⱼ = exp(oⱼ) / Σₖ exp(oₖ)",
		},
		"check.CrossEntropy.1": {
			En: "C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ: sum over every row i and column j, natural log, minus sign, divide by the number of rows N",
			Fr: "C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ : somme sur chaque ligne i et colonne j, logarithme népérien, signe moins, division par le nombre de lignes N",
		},
		"check.CrossEntropy.2": {
			En: "0·log 0 is NaN in Go (0 × −Inf): skip the terms with yᵢⱼ = 0, they add nothing",
			Fr: "0·log 0 vaut NaN en Go (0 × −Inf) : sautez les termes où yᵢⱼ = 0, ils n'ajoutent rien",
		},
		"check.CrossEntropy.3": {
			En: "the minus sign is missing: C = −(1/N) Σ y log p is ≥ 0",
			Fr: "le signe moins manque : C = −(1/N) Σ y log p est ≥ 0",
		},
		"check.CrossEntropy.4": {
			En: "divide by N, the number of examples (rows): C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ",
			Fr: "divisez par N, le nombre d'exemples (lignes) : C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ",
		},
		"check.CrossEntropy.5": {
			En: "divide by N (the rows) only, not by N×O (rows × classes)",
			Fr: "divisez par N (les lignes) seulement, pas par N×O (lignes × classes)",
		},
		"check.CrossEntropy.6": {
			En: "use the natural logarithm math.Log, not math.Log10 or math.Log2",
			Fr: "utilisez le logarithme népérien math.Log, pas math.Log10 ou math.Log2",
		},
		"check.CrossEntropy.7": {
			En: "that is the binary cross-entropy with (1 − y) log(1 − p): here it is −Σⱼ yᵢⱼ log pᵢⱼ over the O classes",
			Fr: "c'est l'entropie croisée binaire avec (1 − y) log(1 − p) : ici c'est −Σⱼ yᵢⱼ log pᵢⱼ sur les O classes",
		},
		"check.CrossEntropy.8": {
			En: "y and p are swapped: the targets y weigh the log-probabilities, Σ y log p",
			Fr: "y et p sont échangés : les cibles y pondèrent les log-probabilités, Σ y log p",
		},
		"check.CrossEntropy.9": {
			En: "each log pᵢⱼ must be weighted by its target yᵢⱼ: C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ (with one-hot y only the log-probability of the true class counts)",
			Fr: "chaque log pᵢⱼ doit être pondéré par sa cible yᵢⱼ : C = −(1/N) Σᵢ Σⱼ yᵢⱼ log pᵢⱼ (avec y one-hot, seule compte la log-probabilité de la vraie classe)",
		},
		"check.MSE.1": {
			En: "(1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)²: square each difference, sum over every row and column, divide by the number of rows N",
			Fr: "(1/N) Σᵢ Σⱼ (yᵢⱼ − oᵢⱼ)² : élevez chaque différence au carré, sommez sur chaque ligne et colonne, divisez par le nombre de lignes N",
		},
		"check.MSE.2": {
			En: "divide by N, the number of examples (rows): the sum alone is N times too big",
			Fr: "divisez par N, le nombre d'exemples (lignes) : la somme seule est N fois trop grande",
		},
		"check.MSE.3": {
			En: "the lecture divides by N (the rows, examples) only, not by N×O (rows × outputs)",
			Fr: "le cours divise par N (les lignes, les exemples) seulement, pas par N×O (lignes × sorties)",
		},
		"check.MSE.4": {
			En: "the differences are not squared: (yᵢⱼ − oᵢⱼ)²",
			Fr: "les différences ne sont pas au carré : (yᵢⱼ − oᵢⱼ)²",
		},
		"check.MSE.5": {
			En: "that is the mean absolute error |y − o|: square the differences instead",
			Fr: "c'est l'erreur absolue moyenne |y − o| : élevez plutôt les différences au carré",
		},
		"check.MSE.6": {
			En: "no square root: the MSE is the mean of the squares, not its root (RMSE)",
			Fr: "pas de racine carrée : l'EQM est la moyenne des carrés, pas sa racine (REQM)",
		},
		"check.MSE.7": {
			En: "there is no factor 1/2 in the lecture's MSE",
			Fr: "il n'y a pas de facteur 1/2 dans l'EQM du cours",
		},
	})
}
