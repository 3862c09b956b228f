//go:build tools

// Package tools pins the kind command that CI builds from this module.
package tools

import _ "sigs.k8s.io/kind"
