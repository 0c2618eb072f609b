package sources

import (
	"fmt"
	"sort"
	"strings"
)

// Error is a problem with one input.
type Error struct {
	Path string
	Err  error
}

func (e *Error) Error() string {
	msg := e.Err.Error()
	// Errors from the os package already name the path.
	if strings.Contains(msg, e.Path) {
		return msg
	}
	return fmt.Sprintf("%s: %s", e.Path, msg)
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorList collects the problems met while reading several inputs, so they
// can be reported together, sorted by path, after the usable inputs are read.
type ErrorList []*Error

// Add appends a problem with the input at path.
func (l *ErrorList) Add(path string, err error) {
	*l = append(*l, &Error{Path: path, Err: err})
}

// Sort orders the list by path.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool { return l[i].Path < l[j].Path })
}

// Err returns the list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	return l
}

func (l ErrorList) Error() string {
	switch len(l) {
	case 0:
		return "no errors"
	case 1:
		return l[0].Error()
	}
	return fmt.Sprintf("%s (and %d more errors)", l[0], len(l)-1)
}
