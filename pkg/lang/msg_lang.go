package lang

// Messages of the language setting itself.
func init() {
	register(map[string]Msg{
		"lang.unknown": {En: "%s: unknown language %q: want one of %s", Fr: "%s : langue inconnue %q : choisir parmi %s"},
		"lang.nokey":   {En: "lang.In: no message %q in the catalogue", Fr: "lang.In : pas de message %q dans le catalogue"},
		"lang.usage": {
			En: "the language of what the command writes: en (English) or fr (French); default: $%s, else en",
			Fr: "la langue de ce qu'écrit la commande : en (anglais) ou fr (français) ; par défaut : $%s, sinon en",
		},
	})
}
