# tools/osbench/common.sh - sourced by the osbench scripts (build, linux-guest, run; not run
# on its own): paths, the QEMU configuration both guests share, and small helpers.
# Everything built or downloaded goes under build/osbench/ (git-ignored, never committed).

OSB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OSB_SRC="$OSB_ROOT/bench/os"
OSB_BUILD="$OSB_ROOT/build/osbench"
OSB_BIN="$OSB_BUILD/bin"          # osbench, osbench-nop, osbench-init (static, musl)
OSB_RESULTS="$OSB_BUILD/results"  # one .rows file per guest boot

# The one QEMU configuration of issue 12, for Linux and Exo-OS alike: TCG, 512 MiB, one
# CPU, QEMU's default CPU model (qemu64). The icount mode adds OSB_ICOUNT.
OSB_QEMU=(qemu-system-x86_64 -accel tcg -m 512M -smp 1 -no-reboot -display none)
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
