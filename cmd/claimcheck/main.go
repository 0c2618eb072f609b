// Command claimcheck cross-references several reports of one story and
// shows, in a table, where their figures and titles agree and conflict.
//
// Usage:
//
//	claimcheck [flags] PATH...
//	claimcheck check DRAFT --against PATH...
//	claimcheck extract [--lines] PATH...
//	claimcheck version
//
// This file holds only the command's entry point; the flags and printers
// live beside it.
package main

import (
	"fmt"
	"io"
	"os"
	"runtime/debug"

	"github.com/claimcheck/claimcheck/sources"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// run is the whole command, with its streams, so tests can call it.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "extract":
			return runExtract(args[1:], stdout, stderr)
		case "check":
			return runCheck(args[1:], stdout, stderr)
		case "version":
			fmt.Fprintln(stdout, "claimcheck", version())
			return 0
		case "help":
			return runHelp(args[1:], stdout, stderr)
		}
	}
	return runCompare(args, stdout, stderr)
}

// runHelp implements `claimcheck help [COMMAND]`.
func runHelp(args []string, stdout, stderr io.Writer) int {
	topic := ""
	if len(args) > 0 {
		topic = args[0]
	}
	switch topic {
	case "", "compare":
		return runCompare([]string{"--help"}, stdout, stdout)
	case "check":
		return runCheck([]string{"--help"}, stdout, stdout)
	case "extract":
		return runExtract([]string{"--help"}, stdout, stdout)
	}
	fmt.Fprintf(stderr, "claimcheck: no help for %q (try check, extract)\n", topic)
	return 2
}

// version returns the module version the binary was built from, and its
// revision when the build recorded one.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	for _, s := range info.Settings {
		if s.Key == "vcs.revision" && len(s.Value) >= 12 {
			v += " " + s.Value[:12]
		}
	}
	return v
}

// readSources reads every input named by paths, reporting each one that
// cannot be read on stderr, one line each. It reports false when no input
// could be read.
func readSources(paths []string, stderr io.Writer) ([]*sources.Source, bool) {
	files, errs := sources.Expand(paths)
	var out []*sources.Source
	for _, f := range files {
		src, err := sources.Read(f)
		if err != nil {
			errs.Add(f, err)
			continue
		}
		out = append(out, src)
	}
	errs.Sort()
	for _, e := range errs {
		fmt.Fprintln(stderr, "claimcheck:", e)
	}
	return out, len(out) > 0
}
