package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/BurntSushi/toml"
)

// ConfigName is the config file claimcheck looks for, from the current
// directory upward, when --config does not name one.
const ConfigName = ".claimcheck.toml"

// config is what a user can add without recompiling.
//
//	# .claimcheck.toml
//	synonyms = [["IPO", "initial public offering", "listing"]]
//	aliases  = [["Erken Tuniyaz", "Tuniyaz"]]
//	ignore   = ["Human Rights Day"]
type config struct {
	// Synonyms are classes of nouns that name the same thing.
	Synonyms [][]string `toml:"synonyms"`
	// Aliases are classes of names of one person.
	Aliases [][]string `toml:"aliases"`
	// Ignore lists phrases: a claim in a sentence holding one is left out.
	Ignore []string `toml:"ignore"`
}

// loadConfig reads the config file at path, or when path is empty the
// nearest .claimcheck.toml from the current directory upward, if any.
func loadConfig(path string) (*config, error) {
	cfg := &config{}
	if path == "" {
		path = findConfig()
		if path == "" {
			return cfg, nil
		}
	}
	md, err := toml.DecodeFile(path, cfg)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("config %s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		return nil, fmt.Errorf("config %s: unknown key %q (want synonyms, aliases or ignore)", path, undecoded[0].String())
	}
	return cfg, nil
}

// findConfig returns the nearest .claimcheck.toml from the current
// directory upward, or "".
func findConfig() string {
	dir, err := os.Getwd()
	if err != nil {
		return ""
	}
	for {
		p := filepath.Join(dir, ConfigName)
		if _, err := os.Stat(p); err == nil {
			return p
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}
