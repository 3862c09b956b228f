//go:build tools

// Package tools pins actionlint, which the workflow test (scripts/__tests__/workflows.test.ts)
// builds from this module to lint .github/workflows/. Not part of the cluster.
package tools

import _ "github.com/rhysd/actionlint/cmd/actionlint"
