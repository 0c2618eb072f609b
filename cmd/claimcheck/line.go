package main

import (
	"fmt"
	"io"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
)

// writeLines prints one finding a line, for editors and grep:
//
//	path:line:col: conflict: <topic>: <this value> vs <other value> (<other path>:<line>)
//
// A conflict gives a line for each claim, set against the first claim that
// disagrees with it; an agreement or a single claim gives one line.
func writeLines(w io.Writer, rep report, color bool) error {
	for _, f := range rep.shown {
		switch f.Verdict {
		case reconcile.Conflict, reconcile.Rounding, reconcile.Update:
			for i, c := range f.Claims {
				other := firstDisagreeing(f.Claims, i)
				if other == nil {
					continue
				}
				fmt.Fprintf(w, "%s:%d:%d: %s: %s: %s vs %s (%s:%d)\n", rep.path(c.Source), c.Line, c.Col,
					f.Verdict, f.Topic, reconcile.ValueString(&c), reconcile.ValueString(other),
					rep.path(other.Source), other.Line)
			}
		default:
			c := f.Claims[0]
			fmt.Fprintf(w, "%s:%d:%d: %s: %s: %s (%s)\n", rep.path(c.Source), c.Line, c.Col,
				f.Verdict, f.Topic, reconcile.ValueString(&c), plural(f.Independent, "independent source", "independent sources"))
		}
	}
	return nil
}

// firstDisagreeing returns the first claim of cs that cannot be right
// with cs[i], else the first whose value differs (a rounding or an update
// sets apart values that are compatible), or nil.
func firstDisagreeing(cs []claims.Claim, i int) *claims.Claim {
	for j := range cs {
		if j != i && !reconcile.Compatible(&cs[i], &cs[j]) {
			return &cs[j]
		}
	}
	v := reconcile.ValueString(&cs[i])
	for j := range cs {
		if j != i && reconcile.ValueString(&cs[j]) != v {
			return &cs[j]
		}
	}
	return nil
}
