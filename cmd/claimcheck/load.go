package main

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"github.com/claimcheck/claimcheck/claims"
	"github.com/claimcheck/claimcheck/reconcile"
	"github.com/claimcheck/claimcheck/sources"
)

// loaded is one input read and its claims extracted.
type loaded struct {
	src    *sources.Source
	claims []claims.Claim
	print  reconcile.Fingerprint // for finding copies, taken before the text is let go
	err    error
}

// loadAll reads the inputs named by paths and extracts their claims with a
// bounded pool of GOMAXPROCS workers. Inputs that cannot be read are
// reported on stderr, one line each, sorted by path. The sources come back
// ordered by id, so the output does not depend on the order of the paths
// on the command line; ids are made unique by their directories when two
// files share a name. dates gives published dates by id, set before
// extraction.
//
// Unless keepText, each source's text is let go once its claims (detached
// from it) and shingles are taken: memory then holds the claims, not the
// files.
func loadAll(paths []string, dates map[string]string, maxBytes int64, keepText bool, stderr io.Writer) ([]*sources.Source, []claims.Claim, map[string]string, bool) {
	files, errs := sources.Expand(paths)
	boundMemory(files, maxBytes)
	ids := uniqueIDs(files)
	results := make([]loaded, len(files))
	p := newProgress(stderr, len(files))
	var (
		mu          sync.Mutex
		done, found int
		wg          sync.WaitGroup
	)
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var ex claims.Extractor // this worker's, its buffers kept from file to file
			for i := range next {
				src, err := sources.ReadMax(files[i], maxBytes)
				if err != nil {
					results[i].err = err
				} else {
					src.ID = ids[i]
					if d, ok := dates[src.ID]; ok {
						src.Published = d
					}
					results[i] = loaded{src: src, claims: distinctClaims(&ex, src), print: reconcile.FingerprintOf(src)}
					if !keepText {
						claims.Detach(results[i].claims)
						src.Release()
					}
				}
				mu.Lock()
				done++
				found += len(results[i].claims)
				p.update(done, found)
				mu.Unlock()
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	p.done()

	var ok []loaded
	for i, r := range results {
		if r.err != nil {
			errs.Add(files[i], r.err)
			continue
		}
		for _, w := range r.src.Warnings {
			errs.Add(files[i], errors.New(w))
		}
		ok = append(ok, r)
	}
	sort.SliceStable(ok, func(i, j int) bool { return ok[i].src.ID < ok[j].src.ID })
	srcs := make([]*sources.Source, len(ok))
	sourceIDs := make([]string, len(ok))
	prints := make([]reconcile.Fingerprint, len(ok))
	n := 0
	for _, r := range ok {
		n += len(r.claims)
	}
	all := make([]claims.Claim, 0, n)
	for i := range ok {
		r := &ok[i]
		srcs[i], sourceIDs[i], prints[i] = r.src, r.src.ID, r.print
		all = append(all, r.claims...)
		r.claims, r.print = nil, reconcile.Fingerprint{} // copied; let go as we go
	}
	results = nil
	errs.Sort()
	for _, e := range errs {
		fmt.Fprintln(stderr, "claimcheck:", e)
	}
	return srcs, all, reconcile.CopiesOf(sourceIDs, prints), len(srcs) > 0
}

// uniqueIDs gives each input its id: the file name without its extension,
// or, where two inputs share a name, the path without its extension.
func uniqueIDs(files []string) []string {
	ids := make([]string, len(files))
	count := map[string]int{}
	for i, f := range files {
		ids[i] = idOf(f)
		count[ids[i]]++
	}
	for i, f := range files {
		if count[ids[i]] > 1 && f != "-" {
			p := filepath.ToSlash(filepath.Clean(f))
			ids[i] = strings.TrimSuffix(p, filepath.Ext(p))
		}
	}
	return ids
}

func idOf(path string) string {
	if path == "-" {
		return "stdin"
	}
	base := filepath.Base(path)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// distinctClaims extracts the comparable claims of src (reconcile leaves
// out the rest), keeping one of each set of claims that repeat one another
// word for word (a headline restated in the body, a figure a page prints a
// thousand times): reconcile counts a source's repeats once, and a
// pathological file then cannot fill memory with them. Repeats share their
// context words too: "14 points" said of two players in two sentences is
// two claims, which reconcile tells apart.
func distinctClaims(ex *claims.Extractor, src *sources.Source) []claims.Claim {
	type key struct {
		kind                                  claims.Kind
		text, noun, person, office, date, who string
		context                               string
		value                                 float64
	}
	seen := map[key]bool{}
	var out []claims.Claim
	ex.Each(src, func(c claims.Claim) {
		if !c.Comparable() {
			return
		}
		k := key{c.Kind, c.Text, c.Noun, c.Person, c.Office, c.Date, c.AttributedTo, strings.Join(c.Context, " "), c.Value}
		if !seen[k] {
			seen[k] = true
			out = append(out, c)
		}
	})
	// A copy of the exact size: the claims are kept until every source is
	// read, and append's spare room would be a third of them.
	return slices.Clone(out)
}
