# tools/osbench/common.sh - sourced by the osbench scripts (build, linux-guest, run; not run
# on its own): paths, the QEMU configuration both guests share, and small helpers.
# Everything built or downloaded goes under build/osbench/ (git-ignored, never committed).

OSB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OSB_SRC="$OSB_ROOT/bench/os"
OSB_BUILD="$OSB_ROOT/build/osbench"
OSB_BIN="$OSB_BUILD/bin"          # osbench, osbench-nop, osbench-init (static, musl)
OSB_RESULTS="${OSB_RESULTS_DIR:-$OSB_BUILD/results}"  # one .rows file per guest boot

# The one QEMU configuration of issue 12, for Linux and Exo-OS alike: TCG, 512 MiB, one
# CPU, QEMU's default CPU model (qemu64). The icount mode adds OSB_ICOUNT.
OSB_MEMORY=512M                   # also given to Exo-OS (./exo run --memory)
OSB_QEMU=(qemu-system-x86_64 -accel tcg -m "$OSB_MEMORY" -smp 1 -no-reboot -display none)
OSB_ICOUNT=(-icount shift=0,sleep=off)

osb_die() {
    echo "tools/osbench: $*" >&2
    exit 2
}

# Prints the opening comment of script $1 (its usage text).
osb_usage() {
    awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$1"
}

# Installs the Debian packages named when their command is missing (root or sudo).
osb_need() {
    local cmd=$1 pkg=$2 sudo=""
    command -v "$cmd" >/dev/null && return
    echo "tools/osbench: installing $pkg for $cmd" >&2
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$pkg" >/dev/null
    command -v "$cmd" >/dev/null || osb_die "$cmd is still missing after installing $pkg"
}

# osb_rows HEADER SERIAL START END: the .rows text from a serial log whose lines carry the
# host time they arrived ("SECONDS.MICROS line"): the header, osbench's "row" lines, and
# the "boot" line: /init's TSC, host ms from START to /init's first line and to END, and
# the memory in use at idle (MemTotal - MemFree) when /init could read /proc/meminfo.
osb_rows() {
    local header=$1 serial=$2 start=$3 end=$4
    echo "# $header"
    sed -n 's/^[0-9.]* \(row .*\)$/\1/p' "$serial"
    awk -v start="$start" -v end="$end" '
        $2 == "init" && $3 ~ /^tsc=/ && t == "" { t = substr($3, 5); w = $1 }
        $2 == "init" && $3 == "mem" && m == "" {
            for (i = 4; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
            if (v["total_kb"] > 0) m = v["total_kb"] - v["free_kb"]
        }
        END { if (t != "") printf "boot tsc_to_init=%s wall_ms_to_init=%d wall_ms_total=%d%s\n",
                                   t, (w - start) * 1000, (end - start) * 1000,
                                   m != "" ? " mem_used_kb=" m : "" }' "$serial"
}
