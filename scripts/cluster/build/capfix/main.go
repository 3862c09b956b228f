// Command capfix is an OCI runtime that edits the container's spec and then runs runc with the
// same arguments. It exists for machines whose root user lacks CAP_SYS_RESOURCE in its bounding
// set (the project's CI machines: `grep CapBnd /proc/self/status`, bit 24 clear):
//
//   - A privileged container asks for every capability, and runc fails with "unable to apply
//     caps: operation not permitted" when one of them is outside the bounding set. capfix removes
//     CAP_SYS_RESOURCE from every capability set of the process it is about to start.
//   - Lowering oom_score_adj below the caller's own needs CAP_SYS_RESOURCE too (proc(5)):
//     containerd's CRI plugin gives Pod sandboxes -998, and the kubelet asks down to -997 for
//     Guaranteed Pods (pkg/kubelet/qos/policy.go). capfix raises process.oomScoreAdj to its own
//     value, which is what containerd's restrict_oom_score_adj does.
//
// Docker uses it as its default runtime (dockerd --add-runtime capfix=PATH --default-runtime
// capfix), and the kind node image installs it as /usr/local/sbin/runc, where kind's own base
// image puts runc, so that the node's containerd runs privileged Pods (kube-proxy) too. The
// spec is <bundle>/config.json for `create` and `run`, and the --process file for `exec`
// (runc(8)). The real runc is $CAPFIX_RUNC, else /usr/sbin/runc (Debian's).
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
)

const dropped = "CAP_SYS_RESOURCE"

// globalWithValue are runc's global options that take a separate value (runc --help).
var globalWithValue = []string{"--root", "--log", "--log-format", "--criu", "--rootless"}

// commandOptionsWithValue are the options of create/run/exec that take a separate value.
var commandOptionsWithValue = map[string][]string{
	"create": {"--bundle", "-b", "--console-socket", "--pid-file", "--preserve-fds"},
	"run":    {"--bundle", "-b", "--console-socket", "--pid-file", "--preserve-fds"},
	"exec": {"--console-socket", "--cwd", "--env", "-e", "--process", "-p", "--pid-file",
		"--process-label", "--apparmor", "--cap", "-c", "--preserve-fds", "--user", "-u",
		"--additional-gids", "-g", "--cgroup"},
}

func main() {
	args := os.Args[1:]
	if err := fix(args); err != nil {
		fmt.Fprintf(os.Stderr, "capfix: %v\n", err)
		os.Exit(1)
	}
	real := os.Getenv("CAPFIX_RUNC")
	if real == "" {
		real = "/usr/sbin/runc"
	}
	argv := append([]string{real}, args...)
	if err := syscall.Exec(real, argv, os.Environ()); err != nil {
		fmt.Fprintf(os.Stderr, "capfix: exec %s: %v\n", real, err)
		os.Exit(1)
	}
}

// fix finds the spec file that the runc command line names and rewrites it in place.
func fix(args []string) error {
	cmdIndex := -1
	for i := 0; i < len(args); i++ {
		a := args[i]
		if slices.Contains(globalWithValue, a) {
			i++
			continue
		}
		if !strings.HasPrefix(a, "-") {
			cmdIndex = i
			break
		}
	}
	if cmdIndex < 0 {
		return nil
	}
	cmd := args[cmdIndex]
	withValue, ok := commandOptionsWithValue[cmd]
	if !ok {
		return nil
	}
	value := map[string]string{}
	for i := cmdIndex + 1; i < len(args); i++ {
		a := args[i]
		if name, v, found := strings.Cut(a, "="); found && strings.HasPrefix(a, "-") {
			value[name] = v
			continue
		}
		if slices.Contains(withValue, a) && i+1 < len(args) {
			value[a] = args[i+1]
			i++
		}
	}
	if cmd == "exec" {
		p := first(value, "--process", "-p")
		if p == "" {
			return nil // capabilities given as --cap flags are the caller's business
		}
		return rewrite(p, func(process map[string]any) { fixProcess(process) })
	}
	bundle := first(value, "--bundle", "-b")
	if bundle == "" {
		bundle = "."
	}
	return rewrite(filepath.Join(bundle, "config.json"), func(spec map[string]any) {
		if process, ok := spec["process"].(map[string]any); ok {
			fixProcess(process)
		}
	})
}

func first(m map[string]string, keys ...string) string {
	for _, k := range keys {
		if v, ok := m[k]; ok {
			return v
		}
	}
	return ""
}

// fixProcess edits an OCI process object: capabilities and oomScoreAdj.
func fixProcess(process map[string]any) {
	if caps, ok := process["capabilities"].(map[string]any); ok {
		for set, list := range caps {
			names, ok := list.([]any)
			if !ok {
				continue
			}
			caps[set] = slices.DeleteFunc(names, func(n any) bool { return n == dropped })
		}
	}
	if adj, ok := process["oomScoreAdj"].(float64); ok {
		if own := ownOOMScoreAdj(); int(adj) < own {
			process["oomScoreAdj"] = own
		}
	}
}

func ownOOMScoreAdj() int {
	b, err := os.ReadFile("/proc/self/oom_score_adj")
	if err != nil {
		return 0
	}
	n, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		return 0
	}
	return n
}

// rewrite decodes a JSON object, lets edit change it, and writes it back with its mode.
func rewrite(path string, edit func(map[string]any)) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	edit(doc)
	out, err := json.Marshal(doc)
	if err != nil {
		return err
	}
	info, err := os.Stat(path)
	if err != nil {
		return err
	}
	return os.WriteFile(path, out, info.Mode().Perm())
}
