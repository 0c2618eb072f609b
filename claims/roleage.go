package claims

// Ages of a person the report names by a role, not by a name: "the
// captain, 58, stayed aboard", "The ship's captain, 57, and 13 crew",
// "The captain, who has not been named, is 58". A story has one captain
// of its ship, one driver of its bus, one pilot of its plane: the role
// with "the" stands for the person, as a name would, and two reports that
// give the captain's age differently are in conflict. The claim's Person
// is the role as written with "the" ("the captain"; "the bus driver" keeps
// the word that says which driver), so that reconcile groups the ages of
// one role as it groups a named person's.
//
// Only roles that a story seldom has two of are read (roleNouns), only
// in the singular with "the" or a possessive before ("the ship's
// captain"), and only in apposition ("the captain, 58,") or as the subject
// of "is" or "was" ("The captain is 52"), also across a relative clause
// ("The captain, who has not been named, is 58"). "A driver, 45," is nobody in particular; "the
// victim, 23" may be one of several victims, and is left out.

// roleNouns are the roles a story usually has one person in.
var roleNouns = setOf(`captain skipper pilot copilot driver conductor director curator gunman`)

// roleAge reads an age of a person named by a role for the amount a. It
// returns the index of the claim's first token, the role's "the" (the
// claim's words say whose age it is: "The captain, 58"), and the role.
func roleAge(toks []token, a *amount) (first int, role string, ok bool) {
	n := a.num
	if a.isRange || a.first != n.first || n.fraction || n.indefinite || n.value < 1 || n.value > maxAge ||
		n.value != float64(int(n.value)) || n.first < 3 {
		return 0, "", false
	}
	next := tokenAt(toks, a.end)
	if a.end < len(toks) && next.text != "," && next.text != ";" && next.text != "." && next.lower != "and" {
		return 0, "", false
	}
	k := n.first - 1
	if isAgeCopula(toks[k].lower) {
		if f, r := roleBefore(toks, k); r != "" {
			return f, r, true // "The captain is 52"
		}
		// "The captain, who has not been named, is 58": the comma that
		// closes the relative clause, and the one that opens it.
		if toks[k-1].text != "," {
			return 0, "", false
		}
		j := k - 2
		for j > 0 && toks[j].text != "," {
			j--
		}
		if j < 2 || toks[j+1].lower != "who" {
			return 0, "", false
		}
		if f, r := roleBefore(toks, j); r != "" {
			return f, r, true
		}
		return 0, "", false
	}
	if toks[k].text != "," || n.spelled {
		return 0, "", false
	}
	if f, r := roleBefore(toks, k); r != "" {
		return f, r, true
	}
	return 0, "", false
}

// isRoleAge reports whether roleAge reads an age at a.
func isRoleAge(toks []token, a *amount) bool {
	_, _, ok := roleAge(toks, a)
	return ok
}

// roleBefore returns the role named just before toks[i] with "the" ("the
// captain", "the ship's captain", "the bus driver"), or "", and the index
// of its "the".
func roleBefore(toks []token, i int) (first int, role string) {
	r := i - 1
	if r < 1 || !roleNouns[toks[r].lower] || toks[r].isCapitalized() {
		return 0, ""
	}
	role = toks[r].lower
	d := r - 1
	switch w := toks[d]; {
	case w.lower == "the":
		return d, "the " + role
	case w.kind == tWord && !w.isStopword() && d > 0 && toks[d-1].lower == "the":
		if isPossessive(w.lower) {
			return d - 1, "the " + role // "the ship's captain": the ship has one
		}
		return d - 1, "the " + w.lower + " " + role // "the bus driver"
	}
	return 0, ""
}

// isPossessive reports a word in "'s": "ship's".
func isPossessive(w string) bool {
	return len(w) > 2 && (w[len(w)-2:] == "'s" || len(w) > 4 && w[len(w)-4:] == "’s")
}
