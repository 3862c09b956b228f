package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestFixDropsSysResourceFromBundleSpec(t *testing.T) {
	dir := t.TempDir()
	spec := `{"ociVersion":"1.0.2","process":{"oomScoreAdj":-998,"capabilities":{"bounding":["CAP_CHOWN","CAP_SYS_RESOURCE"],"effective":["CAP_SYS_RESOURCE"],"permitted":["CAP_SYS_RESOURCE","CAP_KILL"]}},"root":{"path":"rootfs"}}`
	if err := os.WriteFile(filepath.Join(dir, "config.json"), []byte(spec), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := fix([]string{"--root", "/run/runc", "--log", "/x.log", "create", "--bundle", dir, "--pid-file", "/p", "id1"}); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	b, _ := os.ReadFile(filepath.Join(dir, "config.json"))
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	process := got["process"].(map[string]any)
	for set, list := range process["capabilities"].(map[string]any) {
		if slices.Contains(list.([]any), any(dropped)) {
			t.Errorf("%s still has %s: %v", set, dropped, list)
		}
	}
	if !slices.Contains(process["capabilities"].(map[string]any)["bounding"].([]any), any("CAP_CHOWN")) {
		t.Errorf("other capabilities must stay: %v", process["capabilities"])
	}
	if adj := process["oomScoreAdj"].(float64); int(adj) < ownOOMScoreAdj() {
		t.Errorf("oomScoreAdj %v is below our own %d", adj, ownOOMScoreAdj())
	}
	if got["root"].(map[string]any)["path"] != "rootfs" {
		t.Errorf("unrelated fields must stay: %v", got["root"])
	}
}

func TestFixEditsTheExecProcessFile(t *testing.T) {
	p := filepath.Join(t.TempDir(), "process.json")
	if err := os.WriteFile(p, []byte(`{"args":["sh"],"capabilities":{"bounding":["CAP_SYS_RESOURCE","CAP_NET_ADMIN"]}}`), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := fix([]string{"--root", "/r", "exec", "--process=" + p, "--detach", "id"}); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	if string(b) != `{"args":["sh"],"capabilities":{"bounding":["CAP_NET_ADMIN"]}}` {
		t.Errorf("got %s", b)
	}
}

func TestFixLeavesOtherCommandsAlone(t *testing.T) {
	for _, args := range [][]string{{"--version"}, {"--root", "/r", "state", "id"}, {"delete", "--force", "id"}} {
		if err := fix(args); err != nil {
			t.Errorf("%v: %v", args, err)
		}
	}
}
