//go:build tools

// Package tools pins the local-path-provisioner command that CI builds from this module.
package tools

import _ "github.com/rancher/local-path-provisioner"
