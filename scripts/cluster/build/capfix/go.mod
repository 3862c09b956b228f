// Build module for capfix, the OCI runtime wrapper that lets privileged containers start on hosts
// whose root lacks CAP_SYS_RESOURCE (see main.go).
module build/capfix

go 1.24.0
