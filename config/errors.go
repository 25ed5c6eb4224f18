package config

import "errors"

// ErrInvalid is wrapped by every problem Load and Validate report about a
// value: a bad URL, an unknown enum, a missing credential, a value of the
// wrong type. The joined error lists each problem on its own line.
var ErrInvalid = errors.New("invalid configuration")

// ErrUnknownKey is returned by Load when the YAML file holds a key the
// configuration does not have, usually a typo.
var ErrUnknownKey = errors.New("unknown key")

// ErrNoFile is returned by Load when the configuration file it was given
// does not exist.
var ErrNoFile = errors.New("config file not found")

// ErrSyntax is returned by Load when the configuration file is not valid YAML.
var ErrSyntax = errors.New("config file is not valid YAML")
